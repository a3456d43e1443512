package io.crmkit.persistence.jpa;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored domain event on its way out. Delivery is at least once: a consumer skips a {@code dedupeKey} it has seen.
 *
 * @param id         time-ordered id; relayed in id order
 * @param dedupeKey  the same on every redelivery of this event
 * @param type       the event's class name
 * @param payload    the event as JSON
 * @param occurredAt when the event happened
 * @param attempt    1 on the first delivery, more on redeliveries
 */
public record OutboxMessage(UUID id, String dedupeKey, String type, String payload, Instant occurredAt, int attempt) {

    /** Rejects nulls. */
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1 but was " + attempt);
        }
    }
}
