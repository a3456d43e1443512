package io.crmkit.pricing.waterfall;

import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to price.
 *
 * @param buyer    who buys
 * @param currency the currency of every price
 * @param date     the pricing date (price book entries, rules and products are chosen for it)
 * @param lines    the lines, with unique keys
 * @param promotionCodes the promotion codes the buyer entered, applied in this order
 */
public record PricingRequest(Buyer buyer, Currency currency, LocalDate date, List<LineRequest> lines, List<String> promotionCodes) {

    /** A request without promotion codes. */
    public PricingRequest(Buyer buyer, Currency currency, LocalDate date, List<LineRequest> lines) {
        this(buyer, currency, date, lines, List.of());
    }

    /** Validates. */
    public PricingRequest {
        Checks.nonNull(buyer, "buyer");
        Checks.nonNull(currency, "currency");
        Checks.nonNull(date, "date");
        lines = Checks.listOf(lines, "lines");
        promotionCodes = Checks.listOf(promotionCodes, "promotionCodes");
        Set<String> keys = new HashSet<>();
        for (LineRequest l : lines) {
            Checks.argument(keys.add(l.key()), "line key '" + l.key() + "' is used twice");
        }
    }
}
