package io.crmkit.scoring.forecast;

import io.crmkit.core.opportunity.ForecastCategory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of the forecast rollups and of the Monte Carlo simulation. */
final class ForecastProperties {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Provide
    Arbitrary<OpenDeal> openDeals() {
        return Combinators.combine(Arbitraries.integers().between(0, 99_999), Arbitraries.of("ann", "bob", "cho"),
                        Arbitraries.doubles().between(0, 100_000), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 365),
                        Arbitraries.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT))
                .as((id, owner, amount, p, day, category) -> new OpenDeal("D" + id, owner, amount, p, START.plusDays(day), category));
    }

    @Provide
    Arbitrary<WonDeal> wonDeals() {
        return Combinators.combine(Arbitraries.integers().between(0, 99_999), Arbitraries.of("ann", "bob", "dee"),
                        Arbitraries.doubles().between(0, 100_000), Arbitraries.integers().between(-30, 365))
                .as((id, owner, amount, day) -> new WonDeal("W" + id, owner, amount, START.plusDays(day)));
    }

    @Provide
    Arbitrary<List<OpenDeal>> openPipelines() {
        return openDeals().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<OpenDeal>> smallPipelines() {
        return openDeals().list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<WonDeal>> closedDeals() {
        return wonDeals().list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void commitIsAtMostMostLikelyWhichIsAtMostBestCase(@ForAll("openPipelines") List<OpenDeal> open,
                                                       @ForAll("closedDeals") List<WonDeal> won,
                                                       @ForAll @IntRange(min = 0, max = 365) int from,
                                                       @ForAll @IntRange(min = 0, max = 365) int length) {
        Map<String, ForecastRollup> byOwner = ForecastRollup.byOwner(open, won, START.plusDays(from), START.plusDays(from + length));
        Map<String, ForecastRollup> team = TeamForecast.of(Map.of("ann", "lead", "bob", "lead", "lead", "office"))
                .rollUp(byOwner, List.of());

        for (ForecastRollup r : team.values()) {
            double slack = 1e-9 * (1 + r.bestCase());
            assertTrue(r.closed() <= r.commit() + slack, r.toString());
            assertTrue(r.commit() <= r.mostLikely() + slack, r.toString());
            assertTrue(r.mostLikely() <= r.bestCase() + slack, r.toString());
            assertTrue(r.bestCase() - r.closed() <= r.openPipeline() + slack, r.toString());
        }
        double owners = byOwner.values().stream().mapToDouble(ForecastRollup::mostLikely).sum();
        double top = team.containsKey("office") ? team.get("office").mostLikely() : 0;
        double outside = byOwner.entrySet().stream().filter(e -> !e.getKey().equals("ann") && !e.getKey().equals("bob"))
                .mapToDouble(e -> e.getValue().mostLikely()).sum();
        assertEquals(owners, top + outside, 1e-6 * (1 + owners));
    }

    @Property(tries = 15)
    void aSeededSimulationGivesTheSameResultOnOneOrTwoThreads(@ForAll("openPipelines") List<OpenDeal> deals,
                                                              @ForAll long seed,
                                                              @ForAll @IntRange(min = 1, max = 1500) int trials) {
        PipelineSimulation.Result one = PipelineSimulation.run(deals, CloseDates.uniform(20, 40),
                new PipelineSimulation.Config(trials, seed, 1));
        PipelineSimulation.Result two = PipelineSimulation.run(deals, CloseDates.uniform(20, 40),
                new PipelineSimulation.Config(trials, seed, 2));

        assertEquals(one, two);
    }

    @Property(tries = 10)
    void theSimulatedMeanConvergesToTheWeightedPipeline(@ForAll("smallPipelines") List<OpenDeal> deals,
                                                        @ForAll long seed) {
        int trials = 20_000;
        PipelineSimulation.Result result = PipelineSimulation.run(deals, CloseDates.uniform(10, 10),
                new PipelineSimulation.Config(trials, seed, 2));

        double weighted = WeightedPipeline.total(deals);
        double sd = Math.sqrt(deals.stream().mapToDouble(d -> d.amount() * d.amount() * d.probability() * (1 - d.probability())).sum());
        assertEquals(weighted, result.total().mean(), 5 * sd / Math.sqrt(trials) + 1e-6);
        assertTrue(result.total().p10() <= result.total().p50() && result.total().p50() <= result.total().p90());
        assertEquals(result.total().mean(), result.months().stream().mapToDouble(PipelineSimulation.Revenue::mean).sum(),
                1e-6 * (1 + weighted));
    }
}
