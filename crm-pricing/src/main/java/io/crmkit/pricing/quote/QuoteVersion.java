package io.crmkit.pricing.quote;

import io.crmkit.pricing.internal.Checks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable snapshot of a quote's content: its lines as priced on its pricing date.
 *
 * @param number      1 for the first version, increased by each revision
 * @param pricingDate the date it was priced for
 * @param validUntil  the last day the customer may accept it
 * @param lines       the lines, with unique keys
 * @param priced      the lines priced and taxed
 * @param createdAt   when this version was priced
 */
public record QuoteVersion(int number, LocalDate pricingDate, LocalDate validUntil, List<QuoteLine> lines, PricedQuote priced, Instant createdAt) {

    /** Validates. */
    public QuoteVersion {
        Checks.argument(number >= 1, "version number must be at least 1 but was " + number);
        Checks.nonNull(pricingDate, "pricingDate");
        Checks.nonNull(validUntil, "validUntil");
        Checks.argument(!validUntil.isBefore(pricingDate), "validUntil " + validUntil + " must not be before the pricing date " + pricingDate);
        lines = Checks.listOf(lines, "lines");
        Checks.nonNull(priced, "priced");
        Checks.argument(priced.lines().size() == lines.size(), "priced lines must match the lines");
        Checks.nonNull(createdAt, "createdAt");
        Set<String> keys = new HashSet<>();
        for (QuoteLine l : lines) {
            Checks.argument(keys.add(l.key()), "line key '" + l.key() + "' is used twice");
        }
    }
}
