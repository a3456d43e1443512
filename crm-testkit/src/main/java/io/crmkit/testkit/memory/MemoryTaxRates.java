package io.crmkit.testkit.memory;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link TaxRates} in a list: the most specific category that applies, and for it the latest start on or before the day. */
final class MemoryTaxRates implements TaxRates {

    private final List<TaxRate> rates = new ArrayList<>();

    synchronized void set(TaxRate rate) {
        rates.removeIf(r -> r.region().equals(rate.region()) && r.category().equals(rate.category()) && r.from().equals(rate.from()));
        rates.add(rate);
    }

    @Override
    public synchronized Optional<Percentage> rate(String region, Category category, LocalDate date) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        return rates.stream()
                .filter(r -> r.region().equals(region) && category.isWithin(r.category()) && !r.from().isAfter(date))
                .max(Comparator.<TaxRate>comparingInt(r -> r.category().path().length()).thenComparing(TaxRate::from))
                .map(TaxRate::rate);
    }
}
