package io.crmkit.core.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense. Implementations are records carrying the
 * aggregate's id; aggregates return them and use-case services publish them through
 * {@link io.crmkit.core.port.DomainEvents}.
 */
public interface DomainEvent {

    /** When it happened, from the injected clock. */
    Instant occurredAt();
}
