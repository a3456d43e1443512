package io.crmkit.testkit.memory;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadCaptured;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.LeadStatusChanged;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.LeadFixtures;
import io.crmkit.testkit.fixture.PartyFixtures;
import io.crmkit.testkit.fixture.PipelineFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class InMemoryCrmTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();

    @Test
    void manyWritersOfOneOpportunityYieldOneWinnerAndTypedConflicts() throws Exception {
        UserId rep = UserId.newId();
        var account = store.accounts().save(PartyFixtures.anyAccount(rep, clock.instant()));
        store.pipelines().save(PipelineFixtures.directSales());
        Opportunity loaded = store.opportunities().save(Opportunity.open(io.crmkit.core.opportunity.OpportunityId.newId(),
                PipelineFixtures.directSales(), "Fleet", account.id(), rep, clock.instant()).aggregate());
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        AtomicInteger wins = new AtomicInteger();
        List<ConcurrentUpdateException> conflicts = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Money amount = Money.of(1000L * (i + 1) + "", "EUR");
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    store.opportunities().save(loaded.withAmount(amount, clock.instant()).aggregate());
                    wins.incrementAndGet();
                } catch (ConcurrentUpdateException e) {
                    conflicts.add(e);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(1, wins.get());
        assertEquals(writers - 1, conflicts.size());
        assertTrue(conflicts.stream().allMatch(c -> c.expectedVersion() == 1 && c.actualVersion() == 2));
        assertEquals(2, store.opportunities().find(loaded.id()).orElseThrow().version());
    }

    @Test
    void eventsAreDeliveredOnlyWhenTheTransactionCommits() {
        List<DomainEvent> seen = new CopyOnWriteArrayList<>();
        store.subscribe(seen::add);
        Crm crm = store.crm(clock);

        assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
            crm.leads().capture(LeadFixtures.anyNewLead());
            assertEquals(0, seen.size(), "not before commit");
            throw new IllegalStateException("abort");
        }));
        Lead kept = crm.leads().capture(LeadFixtures.anyNewLead());

        assertEquals(1, seen.size());
        assertEquals(kept.id(), ((LeadCaptured) seen.get(0)).leadId());
        assertEquals(List.of(kept.id()), store.publishedEvents(LeadCaptured.class).stream().map(LeadCaptured::leadId).toList());
        assertEquals(1, store.counts().get("leads"));
    }

    @Test
    void aThrowingSubscriberNeitherFailsTheCommittedUseCaseNorKeepsTheEventFromTheOthers() {
        // given: a subscriber that fails, then one that records
        List<DomainEvent> seen = new CopyOnWriteArrayList<>();
        store.subscribe(e -> {
            throw new IllegalStateException("mail server down");
        });
        store.subscribe(seen::add);
        Crm crm = store.crm(clock);
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(InMemoryCrm.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            // when
            Lead lead = crm.leads().capture(LeadFixtures.anyNewLead());

            // then: committed, recorded, delivered to the other subscriber, and the failure reported
            assertEquals(lead, store.leads().find(lead.id()).orElseThrow());
            assertEquals(List.of(lead.id()), seen.stream().map(e -> ((LeadCaptured) e).leadId()).toList());
            assertEquals(seen, store.publishedEvents());
            LogRecord warning = warnings.stream().filter(r -> r.getLevel() == Level.WARNING).findFirst().orElseThrow();
            assertEquals("mail server down", warning.getThrown().getMessage());
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void aSubscriberMayWaitForATransactionOnAnotherThread() throws Exception {
        // given: a subscriber that hands work to another thread and waits for it
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Crm crm = store.crm(clock);
        AtomicReference<Object> outcome = new AtomicReference<>();
        store.subscribe(e -> {
            if (e instanceof LeadCaptured captured) {
                try {
                    outcome.set(worker.submit(() -> crm.leads().startWorking(captured.leadId())).get(5, TimeUnit.SECONDS));
                } catch (InterruptedException | ExecutionException | TimeoutException failure) {
                    outcome.set(failure);
                }
            }
        });
        try {
            // when
            Lead lead = crm.leads().capture(LeadFixtures.anyNewLead());

            // then: the other thread's transaction ran while the subscriber waited
            Lead working = assertInstanceOf(Lead.class, outcome.get());
            assertEquals(LeadStatus.WORKING, working.status());
            assertEquals(working, store.leads().find(lead.id()).orElseThrow());
            assertEquals(List.of(LeadCaptured.class, LeadStatusChanged.class),
                    store.publishedEvents().stream().map(Object::getClass).toList());
        } finally {
            worker.shutdownNow();
            assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void everyEventOfATransactionIsRecordedBeforeAnySubscriberReceivesOne() {
        List<Integer> recordedWhenDelivered = new CopyOnWriteArrayList<>();
        store.subscribe(e -> recordedWhenDelivered.add(store.publishedEvents().size()));
        Crm crm = store.crm(clock);

        store.transactions().inTransaction(() -> {
            crm.leads().capture(LeadFixtures.anyNewLead());
            return crm.leads().capture(LeadFixtures.anyNewLead());
        });

        assertEquals(List.of(2, 2), recordedWhenDelivered);
    }

    @Test
    void anErrorInASubscriberReachesTheCallerOnlyAfterEveryCommittedEventWasDelivered() {
        List<DomainEvent> seen = new CopyOnWriteArrayList<>();
        store.subscribe(e -> {
            throw new AssertionError("expected another event");
        });
        store.subscribe(seen::add);
        Crm crm = store.crm(clock);

        AssertionError error = assertThrows(AssertionError.class, () -> store.transactions().inTransaction(() -> {
            crm.leads().capture(LeadFixtures.anyNewLead());
            return crm.leads().capture(LeadFixtures.anyNewLead());
        }));

        assertEquals("expected another event", error.getMessage());
        assertEquals(2, seen.size(), "both events of the transaction");
        assertEquals(seen, store.publishedEvents());
        assertEquals(2, store.counts().get("leads"));
    }

    @Test
    void findByEmailReturnsOldestFirst() {
        Crm crm = store.crm(clock);
        Lead first = crm.leads().capture(LeadFixtures.builder(io.crmkit.core.lead.SourceChannel.IMPORT)
                .email("dup@example.com").build());
        clock.advance(Duration.ofMinutes(1));
        Lead second = crm.leads().capture(LeadFixtures.builder(io.crmkit.core.lead.SourceChannel.WEB_FORM)
                .email("DUP@example.com").build());

        assertEquals(List.of(first.id(), second.id()),
                store.leads().findByEmail(io.crmkit.core.shared.EmailAddress.of("dup@example.com")).stream().map(Lead::id).toList());
    }
}
