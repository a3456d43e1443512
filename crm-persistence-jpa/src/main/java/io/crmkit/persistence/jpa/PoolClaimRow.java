package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One claim made on a pooled customer, as a row of {@code crm_pool_claim}: kept when the customer changes hands again,
 * so a rep's claims per day can be counted.
 */
@Entity(name = "CrmPoolClaim")
@Table(name = "crm_pool_claim")
class PoolClaimRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "account_id", nullable = false)
    UUID account;
    @Column(name = "claimed_by", nullable = false)
    UUID claimedBy;
    @Column(name = "claimed_at", nullable = false)
    Instant claimedAt;
}
