package io.crmkit.pricing.catalog;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A product of the catalogue.
 *
 * @param id          the product's id
 * @param sku         the stock-keeping unit, unique in a catalogue ({@code SRV-R740})
 * @param name        a display name
 * @param unit        the unit it is sold in ({@code each}, {@code seat/month}, {@code hour})
 * @param cost        what one unit costs the seller; margins are computed against it
 * @param category    where it sits in the category hierarchy
 * @param activeFrom  first day it may be sold
 * @param activeUntil the day it stops being sold (exclusive), if any
 */
public record Product(ProductId id, String sku, String name, String unit, Money cost, Category category,
                     LocalDate activeFrom, Optional<LocalDate> activeUntil) {

    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Validates every field, naming the bad value. */
    public Product {
        Checks.nonNull(id, "id");
        Checks.nonNull(sku, "sku");
        if (!SKU.matcher(sku).matches()) {
            throw new IllegalArgumentException("sku must be 1 to 64 letters, digits, '.', '_' or '-' but was '" + sku + "'");
        }
        name = Checks.nonBlank(name, "name of product " + sku);
        unit = Checks.nonBlank(unit, "unit of product " + sku);
        Checks.nonNull(cost, "cost of product " + sku);
        Checks.argument(!cost.isNegative(), "cost of product " + sku + " must not be negative but was " + cost);
        Checks.nonNull(category, "category of product " + sku);
        Checks.nonNull(activeFrom, "activeFrom of product " + sku);
        Checks.nonNull(activeUntil, "activeUntil of product " + sku);
        activeUntil.ifPresent(until -> Checks.argument(until.isAfter(activeFrom), "product " + sku + " must be active for at least a day but activeUntil "
                + until + " is not after activeFrom " + activeFrom));
    }

    /** A product active from {@code activeFrom} with no end date. */
    public static Product of(ProductId id, String sku, String name, String unit, Money cost, Category category, LocalDate activeFrom) {
        return new Product(id, sku, name, unit, cost, category, activeFrom, Optional.empty());
    }

    /** This product, no longer sold from {@code until}. */
    public Product activeUntil(LocalDate until) {
        return new Product(id, sku, name, unit, cost, category, activeFrom, Optional.of(until));
    }

    /** True if the product may be sold on {@code date}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(activeFrom) && activeUntil.map(date::isBefore).orElse(true);
    }
}
