package io.crmkit.testkit.contract;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Tier;
import io.crmkit.core.pool.ClaimRefusal;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.Holding;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.pool.Release;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What crm-core expects of a {@link PooledAccounts} adapter: entries come back equal at the next version, a stale
 * save (the second of two claims) throws {@link ConcurrentUpdateException}, the queries answer only what they name,
 * every claim is remembered for the daily cap, and a rolled-back claim leaves nothing. Extend it as
 * {@link CrmPortsContract} is extended; the tests use fresh ids, so the store may be shared and need not be empty.
 */
public abstract class PooledAccountsContract {

    /** The clock the ports are dated by; tests move it forward. */
    protected final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    /** The ports under test, from {@link #ports} before each test. */
    protected CrmPorts ports;
    /** The pool entries under test, from {@link #pooledAccounts} before each test. */
    protected PooledAccounts entries;
    private final UserId manager = UserId.newId();
    private final String poolName = "contract pool " + UUID.randomUUID();

    /** The adapters under test, dated by {@code clock}: pool entries refer to accounts stored through them. */
    protected abstract CrmPorts ports(Clock clock);

    /** The pool entries adapter, joining the transactions of {@link #ports}. */
    protected abstract PooledAccounts pooledAccounts();

    @BeforeEach
    void createPorts() {
        ports = ports(clock);
        entries = pooledAccounts();
    }

    @Test
    void anEntryWithEveryPartFilledIsFoundAgainEqualAtTheNextVersion() {
        AccountId id = account("Filled Ltd");
        UserId rep = UserId.newId();
        Instant at = clock.instant();
        PooledAccount entry = new PooledAccount(id, 0, poolName, Tier.GOLD,
                Optional.of(new Holding(rep, at, Optional.of(at.plus(Duration.ofDays(15))))),
                Optional.of(new PooledAccount.Claim(rep, at)), Optional.of(new Release(UserId.newId(), at.minusSeconds(3600),
                "recycled: no follow up")), true, Optional.of(at.plusSeconds(60)));

        PooledAccount saved = entries.save(entry);

        assertEquals(entry.withVersion(1), saved);
        assertEquals(Optional.of(saved), entries.find(id));
        PooledAccount unlocked = entries.save(saved.lock(false, clock.instant()).aggregate());
        assertEquals(2, unlocked.version());
        assertEquals(Optional.of(unlocked), entries.find(id));
    }

    @Test
    void ofTwoClaimsOnOneLoadedEntryTheSecondThrowsAConflictAndTheFirstStays() {
        PooledAccount entry = entries.save(PooledAccount.enter(account("Contested Ltd"), poolName, Tier.SILVER, clock.instant())
                .aggregate());
        UserId alice = UserId.newId();
        UserId bob = UserId.newId();
        PoolRules rules = rules();
        ClaimResult.Claimed byAlice = (ClaimResult.Claimed) entry.claim(alice, clock.instant(), new io.crmkit.core.pool.ClaimUsage(0, 0), rules);
        ClaimResult.Claimed byBob = (ClaimResult.Claimed) entry.claim(bob, clock.instant(), new io.crmkit.core.pool.ClaimUsage(0, 0), rules);

        PooledAccount won = entries.save(byAlice.change().aggregate());
        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class,
                () -> entries.save(byBob.change().aggregate()));

        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(Optional.of(won), entries.find(entry.id()));
        assertTrue(won.heldBy(alice));
        assertEquals(List.of(), entries.claimedSince(bob, clock.instant().minusSeconds(1)));
    }

    @Test
    void unknownAccountsHaveNoEntryAndAStaleOrUnknownUpdateThrows() {
        assertEquals(Optional.empty(), entries.find(AccountId.newId()));
        PooledAccount ghost = PooledAccount.enter(AccountId.newId(), poolName, Tier.BRONZE, clock.instant()).aggregate()
                .withVersion(2);

        assertThrows(ConcurrentUpdateException.class, () -> entries.save(ghost));
    }

    @Test
    void heldByAndHeldAnswerOnlyTheHeldEntriesOfThatRepAndPool() {
        PoolService pool = Crm.using(ports).pool(entries, rules());
        PoolService otherPool = Crm.using(ports).pool(entries, PoolRules.builder(poolName + " west", 15).claimCaps(5, 5, false).build());
        UserId alice = UserId.newId();
        UserId bob = UserId.newId();
        AccountId first = pool.enter(account("First Ltd")).id();
        AccountId second = pool.enter(account("Second Ltd")).id();
        AccountId unheld = pool.enter(account("Unheld Ltd")).id();
        AccountId west = otherPool.enter(account("West Ltd")).id();
        AccountId bobs = pool.enter(account("Bob's Ltd")).id();

        pool.claim(first, alice);
        clock.advance(Duration.ofMinutes(1));
        pool.claim(second, alice);
        otherPool.claim(west, alice);
        pool.claim(bobs, bob);

        assertEquals(Set.of(first, second, west), ids(entries.heldBy(alice)));
        assertEquals(3, entries.heldBy(alice).size());
        assertEquals(Set.of(first, second, bobs), ids(entries.held(poolName)));
        assertEquals(3, entries.held(poolName).size());
        assertTrue(entries.held(poolName).stream().noneMatch(e -> e.id().equals(unheld)));
        assertEquals(entries.find(first).orElseThrow(), entries.heldBy(alice).stream().filter(e -> e.id().equals(first))
                .findFirst().orElseThrow());
        assertEquals(List.of(), entries.heldBy(UserId.newId()));
    }

    @Test
    void everyClaimIsCountedEvenAfterTheCustomerChangedHandsButAssignmentsAreNot() {
        PoolService pool = Crm.using(ports).pool(entries, rules());
        UserId alice = UserId.newId();
        UserId bob = UserId.newId();
        Instant start = clock.instant();
        AccountId customer = pool.enter(account("Traded Ltd")).id();
        AccountId assigned = pool.enter(account("Assigned Ltd")).id();

        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customer, alice));
        clock.advance(Duration.ofMinutes(5));
        pool.giveBack(customer, alice, "not my territory");
        clock.advance(Duration.ofMinutes(5));
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customer, bob));
        pool.assign(assigned, alice);

        List<PooledAccount> alicesClaims = entries.claimedSince(alice, start);
        assertEquals(List.of(customer), alicesClaims.stream().map(PooledAccount::id).toList());
        assertTrue(alicesClaims.get(0).heldBy(bob), "the entry as it is now");
        assertEquals(List.of(customer), entries.claimedSince(bob, start).stream().map(PooledAccount::id).toList());
        assertEquals(List.of(), entries.claimedSince(alice, clock.instant().plusSeconds(1)));
    }

    @Test
    void aSecondRepClaimingAHeldCustomerIsRefusedThroughThePoolService() {
        PoolService pool = Crm.using(ports).pool(entries, rules());
        UserId alice = UserId.newId();
        AccountId customer = pool.enter(account("Popular Ltd")).id();

        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(customer, alice));
        ClaimResult second = pool.claim(customer, UserId.newId());

        assertEquals(ClaimRefusal.ALREADY_HELD, assertInstanceOf(ClaimResult.Refused.class, second).refusal());
        assertEquals(Optional.of(alice), ports.accounts().find(customer).map(Account::owner));
        assertEquals(2, entries.find(customer).orElseThrow().version());
    }

    @Test
    void aClaimRolledBackWithItsTransactionLeavesTheEntryUnheldAndNoClaimCounted() {
        PooledAccount entry = entries.save(PooledAccount.enter(account("Rolled Ltd"), poolName, Tier.UNRATED, clock.instant())
                .aggregate());
        UserId alice = UserId.newId();
        ClaimResult.Claimed claimed = (ClaimResult.Claimed) entry.claim(alice, clock.instant(),
                new io.crmkit.core.pool.ClaimUsage(0, 0), rules());

        assertThrows(IllegalStateException.class, () -> ports.transactions().inTransaction(() -> {
            entries.save(claimed.change().aggregate());
            throw new IllegalStateException("use case failed after the claim");
        }));

        assertEquals(Optional.of(entry), entries.find(entry.id()));
        assertEquals(List.of(), entries.claimedSince(alice, clock.instant().minusSeconds(1)));
        assertEquals(List.of(), entries.heldBy(alice));
    }

    private PoolRules rules() {
        return PoolRules.builder(poolName, 15).claimCaps(10, 10, false).build();
    }

    private static Set<AccountId> ids(List<PooledAccount> list) {
        return list.stream().map(PooledAccount::id).collect(Collectors.toSet());
    }

    private AccountId account(String name) {
        return ports.accounts().save(Account.open(AccountId.newId(), name, CompanyProfile.empty(), manager, clock.instant())
                .aggregate()).id();
    }
}
