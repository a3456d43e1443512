package io.crmkit.core.opportunity;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.IllegalTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives an opportunity through random stage moves, detail updates, closings and reopenings, with a clock that
 * moves forward, and checks the pipeline's rules after every step.
 */
final class OpportunityLifecycleProperties {

    private static final Instant OPENED_AT = Instant.parse("2025-04-01T08:30:00Z");
    private static final AccountId ACCOUNT = AccountId.of("0190a6f2-8c1e-7abc-8def-0000000000a1");
    private static final UserId OWNER = UserId.of("0190a6f2-8c1e-7abc-8def-0000000000b1");
    private static final ContactId BUYER = ContactId.of("0190a6f2-8c1e-7abc-8def-0000000000c1");
    private static final ContactId CHAMPION = ContactId.of("0190a6f2-8c1e-7abc-8def-0000000000c2");

    private static final List<String> OPEN_STAGES = List.of("prospecting", "discovery", "proposal", "negotiation");

    /** What each stage asks of an opportunity entering it, written out independently of {@link StageCriteria}. */
    private static final Map<String, Predicate<Opportunity>> ENTRY = Map.of(
            "prospecting", o -> true,
            "discovery", o -> o.primaryContact().isPresent(),
            "proposal", o -> o.primaryContact().isPresent() && positiveAmount(o),
            "negotiation", o -> positiveAmount(o) && o.expectedClose().isPresent(),
            "closed-won", OpportunityLifecycleProperties::positiveAmount,
            "closed-lost", o -> true,
            "no-decision", o -> true);

    private static boolean positiveAmount(Opportunity o) {
        return o.amount().map(a -> a.amount().signum() > 0).orElse(false);
    }

    private static Pipeline pipeline(ReopenRule rule) {
        return Pipeline.builder(PipelineId.newId(), "Mid-market direct")
                .open("prospecting", "Prospecting", 0.05, ForecastCategory.PIPELINE)
                .open("discovery", "Discovery", 0.20, ForecastCategory.PIPELINE, StageCriteria.primaryContact())
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
                .open("negotiation", "Negotiation", 0.80, ForecastCategory.COMMIT, StageCriteria.amount(), StageCriteria.expectedCloseDate())
                .won("closed-won", "Closed won", StageCriteria.amount())
                .lost("closed-lost", "Closed lost")
                .lost("no-decision", "No decision")
                .reopenRule(rule)
                .build();
    }

    @Property(tries = 200)
    void everyStepKeepsThePipelinesRules(@ForAll("chains") ActionChain<OpportunityUnderTest> chain) {
        chain.withInvariant("history ends in the current stage", s -> assertEquals(
                        s.opportunity.stage(), s.opportunity.history().get(s.opportunity.history().size() - 1).to()))
                .withInvariant("history timestamps never decrease and entries chain", s -> {
                    List<StageChange> h = s.opportunity.history();
                    assertEquals(Optional.empty(), h.get(0).from());
                    for (int i = 1; i < h.size(); i++) {
                        assertFalse(h.get(i).at().isBefore(h.get(i - 1).at()), h::toString);
                        assertEquals(Optional.of(h.get(i - 1).to()), h.get(i).from(), h::toString);
                    }
                })
                .withInvariant("the stage's outcome is the status", s -> assertEquals(
                        s.pipeline.requireStage(s.opportunity.stage()).outcome(), s.opportunity.status()))
                .withInvariant("a closing exactly when closed", s -> assertEquals(
                        s.opportunity.status() != OpportunityStatus.OPEN, s.opportunity.closing().isPresent()))
                .run();
    }

    @Provide
    Arbitrary<ActionChain<OpportunityUnderTest>> chains() {
        Arbitrary<ReopenRule> rules = Arbitraries.of(
                new ReopenRule(true, true, Optional.empty()),
                new ReopenRule(true, true, Optional.of(Duration.ofDays(30))),
                ReopenRule.ofDefaults(), // won deals never reopen
                new ReopenRule(true, false, Optional.of(Duration.ofDays(7))));
        return rules.flatMap(rule -> ActionChain.<OpportunityUnderTest>startWith(() -> new OpportunityUnderTest(pipeline(rule)))
                .withAction(4, new MoveTo())
                .withAction(2, new SetAmount())
                .withAction(new SetContact())
                .withAction(new SetCloseDate())
                .withAction(2, new AdvanceClock())
                .withAction(2, new CloseWon())
                .withAction(2, new CloseLost())
                .withAction(3, Action.just("reopen", Transformer.mutate("reopen", OpportunityUnderTest::reopen)))
                .withMaxTransformations(30));
    }

    private static final class MoveTo implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            return Arbitraries.of(OPEN_STAGES).map(stage -> Transformer.mutate("moveTo " + stage, s -> s.moveTo(stage)));
        }
    }

    private static final class SetAmount implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            return Arbitraries.of("0", "4800", "25000", "118500.50").map(a -> Money.of(a, "EUR"))
                    .map(amount -> Transformer.mutate("amount " + amount, s -> s.update("amount", o -> o.withAmount(amount, s.now))));
        }
    }

    private static final class SetContact implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            return Arbitraries.of(BUYER, CHAMPION).map(contact -> Transformer.mutate("primary contact " + contact,
                    s -> s.update("primaryContact", o -> o.withPrimaryContact(contact, s.now))));
        }
    }

    private static final class SetCloseDate implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            return Arbitraries.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30)).map(date -> Transformer.mutate(
                    "expected close " + date, s -> s.update("expectedClose", o -> o.withExpectedClose(date, s.now))));
        }
    }

    private static final class AdvanceClock implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            return Arbitraries.of(Duration.ZERO, Duration.ofMinutes(5), Duration.ofDays(2), Duration.ofDays(12), Duration.ofDays(25))
                    .map(d -> Transformer.mutate("clock +" + d, s -> s.now = s.now.plus(d)));
        }
    }

    private static final class CloseWon implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            return Arbitraries.of(Optional.<String>empty(), Optional.of("best integration with their ERP"))
                    .map(reason -> Transformer.mutate("closeWon " + reason, s -> s.closeWon(reason)));
        }
    }

    private static final class CloseLost implements Action.Independent<OpportunityUnderTest> {
        @Override
        public Arbitrary<Transformer<OpportunityUnderTest>> transformer() {
            Arbitrary<String> reasons = Arbitraries.of("chose a cheaper competitor", "budget frozen until next year");
            Arbitrary<Optional<String>> competitors = Arbitraries.of(Optional.<String>empty(), Optional.of("Initech"));
            return Combinators.combine(reasons, competitors).as((reason, competitor) ->
                    Transformer.mutate("closeLost " + reason + " " + competitor, s -> s.closeLost(reason, competitor)));
        }
    }

    /** The opportunity, its pipeline, the clock, and what the model remembers about the last closing. */
    static final class OpportunityUnderTest {
        private final Pipeline pipeline;
        private Opportunity opportunity;
        private Instant now = OPENED_AT;
        private String stageBeforeClosing;
        private boolean entryCriteriaMetWhenClosed;

        OpportunityUnderTest(Pipeline pipeline) {
            this.pipeline = pipeline;
            Changed<Opportunity> opened = Opportunity.open(OpportunityId.newId(), pipeline, "Fleet telematics rollout",
                    ACCOUNT, OWNER, OPENED_AT);
            this.opportunity = opened.aggregate();
        }

        void moveTo(String stageKey) {
            Opportunity before = opportunity;
            StageMove result = opportunity.moveTo(pipeline, stageKey, now);
            if (before.status() != OpportunityStatus.OPEN) {
                StageMove.Refused refused = refused(before, result);
                assertTrue(refused.reasons().get(0).contains("reopen it before moving it"), refused.reasons()::toString);
            } else if (stageKey.equals(before.stage())) {
                StageMove.Moved moved = assertInstanceOf(StageMove.Moved.class, result);
                assertSame(before, moved.opportunity());
                assertTrue(moved.events().isEmpty(), moved.events()::toString);
            } else if (!ENTRY.get(stageKey).test(before)) {
                StageMove.Refused refused = refused(before, result);
                assertEquals(pipeline.requireStage(stageKey).refusals(before), refused.reasons());
            } else {
                StageMove.Moved moved = moved(before, result);
                assertEquals(List.of(new OpportunityStageChanged(before.id(), before.stage(), stageKey, now)), moved.events());
                assertEquals(stageKey, opportunity.stage());
                assertEquals(OpportunityStatus.OPEN, opportunity.status());
            }
        }

        void update(String field, Function<Opportunity, Changed<Opportunity>> command) {
            Opportunity before = opportunity;
            if (before.status() != OpportunityStatus.OPEN) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> command.apply(before));
                assertTrue(e.getMessage().contains(field), e::getMessage);
                return;
            }
            Changed<Opportunity> changed = command.apply(before);
            if (changed.aggregate().equals(before)) {
                assertSame(before, changed.aggregate());
                assertTrue(changed.events().isEmpty(), changed.events()::toString);
            } else {
                assertEquals(List.of(new OpportunityUpdated(before.id(), List.of(field), now)), changed.events());
            }
            assertEquals(before.stage(), changed.aggregate().stage());
            assertEquals(before.status(), changed.aggregate().status());
            assertEquals(before.history(), changed.aggregate().history());
            opportunity = changed.aggregate();
        }

        void closeWon(Optional<String> reason) {
            Opportunity before = opportunity;
            if (before.status() != OpportunityStatus.OPEN) {
                refusedTransition(before, OpportunityStatus.WON, () -> before.closeWon(pipeline, reason, now));
                return;
            }
            StageMove result = before.closeWon(pipeline, reason, now);
            if (!ENTRY.get("closed-won").test(before)) {
                StageMove.Refused refused = refused(before, result);
                assertEquals(List.of("an amount greater than zero is required"), refused.reasons());
                return;
            }
            moved(before, result);
            assertEquals(OpportunityStatus.WON, opportunity.status());
            assertEquals("closed-won", opportunity.stage());
            assertEquals(Optional.of(new Closing(OpportunityStatus.WON, reason, Optional.empty(), now)), opportunity.closing());
            remember(before);
        }

        void closeLost(String reason, Optional<String> competitor) {
            Opportunity before = opportunity;
            if (before.status() != OpportunityStatus.OPEN) {
                refusedTransition(before, OpportunityStatus.LOST, () -> before.closeLost(pipeline, reason, competitor, now));
                return;
            }
            StageMove.Moved moved = moved(before, before.closeLost(pipeline, reason, competitor, now));
            assertEquals(List.of(new OpportunityLost(before.id(), ACCOUNT, before.stage(), reason, competitor, now)), moved.events());
            assertEquals(OpportunityStatus.LOST, opportunity.status());
            assertEquals(pipeline.lostStage().key(), opportunity.stage());
            remember(before);
        }

        void reopen() {
            Opportunity before = opportunity;
            if (before.status() == OpportunityStatus.OPEN) {
                refusedTransition(before, OpportunityStatus.OPEN, () -> before.reopen(pipeline, now));
                return;
            }
            StageMove result = before.reopen(pipeline, now);
            ReopenRule rule = pipeline.reopenRule();
            boolean outcomeMayReopen = before.status() == OpportunityStatus.WON ? rule.wonMayReopen() : rule.lostMayReopen();
            Instant closedAt = before.closing().orElseThrow().at();
            boolean inWindow = rule.window().map(w -> !now.isAfter(closedAt.plus(w))).orElse(true);
            if (!outcomeMayReopen || !inWindow) {
                StageMove.Refused refused = refused(before, result);
                assertEquals(1, refused.reasons().size(), refused.reasons()::toString);
                assertTrue(refused.reasons().get(0).contains(outcomeMayReopen ? "within" : "may not be reopened"),
                        refused.reasons()::toString);
                return;
            }
            // reopening re-enters the stage the deal left, so that stage's entry criteria must hold again; the deal's
            // details cannot change while it is closed
            if (!entryCriteriaMetWhenClosed) {
                StageMove.Refused refused = refused(before, result);
                assertEquals(pipeline.requireStage(stageBeforeClosing).refusals(before), refused.reasons());
                return;
            }
            StageMove.Moved moved = moved(before, result);
            assertEquals(List.of(new OpportunityReopened(before.id(), before.status(), stageBeforeClosing, now)), moved.events());
            assertEquals(stageBeforeClosing, opportunity.stage());
            assertEquals(Optional.empty(), opportunity.closing());
        }

        private void remember(Opportunity closedFrom) {
            stageBeforeClosing = closedFrom.stage();
            entryCriteriaMetWhenClosed = ENTRY.get(closedFrom.stage()).test(closedFrom);
        }

        private void refusedTransition(Opportunity before, OpportunityStatus to, Runnable command) {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, command::run);
            assertEquals(before.status(), e.from());
            assertEquals(to, e.to());
            assertSame(before, opportunity);
        }

        private StageMove.Refused refused(Opportunity before, StageMove result) {
            StageMove.Refused refused = assertInstanceOf(StageMove.Refused.class, result);
            assertEquals(before, refused.opportunity(), "a refusal changes nothing");
            assertFalse(refused.reasons().isEmpty());
            return refused;
        }

        /** Checks a move that changed the stage, including that the stage entered has its criteria met, and adopts its result. */
        private StageMove.Moved moved(Opportunity before, StageMove result) {
            StageMove.Moved moved = assertInstanceOf(StageMove.Moved.class, result);
            Opportunity after = moved.opportunity();
            List<OpportunityTransition> transitions = moved.events().stream().filter(OpportunityTransition.class::isInstance)
                    .map(OpportunityTransition.class::cast).toList();
            if (after.status() == before.status()) {
                assertTrue(transitions.isEmpty(), () -> "no status change but " + transitions);
            } else {
                assertEquals(1, transitions.size(), moved.events()::toString);
                OpportunityTransition t = transitions.get(0);
                assertEquals(before.status(), t.from());
                assertEquals(after.status(), t.to());
                assertEquals(before.id(), t.opportunityId());
                assertTrue(OpportunityStatus.TRANSITIONS.allows(t.from(), t.to()), t::toString);
            }
            assertEquals(1, moved.events().size(), moved.events()::toString);
            assertEquals(before.history().size() + 1, after.history().size());
            assertEquals(new StageChange(Optional.of(before.stage()), after.stage(), now),
                    after.history().get(after.history().size() - 1));
            Stage entered = pipeline.requireStage(after.stage());
            assertEquals(List.of(), entered.refusals(after), () -> "entered " + entered.key() + " without meeting its criteria");
            assertTrue(ENTRY.get(entered.key()).test(after), () -> "entered " + entered.key() + " as " + after);
            assertEquals(before.amount(), after.amount());
            assertEquals(before.primaryContact(), after.primaryContact());
            assertEquals(before.expectedClose(), after.expectedClose());
            opportunity = after;
            return moved;
        }

        @Override
        public String toString() {
            return opportunity.status() + " in " + opportunity.stage() + " at " + now;
        }
    }
}
