package io.crmkit.core.pool;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden dates of the protection arithmetic: claim, follow-ups before and after the deadline, the cap, tiers. */
final class ProtectionTest {

    private static final Instant CLAIM = Instant.parse("2026-03-02T09:00:00Z");

    /** 15 days to follow up, +3 days per follow-up, 30 days at most, reminded 2 days before. */
    private static final PoolRules EXTENDING = PoolRules.builder("east", 15).extendPerActivity(3, 30).remindBefore(2).build();

    private static Instant day(int days) {
        return CLAIM.plusSeconds(days * 86_400L);
    }

    private static RecycleDue due(PoolRules rules, Tier tier, Instant... followUps) {
        return Protection.recycleAt(CLAIM, tier, List.of(followUps), false, false, rules).orElseThrow();
    }

    @Test
    void withoutFollowUpsTheCustomerReturnsAfterTheFollowUpPeriod() {
        RecycleDue due = due(EXTENDING, Tier.BRONZE);
        assertEquals(Instant.parse("2026-03-17T09:00:00Z"), due.at());
        assertEquals(RecycleReason.NO_FOLLOW_UP, due.reason());
        assertEquals(Instant.parse("2026-03-15T09:00:00Z"), due.remindAt());
    }

    @Test
    void eachFollowUpBeforeTheDeadlineAddsThreeDays() {
        // day 15 + 3 + 3 = day 21; the follow-up on day 20 counts because the deadline had moved to day 21 by then
        assertEquals(day(21), due(EXTENDING, Tier.BRONZE, day(1), day(10)).at());
        assertEquals(day(24), due(EXTENDING, Tier.BRONZE, day(1), day(10), day(20)).at());
    }

    @Test
    void aFollowUpAtOrAfterTheDeadlineDoesNotRescueTheCustomer() {
        assertEquals(day(15), due(EXTENDING, Tier.BRONZE, day(15)).at());
        assertEquals(day(18), due(EXTENDING, Tier.BRONZE, day(14), day(18), day(19)).at());
    }

    @Test
    void followUpsBeforeTheClaimDoNotCount() {
        assertEquals(day(15), due(EXTENDING, Tier.BRONZE, day(-5), day(-1)).at());
    }

    @Test
    void theOrderOfFollowUpsDoesNotMatter() {
        assertEquals(due(EXTENDING, Tier.BRONZE, day(1), day(10), day(20)),
                due(EXTENDING, Tier.BRONZE, day(20), day(1), day(10)));
    }

    @Test
    void protectionStopsAtTheMaximumHoweverManyFollowUps() {
        Instant[] daily = new Instant[29];
        for (int i = 0; i < daily.length; i++) {
            daily[i] = day(i + 1);
        }
        RecycleDue due = due(EXTENDING, Tier.BRONZE, daily);
        assertEquals(day(30), due.at());
        assertEquals(RecycleReason.MAX_PROTECTION, due.reason());
        assertEquals(day(28), due.remindAt());
    }

    @Test
    void withoutAnExtensionAFollowUpRestartsTheCount() {
        PoolRules restart = PoolRules.builder("west", 10).build();
        assertEquals(day(17), due(restart, Tier.BRONZE, day(3), day(7)).at());
        assertEquals(day(10), due(restart, Tier.BRONZE, day(12)).at(), "a follow-up after the deadline is too late");
    }

    @Test
    void theTierSetsTheFollowUpPeriod() {
        PoolRules byTier = PoolRules.builder("key accounts", 15).followUpDays(Tier.GOLD, 30).followUpDays(Tier.PLATINUM, 60).build();
        assertEquals(day(15), due(byTier, Tier.SILVER).at());
        assertEquals(day(30), due(byTier, Tier.GOLD).at());
        assertEquals(day(60), due(byTier, Tier.PLATINUM).at());
    }

    @Test
    void withoutAWonDealTheCustomerReturnsAfterTheWinPeriodEvenIfFollowedUp() {
        PoolRules rules = PoolRules.builder("east", 15).extendPerActivity(3, 90).winWithin(20).build();
        RecycleDue due = due(rules, Tier.BRONZE, day(1), day(2), day(3), day(4));
        assertEquals(day(20), due.at());
        assertEquals(RecycleReason.NO_WIN, due.reason());
    }

    @Test
    void lockedAndWonCustomersAreExempt() {
        assertEquals(Optional.empty(), Protection.recycleAt(CLAIM, Tier.BRONZE, List.of(), true, false, EXTENDING));
        assertEquals(Optional.empty(), Protection.recycleAt(CLAIM, Tier.BRONZE, List.of(), false, true, EXTENDING));
    }

    @Test
    void theReminderIsNeverBeforeTheClaim() {
        PoolRules rules = PoolRules.builder("east", 3).remindBefore(7).build();
        assertEquals(CLAIM, due(rules, Tier.BRONZE).remindAt());
    }

    @Test
    void invalidRulesNameEveryProblem() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> PoolRules.builder(" ", 0).followUpDays(Tier.GOLD, -1).extendPerActivity(-3, 5).winWithin(0)
                        .remindBefore(-1).claimCaps(0, 0, true).cooldown(-2).build());
        assertEquals(List.of("name: must not be blank", "followUpDays: must be positive but was 0",
                "followUpDaysByTier.GOLD: must be positive but was -1", "extensionDaysPerActivity: must not be negative but was -3",
                "winWithinDays: must be positive but was 0", "reminderDaysBefore: must not be negative but was -1",
                "dailyClaimCap: must be positive but was 0", "holdingCap: must be positive but was 0",
                "cooldownDays: must not be negative but was -2"), e.problems());
        InvalidConfigurationException tooShort = assertThrows(InvalidConfigurationException.class,
                () -> PoolRules.builder("east", 15).extendPerActivity(3, 10).build());
        assertTrue(tooShort.getMessage().contains("maxProtectionDays: must be at least the follow-up period (15) but was 10"),
                tooShort.getMessage());
    }
}
