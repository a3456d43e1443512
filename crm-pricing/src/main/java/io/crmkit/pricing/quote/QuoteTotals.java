package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The totals of a quote; every one is an exact sum of its lines.
 *
 * @param list           the sum of list amounts
 * @param net            the sum of net amounts (the subtotal before tax)
 * @param groupSubtotals the net subtotal of each group, in the order groups first appear
 * @param tax            the sum of the lines' taxes
 * @param grandTotal     net plus tax
 * @param cost           the sum of costs
 */
public record QuoteTotals(Money list, Money net, Map<String, Money> groupSubtotals, Money tax, Money grandTotal, Money cost) {

    /** Copies, keeping the groups' order. */
    public QuoteTotals {
        groupSubtotals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupSubtotals));
    }

    /** List minus net. */
    public Money discount() {
        return list.minus(net);
    }

    /** The discount as a percentage of list; zero for a zero list. */
    public Percentage discountPercent() {
        return list.isZero() ? Percentage.ZERO : Percentage.ratio(discount().amount(), list.amount());
    }

    /** Net minus cost. */
    public Money margin() {
        return net.minus(cost);
    }

    /** The margin as a percentage of net; empty for a zero net or a margin beyond a million percent of it. */
    public Optional<Percentage> marginPercent() {
        BigDecimal limit = net.amount().abs().multiply(BigDecimal.valueOf(10_000));
        return net.isZero() || margin().amount().abs().compareTo(limit) > 0 ? Optional.empty()
                : Optional.of(Percentage.ratio(margin().amount(), net.amount()));
    }
}
