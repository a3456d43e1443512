package io.crmkit.pricing.port;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;

import java.time.LocalDate;
import java.util.Optional;

/** Tax rates the host applies (VAT, sales tax), by region, product category and date. */
public interface TaxRates {

    /** The rate for a product of {@code category} sold in {@code region} on {@code date}, if the host knows it. */
    Optional<Percentage> rate(String region, Category category, LocalDate date);
}
