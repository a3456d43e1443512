package io.crmkit.core.opportunity;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.IllegalTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Probability;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class OpportunityTest {

    private static final Instant OPENED = Instant.parse("2025-04-01T08:30:00Z");
    private static final Instant LATER = OPENED.plus(Duration.ofDays(9));
    private static final AccountId ACME = AccountId.of("0190a6f2-8c1e-7abc-8def-0000000000a1");
    private static final UserId REP = UserId.of("0190a6f2-8c1e-7abc-8def-0000000000b1");
    private static final ContactId BUYER = ContactId.of("0190a6f2-8c1e-7abc-8def-0000000000c1");

    private static final Pipeline DIRECT = pipeline(new ReopenRule(true, true, Optional.of(Duration.ofDays(30))));

    @Test
    void opensInTheFirstStageWithAHistoryOfOneEntry() {
        OpportunityId id = OpportunityId.newId();

        Changed<Opportunity> opened = Opportunity.open(id, DIRECT, "Acme fleet telematics", ACME, REP, OPENED);

        Opportunity o = opened.aggregate();
        assertEquals("qualify", o.stage());
        assertEquals(OpportunityStatus.OPEN, o.status());
        assertEquals(List.of(new StageChange(Optional.empty(), "qualify", OPENED)), o.history());
        assertEquals(List.of(new OpportunityOpened(id, ACME, DIRECT.id(), "qualify", REP, OPENED)), opened.events());
    }

    @Test
    void movingToProposalWithoutAnAmountIsRefusedAndChangesNothing() {
        Opportunity o = open().withPrimaryContact(BUYER, OPENED).aggregate();

        StageMove move = o.moveTo(DIRECT, "proposal", LATER);

        StageMove.Refused refused = assertInstanceOf(StageMove.Refused.class, move);
        assertEquals(List.of("an amount greater than zero is required"), refused.reasons());
        assertEquals(o, refused.opportunity());
        assertEquals("qualify", refused.opportunity().stage());
        assertEquals(1, refused.opportunity().history().size());
    }

    @Test
    void aZeroAmountDoesNotMeetTheAmountCriterion() {
        Opportunity o = open().withPrimaryContact(BUYER, OPENED).aggregate()
                .withAmount(Money.of("0", "EUR"), OPENED).aggregate();

        StageMove move = o.moveTo(DIRECT, "proposal", LATER);

        assertEquals(List.of("an amount greater than zero is required"),
                assertInstanceOf(StageMove.Refused.class, move).reasons());
    }

    @Test
    void aRefusalListsEveryUnmetCriterion() {
        StageMove move = open().moveTo(DIRECT, "proposal", LATER);

        assertEquals(List.of("a primary contact is required", "an amount greater than zero is required"),
                assertInstanceOf(StageMove.Refused.class, move).reasons());
    }

    @Test
    void movesToProposalOnceItsCriteriaHold() {
        Opportunity o = readyForProposal();

        StageMove move = o.moveTo(DIRECT, "proposal", LATER);

        StageMove.Moved moved = assertInstanceOf(StageMove.Moved.class, move);
        assertEquals("proposal", moved.opportunity().stage());
        assertEquals(List.of(new OpportunityStageChanged(o.id(), "qualify", "proposal", LATER)), moved.events());
        assertEquals(new StageChange(Optional.of("qualify"), "proposal", LATER), moved.opportunity().history().get(1));
        assertEquals(Duration.ofDays(2), moved.opportunity().timeInStage(LATER.plus(Duration.ofDays(2))));
        assertEquals(Optional.of(Money.of("12000.00", "EUR")), moved.opportunity().weightedAmount(DIRECT));
    }

    @Test
    void movingToTheCurrentStageIsNoChange() {
        Opportunity o = open();

        StageMove.Moved moved = assertInstanceOf(StageMove.Moved.class, o.moveTo(DIRECT, "qualify", LATER));

        assertSame(o, moved.opportunity());
        assertEquals(List.of(), moved.events());
    }

    @Test
    void movingIntoAClosedStageIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> open().moveTo(DIRECT, "won", LATER));

        assertTrue(e.getMessage().contains("use closeWon or closeLost"), e::getMessage);
    }

    @Test
    void movingIntoAStageOfAnotherPipelineIsAProgrammingError() {
        Pipeline other = pipeline(ReopenRule.ofDefaults());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> open().moveTo(other, "proposal", LATER));

        assertTrue(e.getMessage().contains("belongs to pipeline " + DIRECT.id()), e::getMessage);
    }

    @Test
    void closingLostWithoutAReasonIsRejected() {
        Opportunity o = open();

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> o.closeLost(DIRECT, null, Optional.empty(), LATER));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> o.closeLost(DIRECT, "   ", Optional.of("Initech"), LATER));

        assertTrue(missing.getMessage().contains("a lost opportunity needs a reason"), missing::getMessage);
        assertTrue(blank.getMessage().contains("reason must not be blank"), blank::getMessage);
    }

    @Test
    void closesLostWithTheReasonAndTheCompetitor() {
        Opportunity o = open();

        StageMove.Moved moved = assertInstanceOf(StageMove.Moved.class,
                o.closeLost(DIRECT, "chose a cheaper competitor", Optional.of("Initech"), LATER));

        Opportunity lost = moved.opportunity();
        assertEquals(OpportunityStatus.LOST, lost.status());
        assertEquals("lost", lost.stage());
        assertEquals(Optional.of(new Closing(OpportunityStatus.LOST, Optional.of("chose a cheaper competitor"),
                Optional.of("Initech"), LATER)), lost.closing());
        assertEquals(List.of(new OpportunityLost(o.id(), ACME, "qualify", "chose a cheaper competitor",
                Optional.of("Initech"), LATER)), moved.events());
        assertEquals(Probability.ZERO, lost.probability(DIRECT));
    }

    @Test
    void closingWonNeedsTheWonStagesCriteria() {
        Opportunity o = open();

        StageMove move = o.closeWon(DIRECT, Optional.empty(), LATER);

        assertEquals(List.of("an amount greater than zero is required"), assertInstanceOf(StageMove.Refused.class, move).reasons());
        assertEquals(o, move.opportunity());
    }

    @Test
    void closesWonFromTheCurrentStage() {
        Opportunity o = moved(readyForProposal(), "proposal", LATER);

        StageMove.Moved won = assertInstanceOf(StageMove.Moved.class,
                o.closeWon(DIRECT, Optional.of("best ERP integration"), LATER.plusSeconds(60)));

        assertEquals(OpportunityStatus.WON, won.opportunity().status());
        assertEquals("won", won.opportunity().stage());
        assertEquals(List.of(new OpportunityWon(o.id(), ACME, "proposal", Optional.of(Money.of("24000", "EUR")),
                Optional.of("best ERP integration"), LATER.plusSeconds(60))), won.events());
    }

    @Test
    void aClosedOpportunityCannotBeClosedAgainNorChanged() {
        Opportunity lost = open().closeLost(DIRECT, "budget frozen", Optional.empty(), LATER).opportunity();

        IllegalTransitionException twice = assertThrows(IllegalTransitionException.class,
                () -> lost.closeLost(DIRECT, "budget frozen", Optional.empty(), LATER));
        IllegalTransitionException won = assertThrows(IllegalTransitionException.class,
                () -> lost.closeWon(DIRECT, Optional.empty(), LATER));
        IllegalStateException amount = assertThrows(IllegalStateException.class,
                () -> lost.withAmount(Money.of("5000", "EUR"), LATER));

        assertEquals(OpportunityStatus.LOST, twice.from());
        assertEquals(OpportunityStatus.LOST, twice.to());
        assertEquals(OpportunityStatus.WON, won.to());
        assertTrue(amount.getMessage().contains("reopen it before changing its amount"), amount::getMessage);
        StageMove.Refused refused = assertInstanceOf(StageMove.Refused.class, lost.moveTo(DIRECT, "proposal", LATER));
        assertEquals(List.of("opportunity is LOST; reopen it before moving it"), refused.reasons());
    }

    @Test
    void reopensIntoTheStageItWasInBeforeClosing() {
        Opportunity inProposal = moved(readyForProposal(), "proposal", LATER);
        Instant closedAt = LATER.plus(Duration.ofDays(1));
        Opportunity lost = inProposal.closeLost(DIRECT, "went quiet", Optional.empty(), closedAt).opportunity();
        Instant reopenedAt = closedAt.plus(Duration.ofDays(29));

        StageMove.Moved reopened = assertInstanceOf(StageMove.Moved.class, lost.reopen(DIRECT, reopenedAt));

        assertEquals("proposal", reopened.opportunity().stage());
        assertEquals(OpportunityStatus.OPEN, reopened.opportunity().status());
        assertEquals(Optional.empty(), reopened.opportunity().closing());
        assertEquals(List.of(new OpportunityReopened(lost.id(), OpportunityStatus.LOST, "proposal", reopenedAt)), reopened.events());
        assertEquals(new StageChange(Optional.of("lost"), "proposal", reopenedAt),
                reopened.opportunity().history().get(reopened.opportunity().history().size() - 1));
    }

    @Test
    void reopeningIntoAStageWhoseCriteriaNoLongerHoldIsRefused() {
        Opportunity inProposal = moved(readyForProposal(), "proposal", LATER);
        Opportunity zeroed = inProposal.withAmount(Money.of("0.00", "EUR"), LATER).aggregate();
        Opportunity lost = zeroed.closeLost(DIRECT, "budget cut", Optional.empty(), LATER.plus(Duration.ofDays(1))).opportunity();

        StageMove move = lost.reopen(DIRECT, LATER.plus(Duration.ofDays(2)));

        StageMove.Refused refused = assertInstanceOf(StageMove.Refused.class, move);
        assertEquals(List.of("an amount greater than zero is required"), refused.reasons());
        assertEquals(lost, refused.opportunity());
    }

    @Test
    void reopeningOutsideTheWindowIsRefusedWithAReason() {
        Instant closedAt = LATER;
        Opportunity lost = open().closeLost(DIRECT, "went quiet", Optional.empty(), closedAt).opportunity();

        StageMove move = lost.reopen(DIRECT, closedAt.plus(Duration.ofDays(31)));

        StageMove.Refused refused = assertInstanceOf(StageMove.Refused.class, move);
        assertEquals(List.of("opportunities may be reopened only within 30 days of closing (closed " + closedAt + ")"),
                refused.reasons());
        assertEquals(lost, refused.opportunity());
    }

    @Test
    void reopeningExactlyAtTheEndOfTheWindowIsAllowed() {
        Opportunity lost = open().closeLost(DIRECT, "went quiet", Optional.empty(), LATER).opportunity();

        StageMove move = lost.reopen(DIRECT, LATER.plus(Duration.ofDays(30)));

        assertInstanceOf(StageMove.Moved.class, move);
    }

    @Test
    void wonOpportunitiesDoNotReopenUnderTheDefaultRule() {
        Pipeline defaults = pipeline(ReopenRule.ofDefaults());
        Opportunity o = Opportunity.open(OpportunityId.newId(), defaults, "Acme renewal", ACME, REP, OPENED).aggregate()
                .withAmount(Money.of("8000", "EUR"), OPENED).aggregate();
        Opportunity won = o.closeWon(defaults, Optional.empty(), LATER).opportunity();

        StageMove move = won.reopen(defaults, LATER.plusSeconds(60));

        assertEquals(List.of("won opportunities may not be reopened in this pipeline"),
                assertInstanceOf(StageMove.Refused.class, move).reasons());
        assertEquals(won, move.opportunity());
    }

    @Test
    void reopeningAnOpenOpportunityIsAnIllegalTransition() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> open().reopen(DIRECT, LATER));

        assertEquals(OpportunityStatus.OPEN, e.from());
        assertEquals(OpportunityStatus.OPEN, e.to());
    }

    @Test
    void settingTheSameValueAgainIsNoChange() {
        Opportunity o = open().withExpectedClose(LocalDate.of(2025, 6, 30), OPENED).aggregate();

        Changed<Opportunity> again = o.withExpectedClose(LocalDate.of(2025, 6, 30), LATER);

        assertSame(o, again.aggregate());
        assertEquals(List.of(), again.events());
    }

    @Test
    void rejectsANegativeAmount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> open().withAmount(Money.of("-100", "EUR"), LATER));

        assertTrue(e.getMessage().contains("amount must not be negative but was -100.00 EUR"), e::getMessage);
    }

    @Test
    void movesToAnotherAccountAndContactNamingWhereItCameFrom() {
        AccountId rhein = AccountId.of("0190a6f2-8c1e-7abc-8def-0000000000a2");
        ContactId juergen = ContactId.of("0190a6f2-8c1e-7abc-8def-0000000000c2");
        Opportunity o = open().withPrimaryContact(BUYER, OPENED).aggregate().withAmount(Money.of("24000", "EUR"), OPENED).aggregate();

        Changed<Opportunity> moved = o.moveToAccount(rhein, Optional.of(juergen), LATER);

        assertEquals(rhein, moved.aggregate().account());
        assertEquals(Optional.of(juergen), moved.aggregate().primaryContact());
        assertEquals(o.amount(), moved.aggregate().amount());
        assertEquals(o.history(), moved.aggregate().history());
        assertEquals(List.of(new OpportunityMoved(o.id(), ACME, rhein, Optional.of(BUYER), Optional.of(juergen), LATER)),
                moved.events());
        Changed<Opportunity> back = moved.aggregate().moveToAccount(ACME, Optional.of(BUYER), LATER.plusSeconds(1));
        assertEquals(o, back.aggregate(), "moving it back with the event's from-values undoes the move");
    }

    @Test
    void aClosedDealMovesWithItsOutcomeAndHistory() {
        AccountId rhein = AccountId.of("0190a6f2-8c1e-7abc-8def-0000000000a2");
        Opportunity o = open().withPrimaryContact(BUYER, OPENED).aggregate().withAmount(Money.of("24000", "EUR"), OPENED).aggregate();
        Opportunity won = o.closeWon(DIRECT, Optional.of("best ERP integration"), LATER).opportunity();

        Opportunity moved = won.moveToAccount(rhein, Optional.empty(), LATER.plusSeconds(60)).aggregate();

        assertEquals(OpportunityStatus.WON, moved.status());
        assertEquals(won.closing(), moved.closing());
        assertEquals(won.history(), moved.history());
        assertEquals(rhein, moved.account());
        assertEquals(Optional.empty(), moved.primaryContact());
    }

    @Test
    void movingToWhereItAlreadyIsChangesNothing() {
        Opportunity o = open().withPrimaryContact(BUYER, OPENED).aggregate();

        Changed<Opportunity> same = o.moveToAccount(ACME, Optional.of(BUYER), LATER);

        assertSame(o, same.aggregate());
        assertEquals(List.of(), same.events());
        assertTrue(o.moveToAccount(ACME, Optional.empty(), LATER).changed(), "dropping the primary contact is a change");
    }

    private static Pipeline pipeline(ReopenRule rule) {
        return Pipeline.builder(PipelineId.newId(), "Direct sales")
                .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
                .open("negotiate", "Negotiate", 0.80, ForecastCategory.COMMIT, StageCriteria.expectedCloseDate())
                .won("won", "Closed won", StageCriteria.amount())
                .lost("lost", "Closed lost")
                .reopenRule(rule)
                .build();
    }

    private static Opportunity open() {
        return Opportunity.open(OpportunityId.newId(), DIRECT, "Acme fleet telematics", ACME, REP, OPENED).aggregate();
    }

    private static Opportunity readyForProposal() {
        return open().withPrimaryContact(BUYER, OPENED).aggregate().withAmount(Money.of("24000", "EUR"), OPENED).aggregate();
    }

    private static Opportunity moved(Opportunity o, String stage, Instant at) {
        return assertInstanceOf(StageMove.Moved.class, o.moveTo(DIRECT, stage, at)).opportunity();
    }
}
