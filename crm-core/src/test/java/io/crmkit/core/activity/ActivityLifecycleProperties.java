package io.crmkit.core.activity;

import io.crmkit.core.lead.LeadId;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.IllegalTransitionException;
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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completes, cancels and reschedules scheduled and logged activities in any order. */
final class ActivityLifecycleProperties {

    private static final Instant CREATED_AT = Instant.parse("2025-05-12T07:45:00Z");
    private static final UserId OWNER = UserId.of("0190a6f2-8c1e-7abc-8def-0000000000d1");
    private static final Links ABOUT = Links.toOpportunity(AccountId.of("0190a6f2-8c1e-7abc-8def-0000000000a1"),
            OpportunityId.of("0190a6f2-8c1e-7abc-8def-0000000000e1"));
    private static final List<Instant> DUE_TIMES = List.of(
            Instant.parse("2025-05-14T09:00:00Z"), Instant.parse("2025-05-15T14:30:00Z"), Instant.parse("2025-05-20T10:00:00Z"));

    @Property(tries = 200)
    void onlyOpenActivitiesMoveAndOnlyToDoneOrCancelled(@ForAll("chains") ActionChain<ActivityUnderTest> chain) {
        chain.withInvariant("completedAt exactly when not OPEN", s -> assertEquals(
                        s.activity.status() != ActivityStatus.OPEN, s.activity.completedAt().isPresent()))
                .withInvariant("once closed, always closed the same way", s -> s.firstClosedAs.ifPresent(
                        closed -> assertEquals(closed, s.activity.status())))
                .run();
    }

    @Provide
    Arbitrary<ActionChain<ActivityUnderTest>> chains() {
        Arbitrary<ActivityUnderTest> starts = Arbitraries.oneOf(
                Arbitraries.of(ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.VISIT, ActivityType.TASK)
                        .map(type -> Activity.schedule(ActivityId.newId(), type, "Walk through the renewal quote", ABOUT,
                                OWNER, DUE_TIMES.get(0), CREATED_AT).aggregate()),
                Arbitraries.of(ActivityType.values())
                        .map(type -> Activity.log(ActivityId.newId(), type, "Discovery call with the plant manager",
                                Links.toLead(LeadId.of("0190a6f2-8c1e-7abc-8def-0000000000f1")), OWNER,
                                Optional.of("needs SSO before the pilot"), CREATED_AT.minus(Duration.ofHours(2)),
                                CREATED_AT).aggregate()))
                .map(ActivityUnderTest::new);
        return starts.flatMap(start -> ActionChain.<ActivityUnderTest>startWith(() -> start.copy())
                .withAction(new Complete())
                .withAction(new Cancel())
                .withAction(2, new Reschedule())
                .withMaxTransformations(12));
    }

    private static final class Complete implements Action.Independent<ActivityUnderTest> {
        @Override
        public Arbitrary<Transformer<ActivityUnderTest>> transformer() {
            return Arbitraries.of(Optional.<String>empty(), Optional.of("agreed to a two-week pilot"))
                    .map(outcome -> Transformer.mutate("complete " + outcome, s -> s.complete(outcome)));
        }
    }

    private static final class Cancel implements Action.Independent<ActivityUnderTest> {
        @Override
        public Arbitrary<Transformer<ActivityUnderTest>> transformer() {
            return Arbitraries.of("customer postponed the project", "duplicate of the Thursday meeting")
                    .map(reason -> Transformer.mutate("cancel " + reason, s -> s.cancel(reason)));
        }
    }

    private static final class Reschedule implements Action.Independent<ActivityUnderTest> {
        @Override
        public Arbitrary<Transformer<ActivityUnderTest>> transformer() {
            return Arbitraries.of(DUE_TIMES).map(due -> Transformer.mutate("reschedule to " + due, s -> s.reschedule(due)));
        }
    }

    /** The activity and a clock. */
    static final class ActivityUnderTest {
        private Activity activity;
        private Instant now = CREATED_AT;
        private Optional<ActivityStatus> firstClosedAs;

        ActivityUnderTest(Activity activity) {
            this.activity = activity;
            this.firstClosedAs = activity.status() == ActivityStatus.OPEN ? Optional.empty() : Optional.of(activity.status());
        }

        ActivityUnderTest copy() {
            return new ActivityUnderTest(activity);
        }

        void complete(Optional<String> outcome) {
            Activity before = activity;
            Instant at = tick();
            if (before.status() != ActivityStatus.OPEN) {
                rejected(before, ActivityStatus.DONE, () -> before.complete(outcome, at));
                return;
            }
            Changed<Activity> done = before.complete(outcome, at);
            assertEquals(List.of(new ActivityCompleted(before.id(), before.links(), outcome, at)), done.events());
            assertEquals(ActivityStatus.DONE, done.aggregate().status());
            assertEquals(Optional.of(at), done.aggregate().completedAt());
            assertEquals(outcome, done.aggregate().outcome());
            assertEquals(before.due(), done.aggregate().due());
            adopt(done.aggregate());
        }

        void cancel(String reason) {
            Activity before = activity;
            Instant at = tick();
            if (before.status() != ActivityStatus.OPEN) {
                rejected(before, ActivityStatus.CANCELLED, () -> before.cancel(reason, at));
                return;
            }
            Changed<Activity> cancelled = before.cancel(reason, at);
            assertEquals(List.of(new ActivityCancelled(before.id(), before.links(), reason, at)), cancelled.events());
            assertEquals(ActivityStatus.CANCELLED, cancelled.aggregate().status());
            assertEquals(Optional.of(at), cancelled.aggregate().completedAt());
            assertEquals(Optional.of(reason), cancelled.aggregate().outcome());
            adopt(cancelled.aggregate());
        }

        void reschedule(Instant due) {
            Activity before = activity;
            Instant at = tick();
            if (before.status() != ActivityStatus.OPEN) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> before.reschedule(due, at));
                assertEquals(IllegalStateException.class, e.getClass(), "rescheduling a closed activity is not a status move");
                assertTrue(e.getMessage().contains(before.status().toString()), e::getMessage);
                return;
            }
            Changed<Activity> moved = before.reschedule(due, at);
            if (before.due().equals(Optional.of(due))) {
                assertSame(before, moved.aggregate());
                assertEquals(List.of(), moved.events());
            } else {
                assertEquals(List.of(new ActivityRescheduled(before.id(), before.due(), due, at)), moved.events());
                assertEquals(Optional.of(due), moved.aggregate().due());
            }
            assertEquals(ActivityStatus.OPEN, moved.aggregate().status());
            assertEquals(Optional.empty(), moved.aggregate().completedAt());
            adopt(moved.aggregate());
        }

        private void rejected(Activity before, ActivityStatus to, Runnable command) {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, command::run);
            assertEquals(before.status(), e.from());
            assertEquals(to, e.to());
            assertTrue(e.aggregate().contains(before.id().toString()), e::aggregate);
            assertSame(before, activity);
        }

        private void adopt(Activity next) {
            assertTrue(activity.status() == next.status() || ActivityStatus.TRANSITIONS.allows(activity.status(), next.status()),
                    () -> activity.status() + " -> " + next.status());
            assertEquals(activity.id(), next.id());
            assertEquals(activity.createdAt(), next.createdAt());
            if (firstClosedAs.isEmpty() && next.status() != ActivityStatus.OPEN) {
                firstClosedAs = Optional.of(next.status());
            }
            activity = next;
        }

        private Instant tick() {
            now = now.plus(Duration.ofMinutes(90));
            return now;
        }

        @Override
        public String toString() {
            return activity.type() + " " + activity.status();
        }
    }
}
