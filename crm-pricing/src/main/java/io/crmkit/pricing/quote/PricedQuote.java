package io.crmkit.pricing.quote;

import io.crmkit.pricing.waterfall.PricingWarning;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A quote's lines priced and taxed, and its totals.
 *
 * @param currency the currency
 * @param lines    the lines in quote order
 * @param totals   the totals
 * @param warnings the total-level warnings (line warnings stay on their lines)
 */
public record PricedQuote(Currency currency, List<TaxedLine> lines, QuoteTotals totals, List<PricingWarning> warnings) {

    /** Copies. */
    public PricedQuote {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** The line with {@code key}. */
    public Optional<TaxedLine> line(String key) {
        return lines.stream().filter(l -> l.price().key().equals(key)).findFirst();
    }

    /** Every warning: the totals' and then each line's. */
    public List<PricingWarning> allWarnings() {
        List<PricingWarning> all = new ArrayList<>(warnings);
        lines.forEach(l -> all.addAll(l.price().warnings()));
        return List.copyOf(all);
    }
}
