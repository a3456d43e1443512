package io.crmkit.core.lead;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.StageCriteria;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.IllegalTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Drives a lead through random sequences of every command, each attempted in whatever status the lead is in, and
 * checks each against {@link LeadStatus#TRANSITIONS}.
 */
final class LeadLifecycleProperties {

    private static final Instant CAPTURED_AT = Instant.parse("2025-03-03T09:15:00Z");
    private static final UserId ALICE = UserId.of("0190a6f2-8c1e-7abc-8def-000000000001");
    private static final UserId BOB = UserId.of("0190a6f2-8c1e-7abc-8def-000000000002");
    private static final UserId CAROL = UserId.of("0190a6f2-8c1e-7abc-8def-000000000003");

    private static final Pipeline DIRECT_SALES = Pipeline.builder(PipelineId.newId(), "Direct sales")
            .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
            .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
            .won("won", "Closed won")
            .lost("lost", "Closed lost")
            .build();

    /** Passes for anyone not writing from a competitor's domain, which the captured lead is not. */
    private static final QualificationPolicy PASSING = QualificationPolicies.excludeEmailDomains(
            Set.of("competitor.example"), DisqualificationReason.NOT_A_PROSPECT);

    /** Fails the captured lead on budget and timeline. */
    private static final QualificationPolicy FAILING = QualificationPolicies.bant(Money.of("50000", "EUR"), Period.ofMonths(3));

    @Property(tries = 200)
    void everyCommandEitherMakesAnAllowedMoveOrThrowsAndChangesNothing(@ForAll("checkedChains") ActionChain<LeadUnderTest> chain) {
        chain.withInvariant("disqualification reasons exactly when DISQUALIFIED", s -> assertEquals(
                        s.lead.status() == LeadStatus.DISQUALIFIED, !s.lead.disqualifications().isEmpty(), s.lead::toString))
                .withInvariant("a conversion exactly when CONVERTED", s -> assertEquals(
                        s.lead.status() == LeadStatus.CONVERTED, s.lead.convertedTo().isPresent(), s.lead::toString))
                .withInvariant("CONVERTED is terminal", s -> assertTrue(
                        !s.everConverted || s.lead.status() == LeadStatus.CONVERTED, s.lead::toString))
                .withInvariant("status is where the last transition went", s -> assertEquals(
                        s.transitions.isEmpty() ? LeadStatus.NEW : s.transitions.get(s.transitions.size() - 1).to(),
                        s.lead.status()))
                .run();
    }

    @Property(tries = 200)
    void noSequenceOfCommandsMakesAMoveTheTableForbids(@ForAll("uncheckedChains") ActionChain<LeadUnderTest> chain) {
        LeadUnderTest end = chain.run();

        LeadStatus expectedFrom = LeadStatus.NEW;
        for (LeadTransition t : end.transitions) {
            assertTrue(LeadStatus.TRANSITIONS.allows(t.from(), t.to()), () -> "forbidden move " + t);
            assertEquals(expectedFrom, t.from(), () -> "transitions do not chain: " + end.transitions);
            assertEquals(end.lead.id(), t.leadId());
            expectedFrom = t.to();
        }
        assertEquals(expectedFrom, end.lead.status());
    }

    @Provide
    Arbitrary<ActionChain<LeadUnderTest>> checkedChains() {
        return chains(true);
    }

    @Provide
    Arbitrary<ActionChain<LeadUnderTest>> uncheckedChains() {
        return chains(false);
    }

    private static Arbitrary<ActionChain<LeadUnderTest>> chains(boolean checked) {
        return ActionChain.<LeadUnderTest>startWith(() -> new LeadUnderTest(checked))
                .withAction(Action.just("startWorking", Transformer.mutate("startWorking", LeadUnderTest::startWorking)))
                .withAction(Action.just("nurture", Transformer.mutate("nurture", LeadUnderTest::nurture)))
                .withAction(Action.just("reopen", Transformer.mutate("reopen", LeadUnderTest::reopen)))
                .withAction(2, Action.just("qualify passing", Transformer.mutate("qualify passing", s -> s.qualify(PASSING, true))))
                .withAction(Action.just("qualify failing", Transformer.mutate("qualify failing", s -> s.qualify(FAILING, false))))
                .withAction(new Disqualify())
                .withAction(2, Action.just("convert", Transformer.mutate("convert", LeadUnderTest::convert)))
                .withAction(new AssignTo())
                .withMaxTransformations(30);
    }

    private static final class Disqualify implements Action.Independent<LeadUnderTest> {
        @Override
        public Arbitrary<Transformer<LeadUnderTest>> transformer() {
            Arbitrary<Disqualification> reason = Arbitraries.of(
                    Disqualification.of(DisqualificationReason.DUPLICATE, "same person as lead imported from the trade fair list"),
                    Disqualification.of(DisqualificationReason.UNREACHABLE, "no answer after five calls and three emails"),
                    Disqualification.of(DisqualificationReason.OUT_OF_TERRITORY, "head office moved to Singapore"));
            return reason.list().ofMinSize(1).ofMaxSize(2)
                    .map(reasons -> Transformer.mutate("disqualify " + reasons, s -> s.disqualify(reasons)));
        }
    }

    private static final class AssignTo implements Action.Independent<LeadUnderTest> {
        @Override
        public Arbitrary<Transformer<LeadUnderTest>> transformer() {
            return Arbitraries.of(ALICE, BOB, CAROL).map(owner -> Transformer.mutate("assignTo " + owner, s -> s.assignTo(owner)));
        }
    }

    /** The lead after each command, and every transition it went through. */
    static final class LeadUnderTest {
        private final boolean checked;
        private final List<LeadTransition> transitions = new ArrayList<>();
        private Lead lead;
        private Instant now = CAPTURED_AT;
        private boolean everConverted;

        LeadUnderTest(boolean checked) {
            this.checked = checked;
            NewLead details = NewLead.from(SourceChannel.WEB_FORM)
                    .person("Ada", "Lovelace")
                    .email("ada@analytical.example")
                    .title("Head of Engineering")
                    .company("Analytical Engines Ltd")
                    .companyProfile(CompanyProfile.empty().withIndustry("Manufacturing").withSizeBand(SizeBand.MEDIUM))
                    .bant(Bant.unknown().withBudget(Money.of("12000", "EUR")).withAuthority(DecisionRole.DECISION_MAKER)
                            .withNeed("replace spreadsheets for order tracking"))
                    .tags(Tags.of("webinar 2025-02"))
                    .build();
            this.lead = Lead.capture(LeadId.newId(), details, CAPTURED_AT).aggregate();
        }

        void startWorking() {
            attempt(LeadStatus.WORKING, LeadStatus.TRANSITIONS.allows(lead.status(), LeadStatus.WORKING),
                    at -> Step.of(lead.startWorking(at)));
        }

        void nurture() {
            attempt(LeadStatus.NURTURING, LeadStatus.TRANSITIONS.allows(lead.status(), LeadStatus.NURTURING),
                    at -> Step.of(lead.nurture(at)));
        }

        void reopen() {
            if (lead.status() != LeadStatus.DISQUALIFIED) {
                Lead before = lead;
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> lead.reopen(tick()));
                assertTrue(e.getMessage().endsWith("only a DISQUALIFIED lead can be reopened"), e::getMessage);
                assertSame(before, lead);
                return;
            }
            attempt(LeadStatus.WORKING, true, at -> Step.of(lead.reopen(at))).filter(step -> checked).ifPresent(step ->
                    assertTrue(step.lead().disqualifications().isEmpty(), "a reopened lead keeps no disqualification reasons"));
        }

        void qualify(QualificationPolicy policy, boolean passes) {
            Lead before = lead;
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LeadStatus target = passes ? LeadStatus.QUALIFIED : LeadStatus.DISQUALIFIED;
            // qualification asks for QUALIFIED first: a lead that may not be qualified is not checked at all
            boolean allowed = LeadStatus.TRANSITIONS.allows(lead.status(), LeadStatus.QUALIFIED);
            Optional<Step> done = attempt(target, LeadStatus.QUALIFIED, allowed,
                    at -> Step.of(lead.qualify(policy, today, at)));
            if (checked && done.isPresent()) {
                Step step = done.get();
                if (passes) {
                    assertInstanceOf(QualificationOutcome.Qualified.class, step.result());
                } else {
                    var failed = assertInstanceOf(QualificationOutcome.Disqualified.class, step.result());
                    List<Disqualification> expected = policy.check(before, today);
                    assertFalse(expected.isEmpty());
                    assertEquals(expected, failed.reasons());
                    assertEquals(expected, step.lead().disqualifications());
                }
            }
        }

        void disqualify(List<Disqualification> reasons) {
            attempt(LeadStatus.DISQUALIFIED, LeadStatus.TRANSITIONS.allows(lead.status(), LeadStatus.DISQUALIFIED),
                    at -> Step.of(lead.disqualify(reasons, at))).filter(step -> checked).ifPresent(step -> {
                assertEquals(reasons, step.lead().disqualifications());
                assertEquals(reasons, assertInstanceOf(LeadDisqualified.class, step.transition()).reasons());
            });
        }

        void convert() {
            LeadConversion.NewIds ids = LeadConversion.NewIds.generate();
            LeadConversion.Target target = new LeadConversion.Target(Optional.empty(), Optional.empty(),
                    Optional.of(new LeadConversion.OpportunityDraft(DIRECT_SALES, "Order tracking rollout",
                            Optional.of(Money.of("12000", "EUR")), Optional.of(LocalDate.of(2025, 6, 30)))),
                    ALICE);
            Optional<Step> done = attempt(LeadStatus.CONVERTED, LeadStatus.TRANSITIONS.allows(lead.status(), LeadStatus.CONVERTED), at -> {
                LeadConversion conversion = LeadConversion.convert(lead, target, ids, at);
                assertEquals(ids.account(), conversion.account().id());
                assertEquals(ids.contact(), conversion.contact().id());
                assertEquals(Optional.of(ids.opportunity()), conversion.opportunity().map(Opportunity::id));
                return new Step(conversion.lead(), conversion.events(), conversion);
            });
            if (done.isPresent()) {
                everConverted = true;
                if (checked) {
                    assertEquals(Optional.of(new ConvertedTo(ids.account(), ids.contact(), Optional.of(ids.opportunity()))),
                            done.get().lead().convertedTo());
                }
            }
        }

        void assignTo(UserId owner) {
            Lead before = lead;
            Instant at = tick();
            var changed = lead.assignTo(owner, at);
            record(changed.events());
            lead = changed.aggregate();
            if (!checked) {
                return;
            }
            assertEquals(before.status(), lead.status(), "assigning never changes the status");
            assertEquals(before.statusChangedAt(), lead.statusChangedAt());
            assertEquals(Optional.of(owner), lead.owner());
            if (before.owner().equals(Optional.of(owner))) {
                assertSame(before, lead);
                assertTrue(changed.events().isEmpty(), () -> "re-assigning to the owner emitted " + changed.events());
            } else {
                assertEquals(List.of(new LeadAssigned(lead.id(), before.owner(), owner, at)), changed.events());
            }
        }

        private Optional<Step> attempt(LeadStatus target, boolean allowed, Function<Instant, Step> command) {
            return attempt(target, target, allowed, command);
        }

        /**
         * Runs {@code command}; when not {@code allowed} it must throw naming the current status and {@code asked},
         * otherwise it must land in {@code target} with exactly one matching transition event. Empty if refused.
         */
        private Optional<Step> attempt(LeadStatus target, LeadStatus asked, boolean allowed, Function<Instant, Step> command) {
            Lead before = lead;
            Instant at = tick();
            if (!checked) {
                try {
                    Step step = command.apply(at);
                    record(step.events());
                    lead = step.lead();
                    return Optional.of(step);
                } catch (IllegalTransitionException refused) {
                    return Optional.empty();
                }
            }
            if (!allowed) {
                IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> command.apply(at),
                        () -> "moving a " + before.status() + " lead towards " + asked + " must be refused");
                assertEquals(before.status(), e.from());
                assertEquals(asked, e.to());
                assertTrue(e.getMessage().contains(before.id().toString()), e::getMessage);
                assertEquals(before, lead);
                return Optional.empty();
            }
            Step step = command.apply(at);
            LeadTransition move = step.transition();
            assertEquals(before.status(), move.from());
            assertEquals(target, move.to());
            assertEquals(before.id(), move.leadId());
            assertEquals(at, move.occurredAt());
            assertTrue(LeadStatus.TRANSITIONS.targetsOf(before.status()).contains(step.lead().status()));
            assertEquals(target, step.lead().status());
            assertEquals(at, step.lead().statusChangedAt());
            assertEquals(before.id(), step.lead().id());
            assertEquals(before.person(), step.lead().person());
            assertEquals(before.owner(), step.lead().owner());
            assertEquals(before.capturedAt(), step.lead().capturedAt());
            record(step.events());
            lead = step.lead();
            return Optional.of(step);
        }

        private void record(List<DomainEvent> events) {
            events.stream().filter(LeadTransition.class::isInstance).map(LeadTransition.class::cast).forEach(transitions::add);
        }

        private Instant tick() {
            now = now.plus(Duration.ofMinutes(47));
            return now;
        }

        @Override
        public String toString() {
            return lead.status() + " owned by " + lead.owner().map(Object::toString).orElse("nobody");
        }
    }

    /** A command's new lead, its events, and what the command returned. */
    private record Step(Lead lead, List<DomainEvent> events, Object result) {
        static Step of(Changed<Lead> changed) {
            return new Step(changed.aggregate(), changed.events(), changed);
        }

        static Step of(QualificationOutcome outcome) {
            return new Step(outcome.lead(), outcome.events(), outcome);
        }

        /** The one lead transition among the events. */
        LeadTransition transition() {
            List<LeadTransition> moves = events.stream().filter(LeadTransition.class::isInstance)
                    .map(LeadTransition.class::cast).toList();
            if (moves.size() != 1) {
                fail("expected exactly one LeadTransition but got " + events);
            }
            return moves.get(0);
        }
    }

    @Property
    void qualificationOutcomeMatchesThePolicy(@ForAll("statusesThatMayBeQualified") LeadStatus start,
                                              @ForAll boolean passes) {
        Lead lead = new LeadUnderTest(true).lead;
        if (start == LeadStatus.WORKING) {
            lead = lead.startWorking(CAPTURED_AT.plusSeconds(60)).aggregate();
        } else if (start == LeadStatus.NURTURING) {
            lead = lead.nurture(CAPTURED_AT.plusSeconds(60)).aggregate();
        }
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));

        QualificationOutcome outcome = lead.qualify(passes ? PASSING : FAILING, LocalDate.of(2025, 3, 4), at);

        assertEquals(passes, outcome instanceof QualificationOutcome.Qualified);
        assertEquals(passes ? LeadStatus.QUALIFIED : LeadStatus.DISQUALIFIED, outcome.lead().status());
        assertEquals(1, outcome.events().size());
        LeadTransition event = (LeadTransition) outcome.events().get(0);
        assertEquals(start, event.from());
        assertEquals(passes, outcome.lead().disqualifications().isEmpty());
    }

    @Provide
    Arbitrary<LeadStatus> statusesThatMayBeQualified() {
        return Arbitraries.of(EnumSet.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING));
    }
}
