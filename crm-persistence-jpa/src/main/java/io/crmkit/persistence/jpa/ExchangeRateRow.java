package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A published exchange rate as a row of {@code pricing_exchange_rate}; one per currency pair and date. */
@Entity(name = "PricingExchangeRate")
@Table(name = "pricing_exchange_rate")
class ExchangeRateRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "from_currency", length = 3, nullable = false)
    String from;
    @Column(name = "to_currency", length = 3, nullable = false)
    String to;
    @Column(name = "rate_date", nullable = false)
    LocalDate date;
    @Column(name = "rate", precision = 24, scale = 10, nullable = false)
    BigDecimal rate;
}
