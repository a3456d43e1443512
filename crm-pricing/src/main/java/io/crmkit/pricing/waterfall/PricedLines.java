package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Every priced line and the totals, which are exact sums of the lines.
 *
 * @param currency the currency
 * @param lines    the lines in request order
 * @param warnings warnings about the whole (total margin)
 */
public record PricedLines(Currency currency, List<LinePrice> lines, List<PricingWarning> warnings) {

    /** Copies. */
    public PricedLines {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** The sum of the list amounts. */
    public Money listTotal() {
        return Money.total(currency, lines.stream().map(LinePrice::list).toList());
    }

    /** The sum of the net amounts. */
    public Money netTotal() {
        return Money.total(currency, lines.stream().map(LinePrice::net).toList());
    }

    /** The sum of the costs. */
    public Money costTotal() {
        return Money.total(currency, lines.stream().map(LinePrice::cost).toList());
    }

    /** Net total minus cost total. */
    public Money margin() {
        return netTotal().minus(costTotal());
    }

    /** The total margin as a percentage of the net total; empty as for {@link LinePrice#marginPercent()}. */
    public Optional<Percentage> marginPercent() {
        return Margins.percent(margin(), netTotal());
    }

    /** The line with {@code key}. */
    public Optional<LinePrice> line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst();
    }
}
