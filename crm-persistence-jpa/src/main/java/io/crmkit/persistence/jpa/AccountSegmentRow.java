package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The segment an account belongs to, as a row of {@code pricing_account_segment}: accounts of one segment are similar. */
@Entity(name = "PricingAccountSegment")
@Table(name = "pricing_account_segment")
class AccountSegmentRow {

    @Id
    @Column(name = "account_id")
    UUID account;
    @Column(name = "segment", length = 100, nullable = false)
    String segment;
}
