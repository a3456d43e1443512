package io.crmkit.pricing.port;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;

/**
 * A tax rate for products of {@code category} and every category below it sold in {@code region}, from {@code from}
 * on. Where several apply, the most specific category wins, and for it the rate with the latest start on or before the
 * day asked for. What stores behind {@link TaxRates} keep.
 *
 * @param region   the sales region, as {@link io.crmkit.pricing.waterfall.Buyer#region()} names it
 * @param category the category (and everything below it)
 * @param from     the first day the rate applies
 * @param rate     the rate, in [0, 100]
 */
public record TaxRate(String region, Category category, LocalDate from, Percentage rate) {

    /** Validates. */
    public TaxRate {
        region = Checks.nonBlank(region, "region");
        Checks.argument(region.length() <= 64, "region must have at most 64 characters but was '" + region + "'");
        Checks.nonNull(category, "category");
        Checks.argument(category.path().length() <= 200, "category must have at most 200 characters but was " + category);
        Checks.nonNull(from, "from");
        Checks.nonNull(rate, "rate");
        Checks.argument(rate.isBetweenZeroAndHundred(), "tax rate must be in [0, 100] but was " + rate);
    }
}
