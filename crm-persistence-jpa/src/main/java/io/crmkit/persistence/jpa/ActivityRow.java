package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An activity as a row of {@code crm_activity}. */
@Entity(name = "CrmActivity")
@Table(name = "crm_activity")
class ActivityRow implements VersionedRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "type", length = 20, nullable = false)
    String type;
    @Column(name = "subject", length = 300, nullable = false)
    String subject;
    @Column(name = "lead_id")
    UUID lead;
    @Column(name = "account_id")
    UUID account;
    @Column(name = "contact_id")
    UUID contact;
    @Column(name = "opportunity_id")
    UUID opportunity;
    @Column(name = "owner_id", nullable = false)
    UUID owner;
    @Column(name = "status", length = 20, nullable = false)
    String status;
    @Column(name = "due_at")
    Instant due;
    @Column(name = "outcome", length = 2000)
    String outcome;
    @Column(name = "completed_at")
    Instant completedAt;
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
