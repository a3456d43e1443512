package io.crmkit.testkit.memory;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadCaptured;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
