package io.crmkit.core.port;

import io.crmkit.core.shared.DomainEvent;
import java.util.List;

/** Delivers domain events. Called inside the use case's transaction, so an outbox adapter stores them atomically with the change. */
public interface DomainEvents {
    /** Publishes {@code events} in order. */
    void publish(List<? extends DomainEvent> events);
}
