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
        // every day a deal may close on, mapped to its month's index, so a trial allocates nothing
        long firstDay = first.atDay(1).toEpochDay();
        int[] monthOfDay = new int[(int) (last.atEndOfMonth().toEpochDay() - firstDay) + 1];
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            for (long d = month.atDay(1).toEpochDay(); d <= month.atEndOfMonth().toEpochDay(); d++) {
                monthOfDay[(int) (d - firstDay)] = m;
            }
        }
        long[] expected = new long[array.length];
        double[] probability = new double[array.length];
        double[] amount = new double[array.length];
        for (int i = 0; i < array.length; i++) {
            expected[i] = array[i].expectedClose().toEpochDay();
            probability[i] = array[i].probability();
            amount[i] = array[i].amount();
        }
        Deals arrays = new Deals(expected, probability, amount, closeDates, closeDates.floorEpochDay(), firstDay, monthOfDay);
        double[][] revenue = new double[config.trials()][];
        int blocks = (config.trials() + BLOCK - 1) / BLOCK;
        ForkJoinPool pool = new ForkJoinPool(config.parallelism());
        try {
            pool.submit(() -> IntStream.range(0, blocks).parallel()
                    .forEach(b -> block(b, arrays, config, months, revenue))).get();
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
        double[] column = new double[config.trials()];
        for (int m = 0; m < months; m++) {
            for (int t = 0; t < total.length; t++) {
                column[t] = revenue[t][m];
                total[t] += column[t];
            }
            result.add(summary(first.plusMonths(m), column));
        }
        return new Result(result, summary(null, total), config.trials());
    }

    /** The deals as arrays, with the day-to-month table. */
    private record Deals(long[] expected, double[] probability, double[] amount, CloseDates closeDates, long floor,
                         long firstDay, int[] monthOfDay) {
    }

    private static void block(int b, Deals deals, Config config, int months, double[][] revenue) {
        SplittableRandom random = new SplittableRandom(mix(config.seed(), b));
        int end = Math.min(config.trials(), (b + 1) * BLOCK);
        long[] expected = deals.expected();
        double[] probability = deals.probability();
        double[] amount = deals.amount();
        for (int t = b * BLOCK; t < end; t++) {
            double[] row = new double[months];
            for (int i = 0; i < expected.length; i++) {
                if (random.nextDouble() < probability[i]) {
                    long day = Math.max(deals.floor(), expected[i] + deals.closeDates().offset(random));
                    row[deals.monthOfDay()[(int) (day - deals.firstDay())]] += amount[i];
                }
            }
            revenue[t] = row;
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
