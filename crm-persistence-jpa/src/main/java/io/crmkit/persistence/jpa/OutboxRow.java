package io.crmkit.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A domain event waiting in (or relayed from) {@code crm_outbox}; ids are time-ordered, so id order is publish order. */
@Entity(name = "CrmOutbox")
@Table(name = "crm_outbox")
class OutboxRow {

    @Id
    @Column(name = "id")
    UUID id;
    @Column(name = "dedupe_key", length = 100, nullable = false)
    String dedupeKey;
    @Column(name = "event_type", length = 200, nullable = false)
    String type;
    @Column(name = "payload", length = 1_000_000, nullable = false)
    String payload;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "published_at")
    Instant publishedAt;
    @Column(name = "attempts", nullable = false)
    int attempts;
}
