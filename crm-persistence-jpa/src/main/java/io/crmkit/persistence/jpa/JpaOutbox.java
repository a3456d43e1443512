package io.crmkit.persistence.jpa;

import io.crmkit.core.port.DomainEvents;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.Ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link DomainEvents} as rows of {@code crm_outbox}, written in the use case's transaction: they are stored exactly
 * when its changes are (an import's many events as JDBC batch inserts on the transaction's connection). {@link OutboxRelay}
 * delivers them afterwards.
 */
final class JpaOutbox implements DomainEvents {

    /** From this many events on (an import's), they are written as JDBC batch inserts rather than one by one. */
    private static final int BULK = 100;
    private static final RowInserts<OutboxRow> INSERTS = RowInserts.of(OutboxRow.class);

    private final Session session;
    private final Function<DomainEvent, String> serializer;

    JpaOutbox(Session session, Function<DomainEvent, String> serializer) {
        this.session = session;
        this.serializer = serializer;
    }

    @Override
    public void publish(List<? extends DomainEvent> events) {
        List<DomainEvent> copy = List.copyOf(Objects.requireNonNull(events, "events"));
        List<OutboxRow> rows = new ArrayList<>(copy.size());
        for (DomainEvent event : copy) {
            OutboxRow row = new OutboxRow();
            UUID id = Ids.next();
            row.id = id;
            row.dedupeKey = id.toString();
            row.type = event.getClass().getName();
            row.payload = serializer.apply(event);
            row.occurredAt = event.occurredAt();
            rows.add(row);
        }
        session.call(em -> {
            boolean bulk = rows.size() >= BULK && JdbcWork.call(em, connection -> {
                INSERTS.insert(connection, rows);
                return Boolean.TRUE;
            }).isPresent();
            if (!bulk) {
                rows.forEach(em::persist);
            }
            return null;
        });
    }
}
