package io.crmkit.persistence.jpa;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.pool.ClaimRefusal;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.ClaimUsage;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.MutableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims on the public pool from many threads on a real PostgreSQL server: one holder, and the caps hold. */
@Tag("postgresql")
final class PostgresPoolClaimTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final TestDatabase db = TestDatabase.postgres();
    private final CrmPorts ports = db.store.ports(clock);
    private final PooledAccounts entries = db.store.pooledAccounts();
    private final UserId manager = UserId.newId();
    private final String poolName = "east " + UUID.randomUUID();

    @Test
    void manyRepsClaimingOnePooledCustomerTheyAllSawFreeYieldExactlyOneHolder() throws Exception {
        // given: a customer in the pool, loaded by eight reps in eight transactions before any of them saves
        PoolRules rules = PoolRules.builder(poolName, 15).claimCaps(10, 10, false).build();
        AccountId customer = enter("Contested GmbH", rules);
        int reps = 8;
        CyclicBarrier allLoaded = new CyclicBarrier(reps);
        List<Callable<Object>> claims = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            UserId me = UserId.newId();
            claims.add(() -> ports.transactions().inTransaction(() -> {
                PooledAccount seen = entries.find(customer).orElseThrow();
                int claimedToday = entries.claimedSince(me, clock.instant().minusSeconds(3600)).size();
                Concurrently.await(allLoaded);
                ClaimResult result = seen.claim(me, clock.instant(), new ClaimUsage(claimedToday, 0), rules);
                return entries.save(assertInstanceOf(ClaimResult.Claimed.class, result).change().aggregate());
            }));
        }

        // when
        List<Object> outcomes = Concurrently.run(claims);

        // then: one claim stored, seven typed conflicts, and exactly one claim in the log
        List<PooledAccount> winners = outcomes.stream().filter(PooledAccount.class::isInstance).map(PooledAccount.class::cast).toList();
        assertEquals(1, winners.size(), outcomes.toString());
        assertEquals(reps - 1, outcomes.stream().filter(ConcurrentUpdateException.class::isInstance).count(), outcomes.toString());
        PooledAccount stored = entries.find(customer).orElseThrow();
        assertEquals(winners.get(0), stored);
        assertEquals(2, stored.version());
        UserId holder = stored.holding().orElseThrow().owner();
        assertEquals(1, entries.claimedSince(holder, clock.instant().minusSeconds(1)).size());
        assertEquals(1, db.count("select count(*) from crm_pool_claim where account_id = '" + customer.value() + "'"));
    }

    @Test
    void manyRepsClaimingThroughThePoolServiceGetOneClaimAndAlreadyHeldRefusals() throws Exception {
        PoolRules rules = PoolRules.builder(poolName, 15).claimCaps(10, 10, false).build();
        PoolService pool = Crm.using(ports).pool(entries, rules);
        AccountId customer = enter("Popular AG", rules);
        int reps = 6;
        CyclicBarrier start = new CyclicBarrier(reps);
        List<Callable<Object>> claims = new ArrayList<>();
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            UserId me = UserId.newId();
            users.add(me);
            claims.add(() -> {
                Concurrently.await(start);
                return pool.claim(customer, me);
            });
        }

        List<Object> outcomes = Concurrently.run(claims);

        List<ClaimResult.Claimed> claimed = outcomes.stream().filter(ClaimResult.Claimed.class::isInstance)
                .map(ClaimResult.Claimed.class::cast).toList();
        assertEquals(1, claimed.size(), outcomes.toString());
        assertTrue(outcomes.stream().filter(ClaimResult.Refused.class::isInstance).map(ClaimResult.Refused.class::cast)
                .allMatch(r -> r.refusal() == ClaimRefusal.ALREADY_HELD), outcomes.toString());
        assertEquals(reps - 1, outcomes.stream().filter(ClaimResult.Refused.class::isInstance).count(), outcomes.toString());
        UserId holder = claimed.get(0).change().aggregate().holding().orElseThrow().owner();
        assertEquals(holder, ports.accounts().find(customer).orElseThrow().owner());
        assertEquals(holder, entries.find(customer).orElseThrow().holding().orElseThrow().owner());
    }

    @Test
    void oneRepClaimingTwoCustomersAtOnceCannotPassTheDailyCap() throws Exception {
        // given: a cap of one claim a day, and one rep claiming two customers from two threads at once
        PoolRules rules = PoolRules.builder(poolName, 15).claimCaps(1, 10, false).build();
        PoolService pool = Crm.using(ports).pool(entries, rules);
        AccountId first = enter("First Ltd", rules);
        AccountId second = enter("Second Ltd", rules);
        UserId rep = UserId.newId();
        for (int round = 0; round < 3; round++) {
            UserId me = round == 0 ? rep : UserId.newId();
            AccountId a = round == 0 ? first : enter("First " + round, rules);
            AccountId b = round == 0 ? second : enter("Second " + round, rules);
            CyclicBarrier start = new CyclicBarrier(2);

            // when
            List<Object> outcomes = Concurrently.run(List.of(() -> {
                Concurrently.await(start);
                return pool.claim(a, me);
            }, () -> {
                Concurrently.await(start);
                return pool.claim(b, me);
            }));

            // then: one claim, one refusal by the daily cap; the rep holds one customer
            assertEquals(1, outcomes.stream().filter(ClaimResult.Claimed.class::isInstance).count(), outcomes.toString());
            assertEquals(List.of(ClaimRefusal.DAILY_CAP), outcomes.stream().filter(ClaimResult.Refused.class::isInstance)
                    .map(r -> ((ClaimResult.Refused) r).refusal()).toList(), outcomes.toString());
            assertEquals(1, entries.heldBy(me).size());
            Instant startOfDay = Instant.parse("2026-03-02T00:00:00Z");
            assertEquals(1, entries.claimedSince(me, startOfDay).size());
        }
    }

    private AccountId enter(String name, PoolRules rules) {
        Account account = ports.accounts().save(Account.open(AccountId.newId(), name, CompanyProfile.empty(), manager,
                clock.instant()).aggregate());
        return Crm.using(ports).pool(entries, rules).enter(account.id()).id();
    }
}
