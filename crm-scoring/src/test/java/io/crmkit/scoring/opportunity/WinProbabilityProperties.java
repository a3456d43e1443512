package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.Stage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Laws of the historical win rates and of the time-ordered split. Note what "adding a won deal never lowers its
 * segment's rate" can and cannot promise: every level's smoothed rate rises or stays, but a segment that reaches the
 * minimum with that deal switches from its product's rate to its own, which may be lower; so the rate used is
 * promised not to fall only while the level used stays the same.
 */
final class WinProbabilityProperties {

    private static final List<Pipeline> PIPELINES = List.of(Deals.DIRECT_SALES, Deals.CHANNEL_SALES);

    @Provide
    Arbitrary<ClosedOpportunity> deals() {
        Arbitrary<Pipeline> pipelines = Arbitraries.of(PIPELINES);
        Arbitrary<Integer> stagePick = Arbitraries.integers().between(0, 9);
        Arbitrary<Optional<String>> products = Arbitraries.of("A", "B", "C").optional(0.8);
        Arbitrary<Optional<String>> segments = Arbitraries.of("retail", "medical").optional(0.7);
        Arbitrary<Boolean> won = Arbitraries.of(true, false);
        Arbitrary<Integer> closedDay = Arbitraries.integers().between(0, 60);
        return Combinators.combine(pipelines, stagePick, products, segments, won, closedDay)
                .as((pipeline, pick, product, segment, isWon, day) -> {
                    List<Stage> open = pipeline.openStages();
                    String stage = open.get(pick % open.size()).key();
                    LocalDate closed = Deals.DAY.plusDays(day);
                    return new ClosedOpportunity("d", pipeline.id(), stage, product, segment, OptionalDouble.empty(),
                            Optional.empty(), closed, isWon, List.of());
                });
    }

    @Provide
    Arbitrary<List<ClosedOpportunity>> histories() {
        return deals().list().ofMaxSize(120).map(WinProbabilityProperties::numbered);
    }

    private static List<ClosedOpportunity> numbered(List<ClosedOpportunity> deals) {
        List<ClosedOpportunity> numbered = new ArrayList<>();
        for (ClosedOpportunity d : deals) {
            numbered.add(new ClosedOpportunity("d" + numbered.size(), d.pipeline(), d.stageReached(), d.product(), d.segment(),
                    d.amount(), d.stageEnteredOn(), d.closedOn(), d.won(), d.activityDates()));
        }
        return numbered;
    }

    private static OpportunitySnapshot snapshotOf(ClosedOpportunity deal, String stage) {
        return new OpportunitySnapshot(deal.pipeline(), stage, deal.product(), deal.segment(), java.util.OptionalInt.empty(),
                OptionalDouble.empty(), java.util.OptionalInt.empty());
    }

    private static List<String> stagesReached(ClosedOpportunity deal) {
        Pipeline p = PIPELINES.stream().filter(x -> x.id().equals(deal.pipeline())).findFirst().orElseThrow();
        int last = p.requireStage(deal.stageReached()).order();
        return p.openStages().stream().filter(s -> s.order() <= last).map(Stage::key).toList();
    }

    @Property
    void ratesStayBetweenZeroAndOne(@ForAll("histories") List<ClosedOpportunity> history, @ForAll("deals") ClosedOpportunity like,
                                    @ForAll @IntRange(min = 1, max = 20) int minimum,
                                    @ForAll @DoubleRange(min = 0, max = 10) double smoothing) {
        StageWinRates rates = StageWinRates.learn(PIPELINES, history,
                StageWinRatesConfig.custom().minimumClosed(minimum).smoothing(smoothing).build());

        for (String stage : stagesReached(like)) {
            WinRate rate = rates.winRate(snapshotOf(like, stage));
            assertTrue(rate.probability().value() >= 0 && rate.probability().value() <= 1, rate.toString());
            for (WinRate.Count count : rate.counts()) {
                assertTrue(count.smoothed().value() >= 0 && count.smoothed().value() <= 1, count.toString());
                assertTrue(count.won() <= count.closed(), count.toString());
            }
        }
    }

    @Property
    void addingAWonDealNeverLowersTheRatesOfItsSegment(@ForAll("histories") List<ClosedOpportunity> history,
                                                      @ForAll("deals") ClosedOpportunity deal,
                                                      @ForAll @IntRange(min = 1, max = 20) int minimum,
                                                      @ForAll @DoubleRange(min = 0, max = 10) double smoothing) {
        StageWinRatesConfig config = StageWinRatesConfig.custom().minimumClosed(minimum).smoothing(smoothing).build();
        ClosedOpportunity won = new ClosedOpportunity("new", deal.pipeline(), deal.stageReached(), deal.product(), deal.segment(),
                deal.amount(), deal.stageEnteredOn(), deal.closedOn(), true, List.of());
        List<ClosedOpportunity> after = new ArrayList<>(history);
        after.add(won);
        StageWinRates before = StageWinRates.learn(PIPELINES, history, config);
        StageWinRates with = StageWinRates.learn(PIPELINES, after, config);

        for (String stage : stagesReached(won)) {
            WinRate b = before.winRate(snapshotOf(won, stage));
            WinRate a = with.winRate(snapshotOf(won, stage));
            for (int level = 0; level < a.counts().size(); level++) {
                assertTrue(a.counts().get(level).smoothed().value() >= b.counts().get(level).smoothed().value() - 1e-12,
                        b.counts().get(level) + " -> " + a.counts().get(level));
                assertEquals(b.counts().get(level).closed() + 1, a.counts().get(level).closed());
            }
            if (a.level() == b.level()) {
                assertTrue(a.probability().value() >= b.probability().value() - 1e-12, b + " -> " + a);
            }
        }
    }

    @Property
    void addingALostDealNeverRaisesTheRatesOfItsSegment(@ForAll("histories") List<ClosedOpportunity> history,
                                                       @ForAll("deals") ClosedOpportunity deal,
                                                       @ForAll @DoubleRange(min = 0, max = 10) double smoothing) {
        StageWinRatesConfig config = StageWinRatesConfig.custom().minimumClosed(1).smoothing(smoothing).build();
        ClosedOpportunity lost = new ClosedOpportunity("new", deal.pipeline(), deal.stageReached(), deal.product(), deal.segment(),
                deal.amount(), deal.stageEnteredOn(), deal.closedOn(), false, List.of());
        List<ClosedOpportunity> after = new ArrayList<>(history);
        after.add(lost);
        StageWinRates before = StageWinRates.learn(PIPELINES, history, config);
        StageWinRates with = StageWinRates.learn(PIPELINES, after, config);

        for (String stage : stagesReached(lost)) {
            WinRate b = before.winRate(snapshotOf(lost, stage));
            WinRate a = with.winRate(snapshotOf(lost, stage));
            for (int level = 0; level < a.counts().size(); level++) {
                assertTrue(a.counts().get(level).smoothed().value() <= b.counts().get(level).smoothed().value() + 1e-12,
                        b.counts().get(level) + " -> " + a.counts().get(level));
            }
        }
    }

    @Property
    void aTimeOrderedSplitNeverTrainsOnACloseAfterATestClose(@ForAll("histories") List<ClosedOpportunity> history,
                                                            @ForAll @DoubleRange(min = 0.05, max = 0.95) double share) {
        if (history.size() < 2) {
            return;
        }
        TimeOrderedSplit split = TimeOrderedSplit.of(history, share);

        LocalDate lastTraining = split.training().stream().map(ClosedOpportunity::closedOn).max(LocalDate::compareTo).orElseThrow();
        LocalDate firstTest = split.test().stream().map(ClosedOpportunity::closedOn).min(LocalDate::compareTo).orElseThrow();
        assertTrue(!lastTraining.isAfter(firstTest), lastTraining + " > " + firstTest);
        assertEquals(history.size(), split.training().size() + split.test().size());
        assertEquals(Math.max(1, Math.min(history.size() - 1, (int) Math.floor(history.size() * share))), split.training().size());
    }
}
