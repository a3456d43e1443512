package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadCaptured;
import io.crmkit.core.lead.LeadStatusChanged;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.usecase.Crm;
import io.crmkit.testkit.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transactional outbox and its relay, on a database of its own so the outbox holds only these tests' events. */
final class OutboxRelayTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private TestDatabase db;
    private Crm crm;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabase.freshH2();
        crm = Crm.using(db.store.ports(clock));
    }

    @Test
    void committedEventsAreRelayedOnceInOrderWithTheirJson() {
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace")
                .email("ada@analytical.example").build());
        clock.advance(Duration.ofMinutes(5));
        crm.leads().startWorking(lead.id());
        List<OutboxMessage> sent = new ArrayList<>();

        int relayed = db.store.relay(sent::add, clock).relayBatch(100);

        assertEquals(2, relayed);
        assertEquals(List.of(LeadCaptured.class.getName(), LeadStatusChanged.class.getName()),
                sent.stream().map(OutboxMessage::type).toList());
        assertTrue(sent.get(0).payload().startsWith("{\"leadId\":\"" + lead.id().value() + "\",\"source\":\"WEB_FORM\""),
                sent.get(0).payload());
        assertEquals(clock.instant().minus(Duration.ofMinutes(5)), sent.get(0).occurredAt());
        assertEquals(1, sent.get(0).attempt());
        assertEquals(0, db.store.relay(sent::add, clock).relayBatch(100), "nothing is sent twice");
        assertEquals(0, db.store.relay(sent::add, clock).pending());
        assertEquals(2, db.count("select count(*) from crm_outbox where published_at is not null"));
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameDedupeKeyAndKeepsTheOrder() {
        for (int i = 0; i < 3; i++) {
            crm.leads().capture(NewLead.from(SourceChannel.EVENT).person("Grace", "Hopper " + i)
                    .email("grace" + i + "@cobol.example").build());
        }
        List<OutboxMessage> delivered = new ArrayList<>();
        List<OutboxMessage> offered = new ArrayList<>();
        OutboxPublisher flaky = m -> {
            offered.add(m);
            if (offered.size() == 2) {
                throw new IllegalStateException("broker unavailable");
            }
            delivered.add(m);
        };

        int first = db.store.relay(flaky, clock).relayBatch(10);
        int second = db.store.relay(flaky, clock).relayBatch(10);

        assertEquals(1, first, "the batch stops at the failed delivery");
        assertEquals(2, second);
        assertEquals(3, delivered.size());
        assertEquals(offered.get(1).dedupeKey(), delivered.get(1).dedupeKey(), "the retry carries the same dedupe key");
        assertEquals(2, delivered.get(1).attempt());
        assertEquals(List.of(offered.get(0).id(), offered.get(1).id(), offered.get(3).id()),
                delivered.stream().map(OutboxMessage::id).toList(), "later events waited for the failed one");
        assertEquals(3, new HashSet<>(delivered.stream().map(OutboxMessage::dedupeKey).toList()).size());
    }

    @Test
    void relayAllPagesThroughEveryPendingEventByKeyset() {
        for (int i = 0; i < 7; i++) {
            crm.leads().capture(NewLead.from(SourceChannel.IMPORT).person("Lead", "Number " + i)
                    .email("lead" + i + "@import.example").build());
        }
        List<OutboxMessage> sent = new ArrayList<>();

        long relayed = db.store.relay(sent::add, clock).relayAll(3);

        assertEquals(7, relayed);
        List<java.util.UUID> ids = sent.stream().map(OutboxMessage::id).toList();
        List<java.util.UUID> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.comparing(java.util.UUID::toString));
        assertEquals(sorted, ids, "time-ordered ids are sent in id order");
        assertEquals(0, db.store.relay(sent::add, clock).pending());
    }

    @Test
    void eventsOfARolledBackTransactionNeverReachTheOutbox() {
        try {
            db.store.transactions().inTransaction(() -> {
                crm.leads().capture(NewLead.from(SourceChannel.API).person("Rolled", "Back").email("rb@api.example").build());
                throw new IllegalStateException("fails after the capture");
            });
        } catch (IllegalStateException expected) {
            // the capture is undone with its event
        }

        assertEquals(0, db.store.relay(m -> { }, clock).pending());
        assertEquals(0, db.count("select count(*) from crm_outbox"));
    }
}
