package io.crmkit.scoring.predictive;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class MetricsProperties {

    /** Scores on a coarse grid (so ties are common) with labels of both classes. */
    record Scored(double[] scores, boolean[] labels) {
    }

    @Provide
    Arbitrary<Scored> scored() {
        Arbitrary<List<Double>> scores = Arbitraries.integers().between(-40, 40).map(i -> i / 8.0).list().ofMinSize(2).ofMaxSize(150);
        return scores.flatMap(list -> Arbitraries.of(true, false).list().ofSize(list.size()).map(labels -> {
            double[] s = list.stream().mapToDouble(Double::doubleValue).toArray();
            boolean[] y = new boolean[labels.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels.get(i);
            }
            y[0] = true;
            y[1] = false;
            return new Scored(s, y);
        }));
    }

    @Provide
    Arbitrary<Scored> probabilities() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1).list().ofMinSize(2).ofMaxSize(150),
                Arbitraries.longs()).as((p, seed) -> {
            Random random = new Random(seed);
            boolean[] y = new boolean[p.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = random.nextBoolean();
            }
            y[0] = true;
            y[1] = false;
            return new Scored(p.stream().mapToDouble(Double::doubleValue).toArray(), y);
        });
    }

    @Property
    void aucIsBetweenZeroAndOne(@ForAll("scored") Scored s) {
        double auc = Metrics.auc(s.scores(), s.labels());
        assertTrue(auc >= 0 && auc <= 1, "auc " + auc);
    }

    @Property
    void aucIsTheShareOfPositiveNegativePairsRankedRightTiesCountingHalf(@ForAll("scored") Scored s) {
        double right = 0;
        long pairs = 0;
        for (int i = 0; i < s.scores().length; i++) {
            for (int j = 0; j < s.scores().length; j++) {
                if (s.labels()[i] && !s.labels()[j]) {
                    pairs++;
                    right += s.scores()[i] > s.scores()[j] ? 1 : s.scores()[i] == s.scores()[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(right / pairs, Metrics.auc(s.scores(), s.labels()), 1e-12);
    }

    @Property
    void reversingTheScoresGivesOneMinusTheAuc(@ForAll("scored") Scored s) {
        double[] reversed = new double[s.scores().length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = -s.scores()[i];
        }
        assertEquals(1 - Metrics.auc(s.scores(), s.labels()), Metrics.auc(reversed, s.labels()), 1e-12);
    }

    @Property
    void aStrictlyIncreasingTransformOfTheScoresLeavesAucAndLiftUnchanged(@ForAll("scored") Scored s) {
        double[] transformed = new double[s.scores().length];
        for (int i = 0; i < transformed.length; i++) {
            double x = s.scores()[i];
            transformed[i] = 1 / (1 + Math.exp(-x / 2)) + x * x * x;   // sigmoid plus cube: strictly increasing
        }
        assertEquals(Metrics.auc(s.scores(), s.labels()), Metrics.auc(transformed, s.labels()), 1e-12);
        assertEquals(Metrics.topDecileLift(s.scores(), s.labels()), Metrics.topDecileLift(transformed, s.labels()), 1e-9);
    }

    @Property
    void aucAndLiftDoNotDependOnRowOrder(@ForAll("scored") Scored s, @ForAll long seed) {
        int n = s.scores().length;
        int[] order = new Random(seed).ints(0, Integer.MAX_VALUE).limit(n).toArray();
        Integer[] permutation = new Integer[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        Arrays.sort(permutation, Comparator.comparingInt(i -> order[i]));
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = s.scores()[permutation[i]];
            labels[i] = s.labels()[permutation[i]];
        }
        assertEquals(Metrics.auc(s.scores(), s.labels()), Metrics.auc(scores, labels), 1e-12);
        assertEquals(Metrics.topDecileLift(s.scores(), s.labels()), Metrics.topDecileLift(scores, labels), 1e-9);
    }

    @Property
    void logLossAndBrierAreNonNegativeAndBrierIsAtMostOne(@ForAll("probabilities") Scored s) {
        double logLoss = Metrics.logLoss(s.scores(), s.labels());
        double brier = Metrics.brier(s.scores(), s.labels());
        assertTrue(logLoss >= 0 && Double.isFinite(logLoss), "log loss " + logLoss);
        assertTrue(brier >= 0 && brier <= 1, "brier " + brier);
    }

    @Property
    void calibrationBinsCoverEveryRowInOrderOfPrediction(@ForAll("probabilities") Scored s) {
        CalibrationTable table = Metrics.calibration(s.scores(), s.labels(), Math.min(10, s.scores().length));
        int rows = 0;
        int positives = 0;
        double previousMax = Double.NEGATIVE_INFINITY;
        for (CalibrationTable.Bin bin : table.bins()) {
            rows += bin.rows();
            positives += bin.positives();
            assertTrue(bin.minPredicted() >= previousMax, "bins are in order of prediction: " + table.bins());
            previousMax = bin.maxPredicted();
        }
        int expectedPositives = 0;
        for (boolean label : s.labels()) {
            expectedPositives += label ? 1 : 0;
        }
        assertEquals(s.scores().length, rows);
        assertEquals(expectedPositives, positives);
    }
}
