package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A price an account paid, as a row of {@code pricing_paid_price}; the time-ordered id keeps the recording order. */
@Entity(name = "PricingPaidPrice")
@Table(name = "pricing_paid_price")
class PaidPriceRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "account_id", nullable = false)
    UUID account;
    @Column(name = "product_id", nullable = false)
    UUID product;
    @Column(name = "unit_price_amount", precision = 19, scale = 4, nullable = false)
    BigDecimal unitPrice;
    @Column(name = "unit_price_currency", length = 3, nullable = false)
    String currency;
    @Column(name = "quantity", nullable = false)
    long quantity;
    @Column(name = "paid_on", nullable = false)
    LocalDate paidOn;
}
