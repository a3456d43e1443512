package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PooledAccountTest {

    private static final Instant CLAIM = Instant.parse("2026-03-02T09:00:00Z");
    private static final PoolRules RULES = PoolRules.builder("east", 15).remindBefore(2).build();
    private final UserId alice = UserId.newId();
    private final UserId bob = UserId.newId();

    private static Instant day(int d) {
        return CLAIM.plus(Duration.ofDays(d));
    }

    private PooledAccount heldByAlice() {
        PooledAccount entry = PooledAccount.enter(AccountId.newId(), "east", Tier.BRONZE, CLAIM.minusSeconds(60)).aggregate();
        return ((ClaimResult.Claimed) entry.claim(alice, CLAIM, new ClaimUsage(0, 0), RULES)).change().aggregate();
    }

    /** Day 16: the deadline (day 15) has passed, the nightly sweep has not run yet; a win is recorded. */
    @Test
    void aWinRecordedAfterTheDeadlineDoesNotRescueACustomerThatWasAlreadyDue() {
        PooledAccount won = heldByAlice().recordWin(day(16)).aggregate();
        assertTrue(won.recycleDue(List.of(), RULES).isPresent(), "it was due on day 15, before the win");
        assertTrue(won.sweep(won.recycleDue(List.of(), RULES), day(16)).aggregate().inPool());
    }

    @Test
    void aSecondWinDoesNotUndoTheFirstOnesExemption() {
        PooledAccount won = heldByAlice().recordWin(day(10)).aggregate().recordWin(day(40)).aggregate();
        assertTrue(won.recycleDue(List.of(), RULES).isEmpty());
    }

    @Test
    void theNewHolderIsRemindedAfterATransfer() {
        PooledAccount held = heldByAlice();
        PooledAccount reminded = held.sweep(held.recycleDue(List.of(), RULES), day(13)).aggregate(); // alice reminded
        PooledAccount bobs = reminded.assignTo(bob, day(13)).aggregate();
        var sweep = bobs.sweep(bobs.recycleDue(List.of(), RULES), day(14));
        assertEquals(1, sweep.events().size(), "bob was never told his new customer returns on day 15");
        assertInstanceOf(RecycleReminderDue.class, sweep.events().get(0));
    }

    @Test
    void aLockedPoolCustomerIsNotHandedOut() {
        PooledAccount lockedInPool = PooledAccount.enter(AccountId.newId(), "east", Tier.BRONZE, CLAIM).aggregate()
                .lock(true, CLAIM).aggregate();
        assertThrows(IllegalStateException.class, () -> lockedInPool.assignTo(bob, day(1)),
                "assigning a locked pool customer makes it a held customer that is never recycled");
    }

    @Test
    void maxProtectionShorterThanATiersFollowUpPeriodIsRejected() {
        // GOLD customers are promised 60 days but are recycled on day 30 with reason MAX_PROTECTION and no follow-up at all
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> PoolRules.builder("east", 15).followUpDays(Tier.GOLD, 60).extendPerActivity(3, 30).build());
        assertTrue(e.problems().get(0).startsWith("maxProtectionDays"), e.problems().toString());
    }
}
