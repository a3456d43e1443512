package io.crmkit.core.lifecycle;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advances and resets an account's lifecycle in random order. */
final class CustomerLifecycleProperties {

    private static final AccountId ACCOUNT = AccountId.of("0190a6f2-8c1e-7abc-8def-0000000000a1");
    private static final Instant STARTED_AT = Instant.parse("2025-01-06T10:00:00Z");

    @Property(tries = 300)
    void advancingNeverGoesBackAndEveryChangeIsRecordedOnce(@ForAll("chains") ActionChain<LifecycleUnderTest> chain) {
        chain.withInvariant("history has one entry per event, and the start", s -> assertEquals(
                        1 + s.events, s.lifecycle.history().size()))
                .withInvariant("history ends in the stage", s -> assertEquals(
                        s.lifecycle.stage(), s.lifecycle.history().get(s.lifecycle.history().size() - 1).to()))
                .withInvariant("history entries chain", s -> {
                    List<LifecycleChange> h = s.lifecycle.history();
                    assertEquals(Optional.empty(), h.get(0).from());
                    for (int i = 1; i < h.size(); i++) {
                        assertEquals(Optional.of(h.get(i - 1).to()), h.get(i).from(), h::toString);
                        assertFalse(h.get(i).at().isBefore(h.get(i - 1).at()));
                    }
                })
                .run();
    }

    @Provide
    Arbitrary<ActionChain<LifecycleUnderTest>> chains() {
        return Arbitraries.of(LifecycleStage.values()).flatMap(start ->
                ActionChain.<LifecycleUnderTest>startWith(() -> new LifecycleUnderTest(start))
                        .withAction(3, new AdvanceTo())
                        .withAction(new Reset())
                        .withMaxTransformations(25));
    }

    private static final class AdvanceTo implements Action.Independent<LifecycleUnderTest> {
        @Override
        public Arbitrary<Transformer<LifecycleUnderTest>> transformer() {
            return Arbitraries.of(LifecycleStage.values()).map(t -> Transformer.mutate("advanceTo " + t, s -> s.advanceTo(t)));
        }
    }

    private static final class Reset implements Action.Independent<LifecycleUnderTest> {
        @Override
        public Arbitrary<Transformer<LifecycleUnderTest>> transformer() {
            return Arbitraries.of(LifecycleStage.values()).map(t -> Transformer.mutate("reset " + t, s -> s.reset(t)));
        }
    }

    /** The lifecycle, a clock, and how many events it has emitted since it started. */
    static final class LifecycleUnderTest {
        private CustomerLifecycle lifecycle;
        private Instant now = STARTED_AT;
        private int events;

        LifecycleUnderTest(LifecycleStage start) {
            Changed<CustomerLifecycle> started = CustomerLifecycle.start(ACCOUNT, start, "signed up for the newsletter", STARTED_AT);
            assertEquals(List.of(new LifecycleStageAdvanced(ACCOUNT, Optional.empty(), start, "signed up for the newsletter", STARTED_AT)),
                    started.events());
            this.lifecycle = started.aggregate();
        }

        void advanceTo(LifecycleStage target) {
            CustomerLifecycle before = lifecycle;
            Instant at = tick();
            Changed<CustomerLifecycle> changed = before.advanceTo(target, "opportunity opened in CRM", at);
            CustomerLifecycle after = changed.aggregate();
            assertTrue(after.stage().compareTo(before.stage()) >= 0, () -> before.stage() + " went back to " + after.stage());
            if (target.compareTo(before.stage()) > 0) {
                assertEquals(target, after.stage());
                assertEquals(List.<DomainEvent>of(new LifecycleStageAdvanced(ACCOUNT, Optional.of(before.stage()), target,
                        "opportunity opened in CRM", at)), changed.events());
            } else {
                assertSame(before, after);
                assertEquals(List.of(), changed.events());
            }
            assertEquals(after.stage() != before.stage(), changed.changed());
            adopt(changed);
        }

        void reset(LifecycleStage target) {
            CustomerLifecycle before = lifecycle;
            Instant at = tick();
            if (target == before.stage()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> before.reset(target, "asked to be treated as a prospect again", at));
                assertTrue(e.getMessage().contains("already at " + target), e::getMessage);
                return;
            }
            Changed<CustomerLifecycle> changed = before.reset(target, "asked to be treated as a prospect again", at);
            assertEquals(target, changed.aggregate().stage());
            assertEquals(List.<DomainEvent>of(new LifecycleStageReset(ACCOUNT, before.stage(), target,
                    "asked to be treated as a prospect again", at)), changed.events());
            adopt(changed);
        }

        private void adopt(Changed<CustomerLifecycle> changed) {
            events += changed.events().size();
            lifecycle = changed.aggregate();
        }

        private Instant tick() {
            now = now.plus(Duration.ofDays(3));
            return now;
        }

        @Override
        public String toString() {
            return lifecycle.stage() + " after " + events + " events";
        }
    }
}
