package io.crmkit.persistence.jpa;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TaxRates} in {@code pricing_tax_rate}: of the region's rates started on or before the day, the most specific
 * category the product's category lies within, and for it the latest start.
 */
final class JpaTaxRates implements TaxRates {

    private final Session session;

    JpaTaxRates(Session session) {
        this.session = session;
    }

    @Override
    public Optional<Percentage> rate(String region, Category category, LocalDate date) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        return session.call(em -> em.createQuery("select t from PricingTaxRate t where t.region = :region and t.from <= :date",
                        TaxRateRow.class)
                .setParameter("region", region).setParameter("date", date).getResultStream()
                .filter(t -> category.isWithin(Category.of(t.category)))
                .max(Comparator.<TaxRateRow>comparingInt(t -> t.category.length()).thenComparing(t -> t.from))
                .map(PricingMapper::rate));
    }

    /** Sets {@code rate}, replacing the one of the same region, category and start. */
    void set(TaxRate rate) {
        Objects.requireNonNull(rate, "rate");
        session.call(em -> {
            em.createQuery("delete from PricingTaxRate t where t.region = :region and t.category = :category and t.from = :from")
                    .setParameter("region", rate.region()).setParameter("category", rate.category().path())
                    .setParameter("from", rate.from()).executeUpdate();
            em.persist(PricingMapper.write(rate));
            return null;
        });
    }
}
