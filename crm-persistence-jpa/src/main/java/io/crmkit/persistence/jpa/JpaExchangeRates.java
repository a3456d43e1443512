package io.crmkit.persistence.jpa;

import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** {@link ExchangeRates} in {@code pricing_exchange_rate}: the rate of the latest date on or before the day asked for. */
final class JpaExchangeRates implements ExchangeRates {

    private final Session session;

    JpaExchangeRates(Session session) {
        this.session = session;
    }

    @Override
    public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        return session.call(em -> em.createQuery("select r from PricingExchangeRate r where r.from = :from and r.to = :to"
                        + " and r.date <= :date order by r.date desc", ExchangeRateRow.class)
                .setParameter("from", from.getCurrencyCode()).setParameter("to", to.getCurrencyCode()).setParameter("date", date)
                .setMaxResults(1).getResultStream().findFirst().map(PricingMapper::rate));
    }

    /** Publishes {@code rate}, replacing the one of the same pair and date. */
    void publish(ExchangeRate rate) {
        Objects.requireNonNull(rate, "rate");
        session.call(em -> {
            em.createQuery("delete from PricingExchangeRate r where r.from = :from and r.to = :to and r.date = :date")
                    .setParameter("from", rate.from().getCurrencyCode()).setParameter("to", rate.to().getCurrencyCode())
                    .setParameter("date", rate.date()).executeUpdate();
            em.persist(PricingMapper.write(rate));
            return null;
        });
    }
}
