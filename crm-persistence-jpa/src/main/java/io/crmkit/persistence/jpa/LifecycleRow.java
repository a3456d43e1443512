package io.crmkit.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An account's lifecycle as a row of {@code crm_lifecycle}; its moves are rows of {@code crm_lifecycle_change}. */
@Entity(name = "CrmLifecycle")
@Table(name = "crm_lifecycle")
class LifecycleRow implements VersionedRow {

    @Id
    @Column(name = "account_id")
    UUID account;
    @Version
    @Column(name = "version")
    long version;
    @Column(name = "stage", length = 30, nullable = false)
    String stage;
    @ElementCollection
    @CollectionTable(name = "crm_lifecycle_change", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    List<ChangeColumns> history = new ArrayList<>();

    @Override
    public UUID key() {
        return account;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void version(long value) {
        version = value;
    }

    /** One move. */
    @Embeddable
    static class ChangeColumns {
            @Column(name = "from_stage", length = 30)
        String from;
            @Column(name = "to_stage", length = 30, nullable = false)
        String to;
        @Column(name = "cause", length = 500, nullable = false)
        String cause;
        @Column(name = "changed_at", nullable = false)
        Instant at;
    }
}
