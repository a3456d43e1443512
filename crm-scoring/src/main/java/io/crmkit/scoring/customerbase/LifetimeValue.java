package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

/**
 * Customer lifetime value: the discounted margin of a customer's expected future purchases over a finite horizon.
 * <p>
 * The horizon is cut into {@code periods} periods of {@code weeksPerPeriod} weeks; the purchases expected in period i
 * are E[Y(i w)] - E[Y((i-1) w)] from the purchase model, each worth the spend model's expected average spend times
 * the margin, discounted at the end of its period:
 * <pre>
 *   CLV = sum over i = 1..periods of  margin * spend * (E[Y(i w)] - E[Y((i-1) w)]) / (1 + d)^i
 * </pre>
 * with d the discount rate per period (so an annual rate of 10% is about 0.8% a month, (1.10)^(1/12) - 1).
 * Spend and purchases are independent in the Gamma-Gamma model, so their product is the expected value.
 *
 * @param periods          the number of periods, at least 1
 * @param weeksPerPeriod   the length of a period in weeks (4.348 for months), positive
 * @param discountRate     the discount rate per period, at least 0
 * @param margin           the share of spend that is profit, in [0, 1] (1 for revenue value)
 */
public record LifetimeValue(int periods, double weeksPerPeriod, double discountRate, double margin) {

    public LifetimeValue {
        Checks.atLeast(periods, 1, "periods");
        Checks.positive(weeksPerPeriod, "weeksPerPeriod");
        if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be a finite number of at least 0 but was " + discountRate);
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be in [0,1] but was " + margin);
        }
    }

    /** Monthly periods ({@code 52/12} weeks) over {@code months} months with an annual discount rate, margin 1. */
    public static LifetimeValue monthly(int months, double annualDiscountRate) {
        if (!(annualDiscountRate >= 0) || Double.isInfinite(annualDiscountRate)) {
            throw new IllegalArgumentException("annualDiscountRate must be a finite number of at least 0 but was "
                    + annualDiscountRate);
        }
        return new LifetimeValue(months, 52.0 / 12, Math.pow(1 + annualDiscountRate, 1.0 / 12) - 1, 1);
    }

    /** The lifetime value of {@code customer}. */
    public double of(PurchaseModel purchases, GammaGammaModel spend, CustomerSummary customer) {
        Checks.nonNull(purchases, "purchases");
        Checks.nonNull(spend, "spend");
        Checks.nonNull(customer, "customer");
        double value = margin * spend.expectedAverageSpend(customer);
        double total = 0;
        double previous = 0;
        for (int i = 1; i <= periods; i++) {
            double cumulative = purchases.expectedPurchases(i * weeksPerPeriod, customer);
            total += (cumulative - previous) / Math.pow(1 + discountRate, i);
            previous = cumulative;
        }
        return value * Math.max(0, total);
    }
}
