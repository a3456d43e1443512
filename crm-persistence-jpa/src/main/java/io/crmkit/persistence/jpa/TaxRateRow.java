package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A tax rate as a row of {@code pricing_tax_rate}; one per region, category and start. */
@Entity(name = "PricingTaxRate")
@Table(name = "pricing_tax_rate")
class TaxRateRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "region", length = 64, nullable = false)
    String region;
    @Column(name = "category", length = 200, nullable = false)
    String category;
    @Column(name = "valid_from", nullable = false)
    LocalDate from;
    @Column(name = "rate", precision = 9, scale = 6, nullable = false)
    BigDecimal rate;
}
