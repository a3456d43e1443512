package io.crmkit.pricing.pricebook;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The list price of one unit of a product in one currency from a date (inclusive) until a date (exclusive).
 *
 * @param product the product
 * @param price   the unit list price; its currency is the entry's currency
 * @param from    first day the price applies
 * @param until   first day it no longer applies, if any
 */
public record PriceBookEntry(ProductId product, Money price, LocalDate from, Optional<LocalDate> until) {

    /** Validates. */
    public PriceBookEntry {
        Checks.nonNull(product, "product");
        Checks.nonNull(price, "price");
        Checks.argument(!price.isNegative(), "price of product " + product + " must not be negative but was " + price);
        Checks.nonNull(from, "from");
        Checks.nonNull(until, "until");
        until.ifPresent(u -> Checks.argument(u.isAfter(from), "price of product " + product + " must apply for at least a day but until "
                + u + " is not after from " + from));
    }

    /** An entry with no end date. */
    public static PriceBookEntry of(ProductId product, Money price, LocalDate from) {
        return new PriceBookEntry(product, price, from, Optional.empty());
    }

    /** True if the entry applies on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
    }

    boolean overlaps(PriceBookEntry other) {
        boolean otherStartsBeforeThisEnds = until.map(other.from::isBefore).orElse(true);
        boolean thisStartsBeforeOtherEnds = other.until.map(from::isBefore).orElse(true);
        return otherStartsBeforeThisEnds && thisStartsBeforeOtherEnds;
    }
}
