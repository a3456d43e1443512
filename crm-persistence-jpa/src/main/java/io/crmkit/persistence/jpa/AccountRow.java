package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An account as a row of {@code crm_account}. */
@Entity(name = "CrmAccount")
@Table(name = "crm_account")
class AccountRow implements VersionedRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "name", length = 200, nullable = false)
    String name;
    @Column(name = "roles", length = 200, nullable = false)
    String roles;
    @Embedded
    ProfileColumns profile;
    @Column(name = "tier", length = 20, nullable = false)
    String tier;
    @Column(name = "owner_id", nullable = false)
    UUID owner;
    @Column(name = "parent_id")
    UUID parent;
    @Column(name = "tags", length = 2000, nullable = false)
    String tags;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

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
