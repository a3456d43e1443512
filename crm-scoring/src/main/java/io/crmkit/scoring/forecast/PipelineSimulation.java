package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Monte Carlo simulation of open deals: in each trial every deal is won with its probability, on a day drawn from
 * {@link CloseDates}; the trial's revenue per month is the amount of the deals won in it. The result gives the mean and
 * the 10th, 50th and 90th percentiles of each month's revenue and of the total.
 * <p>
 * Reproducible: trials are cut into blocks of {@value #BLOCK}, and block b draws from a generator seeded with
 * (seed, b) alone, so the result is the same for a seed whatever the number of threads. Percentiles interpolate
 * linearly between order statistics.
 */
public final class PipelineSimulation {

    /** Trials per block of random numbers. */
    public static final int BLOCK = 256;

    /**
     * How to run.
     *
     * @param trials      the number of trials, at least 1
     * @param seed        the seed
     * @param parallelism the number of threads, at least 1
     */
    public record Config(int trials, long seed, int parallelism) {
        public Config {
            Checks.atLeast(trials, 1, "trials");
            Checks.atLeast(parallelism, 1, "parallelism");
        }

        /** {@code trials} trials with {@code seed} on every available core. */
        public static Config of(int trials, long seed) {
            return new Config(trials, seed, Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * Simulated revenue of one month (or of the total).
     *
     * @param month the month; null for the total
     * @param mean  the mean over the trials
     * @param p10   the 10th percentile
     * @param p50   the median
     * @param p90   the 90th percentile
     */
    public record Revenue(YearMonth month, double mean, double p10, double p50, double p90) {
    }

    /**
     * The simulation's outcome.
     *
     * @param months one entry per month any deal may close in, in order
     * @param total  the revenue of all months together
     * @param trials the number of trials
     */
    public record Result(List<Revenue> months, Revenue total, int trials) {
        public Result {
            months = List.copyOf(months);
        }
    }

    private PipelineSimulation() {
    }

    /** Simulates {@code deals} as {@code config} says. */
    public static Result run(List<OpenDeal> deals, CloseDates closeDates, Config config) {
        Checks.nonNull(deals, "deals");
        Checks.nonNull(closeDates, "closeDates");
        Checks.nonNull(config, "config");
        if (deals.isEmpty()) {
            return new Result(List.of(), new Revenue(null, 0, 0, 0, 0), config.trials());
        }
        OpenDeal[] array = deals.toArray(OpenDeal[]::new);
        YearMonth first = deals.stream().map(d -> YearMonth.from(closeDates.earliest(d.expectedClose())))
                .min(YearMonth::compareTo).orElseThrow();
        YearMonth last = deals.stream().map(d -> YearMonth.from(closeDates.latest(d.expectedClose())))
                .max(YearMonth::compareTo).orElseThrow();
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        double[][] revenue = new double[months][config.trials()];
        int blocks = (config.trials() + BLOCK - 1) / BLOCK;
        ForkJoinPool pool = new ForkJoinPool(config.parallelism());
        try {
            pool.submit(() -> IntStream.range(0, blocks).parallel()
                    .forEach(b -> block(b, array, closeDates, config, first, revenue))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the simulation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Revenue> result = new ArrayList<>();
        double[] total = new double[config.trials()];
        for (int m = 0; m < months; m++) {
            for (int t = 0; t < total.length; t++) {
                total[t] += revenue[m][t];
            }
            result.add(summary(first.plusMonths(m), revenue[m]));
        }
        return new Result(result, summary(null, total), config.trials());
    }

    private static void block(int b, OpenDeal[] deals, CloseDates closeDates, Config config, YearMonth first, double[][] revenue) {
        SplittableRandom random = new SplittableRandom(mix(config.seed(), b));
        int end = Math.min(config.trials(), (b + 1) * BLOCK);
        for (int t = b * BLOCK; t < end; t++) {
            for (OpenDeal d : deals) {
                if (random.nextDouble() < d.probability()) {
                    YearMonth month = YearMonth.from(closeDates.draw(d.expectedClose(), random));
                    revenue[(int) ChronoUnit.MONTHS.between(first, month)][t] += d.amount();
                }
            }
        }
    }

    /** A seed for block b that depends only on the simulation's seed and b (SplitMix64 finaliser). */
    private static long mix(long seed, int block) {
        long z = seed + 0x9E3779B97F4A7C15L * (block + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Revenue summary(YearMonth month, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(values).sum() / values.length;
        return new Revenue(month, mean, percentile(sorted, 0.1), percentile(sorted, 0.5), percentile(sorted, 0.9));
    }

    /** Linear interpolation between order statistics (the usual "type 7"). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
