package io.crmkit.core.pool;

import io.crmkit.core.party.Tier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of the protection arithmetic, over generated rules and follow-up histories. */
final class ProtectionProperties {

    private static final Instant CLAIM = Instant.parse("2026-01-05T08:30:00Z");

    @Provide
    Arbitrary<PoolRules> rules() {
        Arbitrary<Integer> period = Arbitraries.integers().between(1, 60);
        Arbitrary<Integer> extension = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> extraMax = Arbitraries.integers().between(0, 120);
        Arbitrary<Integer> win = Arbitraries.integers().between(0, 90); // 0: no win rule
        Arbitrary<Integer> reminder = Arbitraries.integers().between(0, 10);
        return Combinators.combine(period, extension, extraMax, win, reminder).as((p, e, m, w, r) -> {
            PoolRules.Builder b = PoolRules.builder("pool", p).remindBefore(r);
            if (e > 0 || m % 2 == 0) {
                b.extendPerActivity(e, p + m);
            }
            if (w > 0) {
                b.winWithin(w);
            }
            return b.build();
        });
    }

    @Provide
    Arbitrary<List<Instant>> followUps() {
        return Arbitraries.longs().between(-10 * 86_400L, 200 * 86_400L).map(CLAIM::plusSeconds).list().ofMaxSize(30);
    }

    private static RecycleDue due(PoolRules rules, List<Instant> followUps) {
        return Protection.recycleAt(CLAIM, Tier.BRONZE, followUps, false, false, rules).orElseThrow();
    }

    @Property
    void theCustomerReturnsAfterItsClaimAndWithinEveryLimit(@ForAll("rules") PoolRules rules, @ForAll("followUps") List<Instant> followUps) {
        RecycleDue due = due(rules, followUps);
        assertTrue(due.at().isAfter(CLAIM));
        rules.maxProtectionDays().ifPresent(max -> assertFalse(due.at().isAfter(CLAIM.plus(Duration.ofDays(max)))));
        rules.winWithinDays().ifPresent(win -> assertFalse(due.at().isAfter(CLAIM.plus(Duration.ofDays(win)))));
        assertFalse(due.remindAt().isBefore(CLAIM));
        assertFalse(due.remindAt().isAfter(due.at()));
    }

    @Property
    void anotherFollowUpNeverBringsRecyclingForward(@ForAll("rules") PoolRules rules, @ForAll("followUps") List<Instant> followUps,
                                                     @ForAll("followUps") List<Instant> more) {
        List<Instant> all = new ArrayList<>(followUps);
        all.addAll(more);
        assertFalse(due(rules, all).at().isBefore(due(rules, followUps).at()));
    }

    @Property
    void theOrderOfFollowUpsDoesNotMatter(@ForAll("rules") PoolRules rules, @ForAll("followUps") List<Instant> followUps) {
        List<Instant> shuffled = new ArrayList<>(followUps);
        Collections.reverse(shuffled);
        assertEquals(due(rules, followUps), due(rules, shuffled));
    }

    @Property
    void followUpsOutsideTheHoldingChangeNothing(@ForAll("rules") PoolRules rules, @ForAll("followUps") List<Instant> followUps) {
        RecycleDue due = due(rules, followUps);
        List<Instant> withLateOnes = new ArrayList<>(followUps);
        withLateOnes.add(due.at());
        withLateOnes.add(due.at().plusSeconds(86_400));
        withLateOnes.add(CLAIM.minusSeconds(1));
        assertEquals(due, due(rules, withLateOnes));
    }
}
