package io.crmkit.benchmarks.scoring.forecast;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.scoring.forecast.CloseDates;
import io.crmkit.scoring.forecast.OpenDeal;
import io.crmkit.scoring.forecast.PipelineSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Monte Carlo of 10,000 open deals over 10,000 trials (log-normal amounts, probabilities skewed low, expected closes
 * over a year, closes spread 30 days either way): crmkit on one and two threads against a hand-written single-thread
 * loop that only sums each trial's total (no months, no percentiles): a lower bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PipelineSimulationBenchmark {

    private static final int DEALS = 10_000;
    private static final int TRIALS = 10_000;

    @Param({"1", "2"})
    public int threads;

    private List<OpenDeal> deals;
    private final CloseDates closeDates = CloseDates.uniform(30, 30);

    @Setup(Level.Trial)
    public void data() {
        Random random = new Random(42);
        deals = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < DEALS; i++) {
            double p = Math.pow(random.nextDouble(), 2);
            deals.add(new OpenDeal("D" + i, "rep" + (i % 40), Math.exp(9 + 1.2 * random.nextGaussian()), p,
                    start.plusDays(random.nextInt(365)), p > 0.7 ? ForecastCategory.COMMIT : ForecastCategory.BEST_CASE));
        }
    }

    @Benchmark
    public PipelineSimulation.Result crmkit() {
        return PipelineSimulation.run(deals, closeDates, new PipelineSimulation.Config(TRIALS, 7, threads));
    }

    @Benchmark
    public double baseline() {
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        for (int t = 0; t < TRIALS; t++) {
            for (OpenDeal d : deals) {
                if (random.nextDouble() < d.probability()) {
                    sum += d.amount();
                }
            }
        }
        return sum;
    }
}
