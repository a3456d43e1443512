package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A customer's place in a public pool as a row of {@code crm_pool_entry}, keyed by the account. */
@Entity(name = "CrmPooledAccount")
@Table(name = "crm_pool_entry")
class PooledAccountRow implements VersionedRow {

    @Id
    @Column(name = "account_id")
    UUID id;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "pool", length = 100, nullable = false)
    String pool;
    @Column(name = "tier", length = 20, nullable = false)
    String tier;
    @Column(name = "holder_id")
    UUID holder;
    @Column(name = "held_since")
    Instant heldSince;
    @Column(name = "reminded_for")
    Instant remindedFor;
    @Column(name = "last_claim_by")
    UUID lastClaimBy;
    @Column(name = "last_claim_at")
    Instant lastClaimAt;
    @Column(name = "released_by")
    UUID releasedBy;
    @Column(name = "released_at")
    Instant releasedAt;
    @Column(name = "release_reason", length = 500)
    String releaseReason;
    @Column(name = "locked", nullable = false)
    boolean locked;
    @Column(name = "won_at")
    Instant wonAt;

    @Override
    public UUID key() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void version(long value) {
        version = value;
    }
}
