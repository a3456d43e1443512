package io.crmkit.persistence.jpa;

import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends the events stored in {@code crm_outbox} through an {@link OutboxPublisher}, oldest first, at least once: an
 * event is marked published in the same transaction that sent it, so a crash between sending and committing sends it
 * again with the same {@link OutboxMessage#dedupeKey()}. A failed delivery stops the batch (later events wait, so
 * order is kept) and is retried on the next run. Pending rows are read by keyset ({@code id > last}) under a
 * {@code FOR UPDATE SKIP LOCKED}-style lock where the database has one, so several relays can run side by side
 * without sending an event twice (each keeps id order; run one relay if consumers need a single global order).
 * Thread-safe.
 */
public final class OutboxRelay {

    /** The Jakarta Persistence lock-timeout hint value that providers read as "skip locked rows". */
    private static final int SKIP_LOCKED = -2;

    private final Session session;
    private final OutboxPublisher publisher;
    private final Clock clock;

    OutboxRelay(Session session, OutboxPublisher publisher, Clock clock) {
        this.session = session;
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends up to {@code max} pending events in one transaction; returns how many were sent. */
    public int relayBatch(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1 but was " + max);
        }
        return relay(new UUID(0, 0), max).sent();
    }

    /** Sends every pending event, {@code batchSize} per transaction, until none is left or a delivery fails. */
    public long relayAll(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1 but was " + batchSize);
        }
        long sent = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            Page page = relay(after, batchSize);
            sent += page.sent();
            if (page.read() == 0 || page.sent() < page.read()) {
                return sent;
            }
            after = page.last();
        }
    }

    /** One keyset page: how many events were read and sent, and the id of the last one sent. */
    private record Page(int read, int sent, UUID last) {
    }

    private Page relay(UUID after, int max) {
        return session.call(em -> {
            List<OutboxRow> rows = em.createQuery("select o from CrmOutbox o where o.publishedAt is null and o.id > :after"
                            + " order by o.id", OutboxRow.class)
                    .setParameter("after", after)
                    .setMaxResults(max)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                    .getResultList();
            int sent = 0;
            UUID last = after;
            for (OutboxRow row : rows) {
                row.attempts++;
                try {
                    publisher.publish(new OutboxMessage(row.id, row.dedupeKey, row.type, row.payload, row.occurredAt,
                            row.attempts));
                } catch (Exception e) {
                    System.getLogger(OutboxRelay.class.getName()).log(System.Logger.Level.WARNING,
                            "outbox event " + row.dedupeKey + " (" + row.type + ") not delivered on attempt "
                                    + row.attempts + "; it and later events stay pending", e);
                    break;
                }
                row.publishedAt = clock.instant();
                last = row.id;
                sent++;
            }
            return new Page(rows.size(), sent, last);
        });
    }

    /** How many events wait to be sent. */
    public long pending() {
        return session.call(em -> em.createQuery("select count(o) from CrmOutbox o where o.publishedAt is null", Long.class)
                .getSingleResult());
    }
}
