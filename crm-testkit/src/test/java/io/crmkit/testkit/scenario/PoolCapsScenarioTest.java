package io.crmkit.testkit.scenario;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.pool.ClaimRefusal;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

final class PoolCapsScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final PoolService pool = crm.pool(store.pooledAccounts(),
            PoolRules.builder("east", 15).claimCaps(2, 100, true).build());
    private final UserId manager = UserId.newId();
    private final UserId alice = UserId.newId();
    private final UserId bob = UserId.newId();

    private AccountId customer(String name) {
        return pool.enter(crm.accounts().open(name, CompanyProfile.empty(), manager).id()).id();
    }

    /** Alice's claim of c0 stops counting once Bob claims c0 after her: she makes three claims under a cap of two. */
    @Test
    void aClaimStillCountsTowardsTheDailyCapAfterSomeoneElseClaimsTheCustomer() {
        AccountId c0 = customer("C0");
        AccountId c1 = customer("C1");
        AccountId c2 = customer("C2");
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(c0, alice));
        pool.giveBack(c0, alice, "not for me");
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(c0, bob));
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(c1, alice));
        ClaimResult third = pool.claim(c2, alice);
        assertEquals(ClaimRefusal.DAILY_CAP, third instanceof ClaimResult.Refused r ? r.refusal() : null,
                "alice's third claim today: " + third);
    }

    /** "caps do not apply" to a manager's assignment, yet it uses up the rep's own claims for the day. */
    @Test
    void aManagersAssignmentDoesNotUseUpTheRepsDailyClaims() {
        AccountId c0 = customer("C0");
        AccountId c1 = customer("C1");
        AccountId c2 = customer("C2");
        pool.assign(c0, alice);
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(c1, alice));
        assertInstanceOf(ClaimResult.Claimed.class, pool.claim(c2, alice));
    }
}
