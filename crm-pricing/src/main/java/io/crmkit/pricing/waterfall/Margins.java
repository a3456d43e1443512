package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;

import java.math.BigDecimal;
import java.util.Optional;

/** Margin arithmetic without division where a comparison suffices. */
final class Margins {

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Margins() {
    }

    /** {@code margin / net} as a percentage; empty if net is zero or the ratio is beyond a million percent. */
    static Optional<Percentage> percent(Money margin, Money net) {
        if (net.isZero() || margin.amount().multiply(HUNDRED).abs().compareTo(LIMIT.multiply(net.amount().abs())) > 0) {
            return Optional.empty();
        }
        return Optional.of(Percentage.ratio(margin.amount(), net.amount()));
    }

    /** True if {@code margin} is below {@code threshold} of {@code net}; a zero or negative net with any cost counts as below. */
    static boolean below(Money margin, Money net, Percentage threshold) {
        if (!net.isPositive()) {
            return margin.isNegative();
        }
        return margin.amount().multiply(HUNDRED).compareTo(threshold.value().multiply(net.amount())) < 0;
    }

    /** The LOW_MARGIN warning of line {@code key} ({@code sku}) if {@code margin} is below {@code threshold} of {@code net}. */
    static Optional<PricingWarning> lineWarning(String key, String sku, Money margin, Money net, Percentage threshold) {
        if (!below(margin, net, threshold)) {
            return Optional.empty();
        }
        return Optional.of(new PricingWarning(PricingWarning.Kind.LOW_MARGIN, "line " + key + " (" + sku + "): margin "
                + percent(margin, net).map(String::valueOf).orElse(margin.toString()) + " is below " + threshold));
    }
}
