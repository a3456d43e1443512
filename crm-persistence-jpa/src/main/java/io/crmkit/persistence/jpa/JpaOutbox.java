package io.crmkit.persistence.jpa;

import io.crmkit.core.port.DomainEvents;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.Ids;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link DomainEvents} as rows of {@code crm_outbox}, written in the use case's transaction: they are stored exactly
 * when its changes are. {@link OutboxRelay} delivers them afterwards.
 */
final class JpaOutbox implements DomainEvents {

    private final Session session;
    private final Function<DomainEvent, String> serializer;

    JpaOutbox(Session session, Function<DomainEvent, String> serializer) {
        this.session = session;
        this.serializer = serializer;
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        List<DomainEvent> copy = List.copyOf(Objects.requireNonNull(events, "events"));
        session.call(em -> {
            for (DomainEvent event : copy) {
                OutboxRow row = new OutboxRow();
                UUID id = Ids.next();
                row.id = id;
                row.dedupeKey = id.toString();
                row.type = event.getClass().getName();
                row.payload = serializer.apply(event);
                row.occurredAt = event.occurredAt();
                em.persist(row);
            }
            return null;
        });
    }
}
