package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrent transactions on a real PostgreSQL server (READ COMMITTED, row locks): no lost update, one winner. */
@Tag("postgresql")
final class PostgresConcurrencyTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final TestDatabase db = TestDatabase.postgres();
    private final CrmPorts ports = db.store.ports(clock);
    private final UserId rep = UserId.newId();

    @Test
    void twoTransactionsUpdatingOneOpportunityGiveOneTypedConflictAndOneSuccessAndTheRetryLosesNothing() throws Exception {
        // given: an opportunity both transactions load at version 1
        ports.pipelines().save(PipelineFixtures.directSales());
        Account account = ports.accounts().save(Account.open(AccountId.newId(), "Wayne Enterprises", CompanyProfile.empty(),
                rep, clock.instant()).aggregate());
        OpportunityId id = ports.opportunities().save(Opportunity.open(OpportunityId.newId(), PipelineFixtures.directSales(),
                "Fleet", account.id(), rep, clock.instant()).aggregate()).id();
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        Money amount = Money.of("125000.00", "EUR");
        LocalDate close = LocalDate.of(2026, 9, 30);

        // when: one sets the amount, the other the expected close date, each in its own transaction
        List<Object> outcomes = Concurrently.run(List.of(
                () -> ports.transactions().inTransaction(() -> {
                    Opportunity o = ports.opportunities().find(id).orElseThrow();
                    Concurrently.await(bothLoaded);
                    return ports.opportunities().save(o.withAmount(amount, clock.instant()).aggregate());
                }),
                () -> ports.transactions().inTransaction(() -> {
                    Opportunity o = ports.opportunities().find(id).orElseThrow();
                    Concurrently.await(bothLoaded);
                    return ports.opportunities().save(o.withExpectedClose(close, clock.instant()).aggregate());
                })));

        // then: one stored version 2, the other got a typed conflict naming versions 1 and 2
        List<Opportunity> successes = outcomes.stream().filter(Opportunity.class::isInstance).map(Opportunity.class::cast).toList();
        List<ConcurrentUpdateException> conflicts = outcomes.stream().filter(ConcurrentUpdateException.class::isInstance)
                .map(ConcurrentUpdateException.class::cast).toList();
        assertEquals(1, successes.size(), outcomes.toString());
        assertEquals(1, conflicts.size(), outcomes.toString());
        assertEquals(1, conflicts.get(0).expectedVersion());
        assertEquals(2, conflicts.get(0).actualVersion());
        Opportunity stored = ports.opportunities().find(id).orElseThrow();
        assertEquals(successes.get(0), stored);

        // when: the loser retries on fresh data, nothing of either change is lost
        boolean amountWon = stored.amount().isPresent();
        Opportunity merged = Retry.onConflict(3, () -> ports.transactions().inTransaction(() -> {
            Opportunity o = ports.opportunities().find(id).orElseThrow();
            return ports.opportunities().save(amountWon ? o.withExpectedClose(close, clock.instant()).aggregate()
                    : o.withAmount(amount, clock.instant()).aggregate());
        }));
        assertEquals(3, merged.version());
        assertEquals(Optional.of(amount), ports.opportunities().find(id).orElseThrow().amount());
        assertEquals(Optional.of(close), ports.opportunities().find(id).orElseThrow().expectedClose());
    }

    @Test
    void manyThreadsClaimingOneLeadYieldExactlyOneOwner() throws Exception {
        // given: an unowned lead and eight reps who all see it unowned
        Lead lead = ports.leads().save(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.WEB_FORM)
                .person("Ada", "Lovelace").email("ada.claim." + System.nanoTime() + "@analytical.example").build(),
                clock.instant()).aggregate());
        int reps = 8;
        CyclicBarrier allLoaded = new CyclicBarrier(reps);
        List<Callable<Object>> claims = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            UserId me = UserId.newId();
            claims.add(() -> ports.transactions().inTransaction(() -> {
                Lead seen = ports.leads().find(lead.id()).orElseThrow();
                Concurrently.await(allLoaded);
                if (seen.owner().isPresent()) {
                    return "already owned";
                }
                return ports.leads().save(seen.assignTo(me, clock.instant()).aggregate());
            }));
        }

        // when
        List<Object> outcomes = Concurrently.run(claims);

        // then: exactly one claim stored, every other one a typed conflict, and the stored owner is the winner's
        List<Lead> winners = outcomes.stream().filter(Lead.class::isInstance).map(Lead.class::cast).toList();
        assertEquals(1, winners.size(), outcomes.toString());
        assertEquals(reps - 1, outcomes.stream().filter(ConcurrentUpdateException.class::isInstance).count(), outcomes.toString());
        Lead stored = ports.leads().find(lead.id()).orElseThrow();
        assertEquals(winners.get(0).owner(), stored.owner());
        assertEquals(2, stored.version());
    }

    @Test
    void concurrentWritersWithRetryLoseNoUpdate() throws Exception {
        Account account = ports.accounts().save(Account.open(AccountId.newId(), "Tag Team", CompanyProfile.empty(), rep,
                clock.instant()).aggregate());
        int writers = 6;
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String tag = "writer" + i;
            tasks.add(() -> {
                Concurrently.await(start);
                return Retry.onConflict(50, () -> ports.transactions().inTransaction(() -> {
                    Account a = ports.accounts().find(account.id()).orElseThrow();
                    Set<String> tags = new HashSet<>(a.tags().values());
                    tags.add(tag);
                    return ports.accounts().save(a.withTags(new Tags(tags), clock.instant()).aggregate());
                }));
            });
        }

        List<Object> outcomes = Concurrently.run(tasks);

        assertTrue(outcomes.stream().allMatch(Account.class::isInstance), outcomes.toString());
        Account stored = ports.accounts().find(account.id()).orElseThrow();
        assertEquals(writers, stored.tags().values().size(), stored.tags().toString());
        assertEquals(1 + writers, stored.version());
    }

    @Test
    void relaysRunningSideBySideSendEveryEventOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            io.crmkit.core.usecase.Crm.using(ports).leads().capture(NewLead.from(SourceChannel.IMPORT).person("Relay", "No " + i)
                    .email("relay." + i + "." + System.nanoTime() + "@outbox.example").build());
        }
        List<String> keys = new CopyOnWriteArrayList<>();
        OutboxPublisher slow = m -> {
            keys.add(m.dedupeKey());
            Thread.sleep(2);
        };
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Object>> relays = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            relays.add(() -> {
                Concurrently.await(start);
                return db.store.relay(slow, clock).relayAll(5);
            });
        }

        List<Object> sent = Concurrently.run(relays);

        assertEquals(keys.size(), new HashSet<>(keys).size(), "no event was sent twice");
        assertEquals((long) keys.size(), sent.stream().mapToLong(x -> (Long) x).sum(), sent.toString());
        assertTrue(keys.size() >= 20, "at least this test's events: " + keys.size());
        assertEquals(0, db.store.relay(slow, clock).pending());
    }
}
