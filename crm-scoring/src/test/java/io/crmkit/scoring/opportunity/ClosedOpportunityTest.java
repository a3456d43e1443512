package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.ProductLine;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.core.shared.UserId;
import io.crmkit.testkit.fixture.PipelineFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ClosedOpportunityTest {

    private static final LocalDate ENGAGED = LocalDate.of(2017, 3, 1);

    /** Engaged on 1 March, closed 40 days later; activities on days 2, 10 and 35. */
    private static final ClosedOpportunity DEAL = ClosedOpportunity.won("D-1", Deals.DIRECT, "proposal", ENGAGED.plusDays(40))
            .withProduct("GTX Pro").withSegment("retail").withAmount(4821).enteredStageOn(ENGAGED)
            .withActivities(List.of(ENGAGED.plusDays(35), ENGAGED.plusDays(2), ENGAGED.plusDays(10)));

    @Test
    void isOpenInItsStageFromTheDayItEnteredUntilTheDayBeforeItClosed() {
        assertTrue(DEAL.openOn(ENGAGED.minusDays(1)).isEmpty());
        assertEquals(OptionalInt.of(0), DEAL.openOn(ENGAGED).orElseThrow().daysInStage());
        assertEquals(OptionalInt.of(39), DEAL.openOn(ENGAGED.plusDays(39)).orElseThrow().daysInStage());
        assertTrue(DEAL.openOn(ENGAGED.plusDays(40)).isEmpty());
        ClosedOpportunity sameDay = ClosedOpportunity.lost("D-2", Deals.DIRECT, "qualify", ENGAGED).enteredStageOn(ENGAGED);
        assertEquals(OptionalInt.of(0), sameDay.openOn(ENGAGED).orElseThrow().daysInStage());
    }

    @Test
    void viewsCarryWhatWasKnownThenAndTheActivityRecencyOfThatDay() {
        OpportunitySnapshot day12 = DEAL.openOn(ENGAGED.plusDays(12)).orElseThrow();

        assertEquals(Optional.of("GTX Pro"), day12.product());
        assertEquals(Optional.of("retail"), day12.segment());
        assertEquals(4821, day12.amount().orElseThrow());
        assertEquals(OptionalInt.of(2), day12.daysSinceLastActivity());
        assertEquals(OptionalInt.empty(), DEAL.atStageEntry().daysSinceLastActivity()); // no activity yet on day 0
        assertEquals(OptionalInt.of(0), DEAL.openOn(ENGAGED.plusDays(2)).orElseThrow().daysSinceLastActivity());
    }

    @Test
    void atCloseTheWholeStayIsTheDaysInStageWhichOnlyTheLeakyPolicyUses() {
        assertEquals(OptionalInt.of(40), DEAL.daysInStageAtClose());
        assertEquals(OptionalInt.of(40), DEAL.atClose().daysInStage());
        assertEquals(OptionalInt.of(5), DEAL.atClose().daysSinceLastActivity());
        assertTrue(SnapshotPolicy.atClose().leaksOutcome());
        assertFalse(SnapshotPolicy.ofDefaults().leaksOutcome());
        assertFalse(SnapshotPolicy.atStageEntry().leaksOutcome());
    }

    @Test
    void landmarksAreTakenOnlyWhileTheDealWasStillOpen() {
        List<OpportunitySnapshot> views = SnapshotPolicy.ofDefaults().snapshots(DEAL);

        assertEquals(List.of(0, 7, 14, 30), views.stream().map(v -> v.daysInStage().getAsInt()).toList());
        assertEquals(List.of(0), SnapshotPolicy.atStageEntry().snapshots(DEAL).stream().map(v -> v.daysInStage().getAsInt()).toList());
        // without an entry date, one view with days in stage unknown, whatever the policy
        ClosedOpportunity undated = ClosedOpportunity.lost("D-3", Deals.DIRECT, "qualify", ENGAGED);
        for (SnapshotPolicy policy : List.of(SnapshotPolicy.ofDefaults(), SnapshotPolicy.atStageEntry(), SnapshotPolicy.atClose())) {
            List<OpportunitySnapshot> one = policy.snapshots(undated);
            assertEquals(1, one.size());
            assertTrue(one.get(0).daysInStage().isEmpty());
        }
    }

    @Test
    void rejectsImpossibleDealsAndPoliciesNamingTheValue() {
        String afterClose = assertThrows(IllegalArgumentException.class,
                () -> ClosedOpportunity.won("D-4", Deals.DIRECT, "qualify", ENGAGED).enteredStageOn(ENGAGED.plusDays(1))).getMessage();
        assertTrue(afterClose.contains("entered stage 'qualify' on 2017-03-02, after it closed on 2017-03-01"), afterClose);
        assertThrows(IllegalArgumentException.class, () -> DEAL.withAmount(-1));
        assertThrows(IllegalArgumentException.class, () -> DEAL.withProduct(" "));
        assertThrows(IllegalArgumentException.class, () -> SnapshotPolicy.atLandmarks(7, 0));
        assertThrows(IllegalArgumentException.class, () -> SnapshotPolicy.atLandmarks());
        assertThrows(IllegalArgumentException.class, () -> SnapshotPolicy.atLandmarks(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> OpportunitySnapshot.builder(Deals.DIRECT, "qualify").daysInStage(-1));
    }

    @Test
    void mapsClosedAndOpenCrmCoreOpportunities() {
        Pipeline channel = PipelineFixtures.channel();
        Instant opened = Instant.parse("2026-03-02T09:00:00Z");
        ProductId product = ProductId.of("01900000-0000-7000-8000-00000000aaaa");
        Opportunity o = Opportunity.open(OpportunityId.newId(), channel, "Fleet renewal", AccountId.newId(), UserId.newId(), opened)
                .aggregate()
                .withAmount(Money.of("1200.00", "EUR"), opened)
                .aggregate()
                .withLines(List.of(ProductLine.of(product, 2)), opened).aggregate();
        o = o.moveTo(channel, "committed", opened.plusSeconds(86_400 * 3)).opportunity();
        Opportunity open = o;
        Opportunity won = o.closeWon(channel, Optional.empty(), opened.plusSeconds(86_400 * 10)).opportunity();

        ClosedOpportunity closed = ClosedOpportunity.of(won, ZoneOffset.UTC, Optional.of("retail"),
                List.of(opened.plusSeconds(86_400 * 8), opened));
        OpportunitySnapshot snapshot = OpportunitySnapshot.of(open, opened.plusSeconds(86_400 * 5), ZoneOffset.UTC,
                Optional.empty(), Optional.of(opened.plusSeconds(86_400 * 4)));

        assertEquals(won.id().toString(), closed.id());
        assertEquals("committed", closed.stageReached());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 5)), closed.stageEnteredOn());
        assertEquals(LocalDate.of(2026, 3, 12), closed.closedOn());
        assertTrue(closed.won());
        assertEquals(1200.0, closed.amount().orElseThrow());
        assertEquals(Optional.of(product.toString()), closed.product());
        assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10)), closed.activityDates());
        assertEquals("committed", snapshot.stage());
        assertEquals(OptionalInt.of(2), snapshot.daysInStage());
        assertEquals(OptionalInt.of(1), snapshot.daysSinceLastActivity());
        assertEquals(Optional.empty(), snapshot.segment());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClosedOpportunity.of(open, ZoneOffset.UTC, Optional.empty(), List.of()))
                .getMessage().contains("is still open"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpportunitySnapshot.of(won, opened, ZoneOffset.UTC,
                Optional.empty(), Optional.empty())).getMessage().contains("is WON"));
        // the learned engines take the mapped history as it is
        StageWinRates rates = StageWinRates.learn(channel, List.of(closed));
        assertEquals(WinRate.Level.STAGE_DEFAULT, rates.winRate(snapshot).level());
    }
}
