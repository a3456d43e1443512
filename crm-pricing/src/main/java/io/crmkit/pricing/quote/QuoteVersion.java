package io.crmkit.pricing.quote;

import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.internal.Checks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An immutable snapshot of a quote's content: its lines and the promotion codes the buyer was given, as priced on its
 * pricing date.
 * <p>
 * Promotion codes are kept as the pricing engine looks them up: stripped and upper case ({@code " spring26"} is
 * {@code SPRING26}). A code that is blank, is not 1 to 32 letters, digits, {@code _} or {@code -}, or is given twice
 * is rejected with an {@link IllegalArgumentException} naming it. A well-formed code that is unknown or not running
 * on the pricing date is kept: it changes no price and the priced quote carries a
 * {@link io.crmkit.pricing.waterfall.PricingWarning.Kind#PROMOTION_NOT_APPLIED} warning, as {@link QuotePricer} reports it.
 *
 * @param number         1 for the first version, increased by each revision
 * @param pricingDate    the date it was priced for
 * @param validUntil     the last day the customer may accept it
 * @param lines          the lines, with unique keys
 * @param promotionCodes the promotion codes it was priced with, in the order they apply; empty if none
 * @param priced         the lines priced and taxed
 * @param createdAt      when this version was priced
 */
public record QuoteVersion(int number, LocalDate pricingDate, LocalDate validUntil, List<QuoteLine> lines, List<String> promotionCodes,
                           PricedQuote priced, Instant createdAt) {


    /** A version priced without promotion codes. */
    public QuoteVersion(int number, LocalDate pricingDate, LocalDate validUntil, List<QuoteLine> lines, PricedQuote priced, Instant createdAt) {
        this(number, pricingDate, validUntil, lines, List.of(), priced, createdAt);
    }

    /** Validates; keeps the promotion codes stripped and upper case. */
    public QuoteVersion {
        Checks.argument(number >= 1, "version number must be at least 1 but was " + number);
        Checks.nonNull(pricingDate, "pricingDate");
        Checks.nonNull(validUntil, "validUntil");
        Checks.argument(!validUntil.isBefore(pricingDate), "validUntil " + validUntil + " must not be before the pricing date " + pricingDate);
        lines = Checks.listOf(lines, "lines");
        promotionCodes = promotionCodes(promotionCodes);
        Checks.nonNull(priced, "priced");
        Checks.argument(priced.lines().size() == lines.size(), "priced lines must match the lines");
        Checks.nonNull(createdAt, "createdAt");
        Set<String> keys = new HashSet<>();
        for (QuoteLine l : lines) {
            Checks.argument(keys.add(l.key()), "line key '" + l.key() + "' is used twice");
        }
    }

    /**
     * {@code codes} stripped and upper case, in order.
     *
     * @throws IllegalArgumentException for a blank or malformed code, or one given twice, naming it
     */
    static List<String> promotionCodes(List<String> codes) {
        List<String> given = Checks.listOf(codes, "promotionCodes");
        List<String> normalized = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            String raw = given.get(i);
            Checks.argument(!raw.isBlank(), "promotionCodes[" + i + "] must not be blank but was '" + raw + "'");
            String code = Promotion.normalize(raw);
            Checks.argument(Promotion.isWellFormed(code), "promotionCodes[" + i + "] must be 1 to 32 letters, digits, '_' or '-' but was '"
                    + raw + "'");
            int first = normalized.indexOf(code);
            if (first >= 0) {
                throw new IllegalArgumentException("promotionCodes[" + i + "]: promotion code '" + raw + "' is given twice (as '"
                        + given.get(first) + "' at " + first + ")");
            }
            normalized.add(code);
        }
        return List.copyOf(normalized);
    }
}
