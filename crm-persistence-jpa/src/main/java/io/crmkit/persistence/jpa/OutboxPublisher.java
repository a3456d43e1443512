package io.crmkit.persistence.jpa;

/** Where the {@link OutboxRelay} sends stored events (a message broker, a webhook): the host's port. */
@FunctionalInterface
public interface OutboxPublisher {

    /** Sends {@code message}; throwing leaves it (and every later one) in the outbox for the next run. */
    void publish(OutboxMessage message) throws Exception;
}
