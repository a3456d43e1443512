package io.crmkit.testkit.scenario;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.pool.ClaimRefusal;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.ClaimUsage;
import io.crmkit.core.pool.CustomerAssigned;
import io.crmkit.core.pool.CustomerClaimed;
import io.crmkit.core.pool.CustomerRecycled;
import io.crmkit.core.pool.CustomerReturned;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.pool.RecycleReason;
import io.crmkit.core.pool.RecycleReminderDue;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A public pool over a quarter: claims under caps, follow-ups, reminders, recycling, cooldown, a rep who leaves. */
final class PublicPoolScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final PoolRules rules = PoolRules.builder("east region", 15).extendPerActivity(3, 30).remindBefore(2)
            .claimCaps(2, 3, false).cooldown(7).build();
    private final PoolService pool = crm.pool(store.pooledAccounts(), rules);
    private final UserId manager = UserId.newId();
    private final UserId alice = UserId.newId();
    private final UserId bob = UserId.newId();

    private AccountId customer(String name) {
        Account account = crm.accounts().open(name, CompanyProfile.empty(), manager);
        return pool.enter(account.id()).id();
    }

    private void days(int days) {
        clock.set(clock.instant().plus(Duration.ofDays(days)));
    }

    private void followUp(AccountId customer, UserId by) {
        crm.activities().log(ActivityType.CALL, "Follow-up call", Links.toAccount(customer), by, Optional.of("interested"),
                clock.instant());
    }

    @Test
    void aNeglectedCustomerIsRemindedThenRecycledAndItsHolderWaitsOutTheCooldown() {
        AccountId acme = customer("Acme Tools");
        Instant claimedAt = clock.instant();
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(acme, alice));
        assertEquals(alice, crm.accounts().find(acme).orElseThrow().owner(), "the account follows its holder");

        days(5);
        followUp(acme, alice); // +3 days: due on day 18
        assertEquals(claimedAt.plus(Duration.ofDays(18)), pool.recycleDue(acme).orElseThrow().at());

        days(10); // day 15: 3 days before
        assertEquals(new PoolService.Sweep(List.of(), List.of(), List.of()), pool.sweep());
        days(1); // day 16: reminder
        assertEquals(List.of(acme), pool.sweep().reminded());
        assertEquals(List.of(), pool.sweep().reminded(), "one reminder per deadline");
        RecycleReminderDue reminder = store.publishedEvents(RecycleReminderDue.class).get(0);
        assertEquals(alice, reminder.owner());
        assertEquals(claimedAt.plus(Duration.ofDays(18)), reminder.recycleAt());

        days(2); // day 18: recycled
        assertEquals(List.of(acme), pool.sweep().recycled());
        PooledAccount back = pool.find(acme).orElseThrow();
        assertTrue(back.inPool());
        CustomerRecycled recycled = store.publishedEvents(CustomerRecycled.class).get(0);
        assertEquals(alice, recycled.from());
        assertEquals(RecycleReason.NO_FOLLOW_UP, recycled.reason());

        ClaimResult again = pool.claim(acme, alice);
        assertEquals(ClaimRefusal.COOLDOWN, ((ClaimResult.Refused) again).refusal());
        assertTrue(((ClaimResult.Refused) again).message().contains("may claim it again from"), again.toString());
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(acme, bob), "anyone else may claim it at once");
    }

    @Test
    void dailyAndHoldingCapsAreEnforcedAndWonCustomersDoNotCountAgainstTheHolding() {
        List<AccountId> customers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            customers.add(customer("Customer " + i));
        }
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customers.get(0), alice));
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customers.get(1), alice));
        ClaimResult third = pool.claim(customers.get(2), alice);
        assertEquals(ClaimRefusal.DAILY_CAP, ((ClaimResult.Refused) third).refusal());
        assertTrue(pool.find(customers.get(2)).orElseThrow().inPool(), "a refused claim changes nothing");

        days(1);
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customers.get(2), alice));
        ClaimResult fourth = pool.claim(customers.get(3), alice);
        assertEquals(ClaimRefusal.HOLDING_CAP, ((ClaimResult.Refused) fourth).refusal());

        pool.recordWin(customers.get(0)); // won customers do not count under these rules
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customers.get(3), alice));
        assertEquals(4, store.publishedEvents(CustomerClaimed.class).size());
    }

    @Test
    void aLockedCustomerIsNeitherClaimedNorRecycledAndAWonOneStays() {
        AccountId locked = customer("Locked Ltd");
        pool.lock(locked, true);
        assertEquals(ClaimRefusal.LOCKED, ((ClaimResult.Refused) pool.claim(locked, alice)).refusal());

        AccountId won = customer("Won GmbH");
        pool.claim(won, alice);
        pool.recordWin(won);
        days(100);
        assertEquals(List.of(), pool.sweep().recycled());
        assertTrue(pool.find(won).orElseThrow().heldBy(alice));
        assertEquals(Optional.empty(), pool.recycleDue(won));
    }

    @Test
    void aRepWhoLeavesHandsTheirCustomersOnWithoutRestartingTheClock() {
        AccountId one = customer("One AG");
        AccountId two = customer("Two SA");
        Instant claimedAt = clock.instant();
        pool.claim(one, alice);
        pool.claim(two, alice);
        days(10);

        List<PooledAccount> moved = pool.transferAll(alice, bob);

        assertEquals(2, moved.size());
        for (AccountId id : List.of(one, two)) {
            PooledAccount entry = pool.find(id).orElseThrow();
            assertTrue(entry.heldBy(bob));
            assertEquals(claimedAt, entry.holding().orElseThrow().claimedAt(), "the clock is kept");
            assertEquals(claimedAt.plus(Duration.ofDays(15)), pool.recycleDue(id).orElseThrow().at());
            assertEquals(bob, crm.accounts().find(id).orElseThrow().owner());
        }
        assertTrue(store.publishedEvents(CustomerAssigned.class).stream().allMatch(CustomerAssigned::clockKept));

        List<PooledAccount> returned = pool.returnAll(bob, "left the company");
        assertEquals(2, returned.size());
        assertTrue(returned.stream().allMatch(PooledAccount::inPool));
        assertEquals("left the company", store.publishedEvents(CustomerReturned.class).get(0).reason());
    }

    @Test
    void onlyTheHolderGivesACustomerBackAndAReasonIsRequired() {
        AccountId acme = customer("Acme");
        pool.claim(acme, alice);
        IllegalStateException notHolder = assertThrows(IllegalStateException.class, () -> pool.giveBack(acme, bob, "not mine"));
        assertTrue(notHolder.getMessage().contains("is held by " + alice), notHolder.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pool.giveBack(acme, alice, " "));
        assertTrue(pool.find(acme).orElseThrow().heldBy(alice), "nothing changed");
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> pool.enter(acme));
        assertTrue(twice.getMessage().contains("already in pool 'east region'"), twice.getMessage());
    }

    @Test
    void aClaimThatLosesTheRaceBetweenReadAndSaveIsRefusedAndChangesNothing() {
        AccountId contested = customer("Race Condition Ltd");
        PooledAccounts entries = store.pooledAccounts();
        PooledAccounts racing = new PooledAccounts() { // bob's claim commits between alice's read and her save
            private PooledAccount bobs;

            @Override
            public Optional<PooledAccount> find(AccountId id) {
                return bobs != null && bobs.id().equals(id) ? Optional.of(bobs) : entries.find(id);
            }

            @Override
            public PooledAccount save(PooledAccount entry) {
                if (bobs == null && entry.heldBy(alice)) {
                    PooledAccount fresh = entries.find(entry.id()).orElseThrow();
                    bobs = ((ClaimResult.Claimed) fresh.claim(bob, clock.instant(), new ClaimUsage(0, 0), rules))
                            .change().aggregate().withVersion(fresh.version() + 1);
                    throw new ConcurrentUpdateException("pool entry " + entry.id(), entry.version(), bobs.version());
                }
                return entries.save(entry);
            }

            @Override
            public List<PooledAccount> heldBy(UserId owner) {
                return entries.heldBy(owner);
            }

            @Override
            public List<PooledAccount> claimedSince(UserId user, Instant since) {
                return entries.claimedSince(user, since);
            }

            @Override
            public List<PooledAccount> held(String pool) {
                return entries.held(pool);
            }
        };

        ClaimResult lost = crm.pool(racing, rules).claim(contested, alice);

        ClaimResult.Refused refused = assertInstanceOf(ClaimResult.Refused.class, lost);
        assertEquals(ClaimRefusal.ALREADY_HELD, refused.refusal());
        assertTrue(refused.message().endsWith("claimed at the same time by " + bob), refused.message());
        assertTrue(racing.find(contested).orElseThrow().heldBy(bob), "bob's claim stands");
        assertTrue(pool.find(contested).orElseThrow().inPool(), "alice's claim was not stored");
        assertEquals(0, store.publishedEvents(CustomerClaimed.class).size(), "alice's rolled-back claim published nothing");
    }

    @RepeatedTest(20)
    void twoRepsClaimingOneCustomerAtOnceOneWins() throws Exception {
        AccountId contested = customer("Contested Inc");
        List<UserId> reps = List.of(alice, bob, UserId.newId(), UserId.newId());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(reps.size());
        try {
            List<Future<ClaimResult>> results = new ArrayList<>();
            for (UserId rep : reps) {
                results.add(threads.submit(() -> {
                    start.await();
                    return pool.claim(contested, rep);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<ClaimResult> result : results) {
                ClaimResult r = result.get();
                if (r instanceof ClaimResult.Claimed) {
                    won++;
                } else {
                    assertEquals(ClaimRefusal.ALREADY_HELD, ((ClaimResult.Refused) r).refusal(), r.toString());
                }
            }
            assertEquals(1, won);
            PooledAccount entry = pool.find(contested).orElseThrow();
            assertFalse(entry.inPool());
            assertEquals(1, store.publishedEvents(CustomerClaimed.class).size());
            assertEquals(entry.holding().orElseThrow().owner(), crm.accounts().find(contested).orElseThrow().owner());
        } finally {
            threads.shutdownNow();
        }
    }
}
