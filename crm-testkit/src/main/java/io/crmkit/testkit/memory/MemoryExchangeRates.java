package io.crmkit.testkit.memory;

import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link ExchangeRates} in a map per currency pair, by date. */
final class MemoryExchangeRates implements ExchangeRates {

    private final Map<List<Currency>, NavigableMap<LocalDate, BigDecimal>> rates = new ConcurrentHashMap<>();

    void publish(ExchangeRate rate) {
        rates.computeIfAbsent(List.of(rate.from(), rate.to()), pair -> new ConcurrentSkipListMap<>()).put(rate.date(), rate.rate());
    }

    @Override
    public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        NavigableMap<LocalDate, BigDecimal> byDate = rates.get(List.of(from, to));
        return byDate == null ? Optional.empty() : Optional.ofNullable(byDate.floorEntry(date)).map(Map.Entry::getValue);
    }
}
