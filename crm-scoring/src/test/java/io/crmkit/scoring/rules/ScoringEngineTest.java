package io.crmkit.scoring.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ScoringEngineTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Profile SOFTWARE = Profile.builder().text("industry", "software").text("region", "emea").build();

    /** Version n gives 10 points for software and n points for EMEA: a mixed score would be visible. */
    private static RuleSet version(int n) {
        return RuleSet.builder("swap", n)
                .fit("software", Condition.equalTo("industry", "software"), 10 * n, "Software")
                .fit("emea", Condition.equalTo("region", "emea"), n, "EMEA")
                .build();
    }

    @Test
    void compilesEachVersionOnceAndSwitchesBack() {
        ScoringEngine engine = ScoringEngine.using(version(1));
        Scorer first = engine.current();

        engine.use(version(2));
        assertEquals(22.0, engine.score(SOFTWARE, Engagement.none(), NOW).fit());
        assertSame(first, engine.use(version(1)), "version 1 came from the cache");
        assertEquals(11.0, engine.score(SOFTWARE, Engagement.none(), NOW).fit());
    }

    @Test
    void refusesAChangedRuleSetUnderAnOldVersion() {
        ScoringEngine engine = ScoringEngine.using(version(1));
        RuleSet changed = RuleSet.builder("swap", 1).fit("software", Condition.equalTo("industry", "software"), 99, "Software").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.use(changed));
        assertTrue(e.getMessage().contains("give the changed rule set a new version"), e.getMessage());
        assertEquals(11.0, engine.score(SOFTWARE, Engagement.none(), NOW).fit(), "the old rules stay in use");
    }

    @Test
    void refusesAChangedRuleSetUnderAnOldVersionEvenAfterItLeftTheCache() {
        ScoringEngine engine = ScoringEngine.using(version(1));
        for (int n = 2; n <= 40; n++) {
            engine.use(version(n));
        }
        RuleSet changed = RuleSet.builder("swap", 1).fit("software", Condition.equalTo("industry", "software"), 99, "Software").build();

        assertThrows(IllegalArgumentException.class, () -> engine.use(changed));
        assertEquals(440.0, engine.score(SOFTWARE, Engagement.none(), NOW).fit(), "version 40 stays in use");
    }

    @Test
    void swappingWhileScoringNeverMixesRuleSets() throws Exception {
        ScoringEngine engine = ScoringEngine.using(version(1));
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService swapper = Executors.newSingleThreadExecutor();
        Future<?> swaps = swapper.submit(() -> {
            started.countDown();
            for (int i = 0; !stop.get(); i++) {
                engine.use(version(1 + i % 5));
            }
        });
        started.await();
        List<Double> seen = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            double fit = engine.score(SOFTWARE, Engagement.none(), NOW).fit();
            if (fit % 11 != 0) {
                seen.add(fit);
            }
        }
        stop.set(true);
        swaps.get(10, TimeUnit.SECONDS);
        swapper.shutdown();

        assertEquals(List.of(), seen, "every score is 11 * n for one version n");
    }

    @Test
    void scoresABatchInOrderOnSeveralThreads() {
        ScoringEngine engine = ScoringEngine.using(version(3));
        List<ScoringInput> inputs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            inputs.add(new ScoringInput(i % 2 == 0 ? SOFTWARE : Profile.empty(), Engagement.none()));
        }

        List<LeadScore> one = engine.scoreAll(inputs, NOW, 1);
        List<LeadScore> two = engine.scoreAll(inputs, NOW, 2);

        assertEquals(one, two);
        assertEquals(33.0, two.get(998).fit());
        assertEquals(0.0, two.get(999).fit());
        assertThrows(IllegalArgumentException.class, () -> engine.scoreAll(inputs, NOW, 0));
    }
}
