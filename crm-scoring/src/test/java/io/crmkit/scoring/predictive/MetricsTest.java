package io.crmkit.scoring.predictive;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class MetricsTest {

    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    void aucOfAKnownRanking() {
        // 4 pairs (positive, negative): 0.35 > 0.1, 0.35 < 0.4, 0.8 > 0.1, 0.8 > 0.4 -> 3 of 4
        assertEquals(0.75, Metrics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {F, F, T, T}), 1e-15);
    }

    @Test
    void aucCountsATiedPairAsOneHalf() {
        // pairs: 0.5>0.1, 0.5=0.5 (1/2), 0.9>0.1, 0.9>0.5 -> 3.5 of 4
        assertEquals(0.875, Metrics.auc(new double[] {0.1, 0.5, 0.5, 0.9}, new boolean[] {F, T, F, T}), 1e-15);
        assertEquals(0.5, Metrics.auc(new double[] {0.3, 0.3, 0.3, 0.3}, new boolean[] {T, F, T, F}), 1e-15);
        // three-way tie spanning both classes: positives {0.2, 0.7, 0.7}, negatives {0.7, 0.1}
        // pairs: 0.2>0.1, 0.2<0.7, 0.7=0.7 (1/2) twice, 0.7>0.1 twice -> 4 of 6
        assertEquals(4.0 / 6, Metrics.auc(new double[] {0.2, 0.7, 0.7, 0.7, 0.1}, new boolean[] {T, T, T, F, F}), 1e-15);
    }

    @Test
    void aucIsOneForAPerfectRankingAndZeroForAPerfectlyWrongOne() {
        assertEquals(1.0, Metrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {F, F, T, T}));
        assertEquals(0.0, Metrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {F, F, T, T}));
    }

    @Test
    void aucAcceptsAnyFiniteScoresNotOnlyProbabilities() {
        assertEquals(0.75, Metrics.auc(new double[] {-10, 40, 35, 800}, new boolean[] {F, F, T, T}), 1e-15);
    }

    @Test
    void aucOfASingleClassIsAClearError() {
        IllegalArgumentException allPositive = assertThrows(IllegalArgumentException.class,
                () -> Metrics.auc(new double[] {0.1, 0.9, 0.5}, new boolean[] {T, T, T}));
        assertTrue(allPositive.getMessage().contains("AUC is undefined when every label is positive (3 rows)"),
                allPositive.getMessage());
        IllegalArgumentException allNegative = assertThrows(IllegalArgumentException.class,
                () -> Metrics.auc(new double[] {0.1, 0.9}, new boolean[] {F, F}));
        assertTrue(allNegative.getMessage().contains("every label is negative"), allNegative.getMessage());
    }

    @Test
    void rejectsMismatchedEmptyOrNonFiniteInput() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.auc(new double[] {0.1, 0.2}, new boolean[] {T}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.brier(new double[0], new boolean[0]));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Metrics.auc(new double[] {0.1, Double.NaN}, new boolean[] {T, F}));
        assertTrue(nan.getMessage().contains("scores[1]"), nan.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Metrics.logLoss(new double[] {0.1, 1.2}, new boolean[] {T, F}));
        assertTrue(range.getMessage().contains("probabilities[1] must be in [0, 1] but was 1.2"), range.getMessage());
    }

    @Test
    void logLossIsTheMeanNegativeLogLikelihood() {
        double expected = -(Math.log(0.9) + Math.log(0.8)) / 2;
        assertEquals(expected, Metrics.logLoss(new double[] {0.9, 0.2}, new boolean[] {T, F}), 1e-15);
        assertEquals(Math.log(2), Metrics.logLoss(new double[] {0.5, 0.5, 0.5}, new boolean[] {T, F, F}), 1e-15);
    }

    @Test
    void logLossClipsCertainMistakesToAFiniteCost() {
        assertEquals(-Math.log(1e-15), Metrics.logLoss(new double[] {0.0}, new boolean[] {T}), 1e-12);
        assertEquals(-Math.log(1e-15), Metrics.logLoss(new double[] {1.0}, new boolean[] {F}), 1e-12);
        assertEquals(-Math.log(1e-15) / 2, Metrics.logLoss(new double[] {0.0, 0.0}, new boolean[] {T, F}), 1e-12);
        assertEquals(0.0, Metrics.logLoss(new double[] {1.0, 0.0}, new boolean[] {T, F}), 1e-14);
    }

    @Test
    void brierIsTheMeanSquaredError() {
        assertEquals((0.01 + 0.04 + 0.25) / 3, Metrics.brier(new double[] {0.9, 0.2, 0.5}, new boolean[] {T, F, T}), 1e-15);
        assertEquals(1.0, Metrics.brier(new double[] {0.0, 1.0}, new boolean[] {T, F}));
        assertEquals(0.0, Metrics.brier(new double[] {1.0, 0.0}, new boolean[] {T, F}));
    }

    @Test
    void calibrationSortsByPredictionAndCutsEqualBins() {
        // 20 rows given in reverse order: predictions 0.00, 0.05, ..., 0.95; every fourth row positive
        double[] p = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            p[19 - i] = i * 0.05;
            y[19 - i] = i % 4 == 3;
        }

        CalibrationTable table = Metrics.calibrationByDecile(p, y);

        assertEquals(10, table.bins().size());
        CalibrationTable.Bin first = table.bins().get(0);
        assertEquals(2, first.rows());
        assertEquals(0.025, first.meanPredicted(), 1e-12);
        assertEquals(0.0, first.minPredicted());
        assertEquals(0.05, first.maxPredicted(), 1e-12);
        assertEquals(0.0, first.observedRate());
        CalibrationTable.Bin second = table.bins().get(1);          // predictions 0.10 and 0.15 (i = 2, 3)
        assertEquals(0.125, second.meanPredicted(), 1e-12);
        assertEquals(0.5, second.observedRate());
        CalibrationTable.Bin last = table.bins().get(9);            // 0.90 and 0.95 (i = 18, 19)
        assertEquals(0.925, last.meanPredicted(), 1e-12);
        assertEquals(0.5, last.observedRate());
        assertEquals(20, table.bins().stream().mapToInt(CalibrationTable.Bin::rows).sum());
        assertEquals(5, table.bins().stream().mapToInt(CalibrationTable.Bin::positives).sum());
    }

    @Test
    void binSizesDifferByAtMostOne() {
        double[] p = new double[23];
        boolean[] y = new boolean[23];
        for (int i = 0; i < p.length; i++) {
            p[i] = i / 23.0;
            y[i] = i % 2 == 0;
        }
        CalibrationTable table = Metrics.calibration(p, y, 10);
        assertEquals(23, table.bins().stream().mapToInt(CalibrationTable.Bin::rows).sum());
        table.bins().forEach(bin -> assertTrue(bin.rows() == 2 || bin.rows() == 3, bin.toString()));
        assertThrows(IllegalArgumentException.class, () -> Metrics.calibration(new double[] {0.5, 0.5}, new boolean[] {T, F}, 3));
    }

    @Test
    void aPerfectlyCalibratedModelHasNoCalibrationError() {
        // each bin of 10 rows predicts 0.3 and has 3 positives
        double[] p = new double[100];
        boolean[] y = new boolean[100];
        for (int i = 0; i < 100; i++) {
            p[i] = 0.3;
            y[i] = i % 10 < 3;
        }
        assertEquals(0.0, Metrics.calibrationByDecile(p, y).expectedCalibrationError(), 1e-12);
        // predicting 0.5 for all of them is 0.2 off everywhere
        Arrays.fill(p, 0.5);
        assertEquals(0.2, Metrics.calibrationByDecile(p, y).expectedCalibrationError(), 1e-12);
    }

    @Test
    void topDecileLiftComparesTheTopTenPercentWithTheWhole() {
        // 20 rows, 4 positive (20%); the 2 highest scores are both positive -> 100% / 20% = 5
        double[] s = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            s[i] = i;
        }
        y[19] = y[18] = y[3] = y[7] = true;
        assertEquals(5.0, Metrics.topDecileLift(s, y), 1e-12);
        // one of the top two positive -> 50% / 20%
        y[18] = false;
        y[0] = true;
        assertEquals(2.5, Metrics.topDecileLift(s, y), 1e-12);
    }

    @Test
    void liftCountsRowsTiedAtTheCutInProportion() {
        // 20 rows, 2 positive; the top 2 rows are drawn from 3 tied at score 9 of which 2 are positive
        double[] s = new double[20];
        boolean[] y = new boolean[20];
        s[5] = s[11] = s[17] = 9;
        y[5] = y[11] = true;
        // top-2 positives = 2 * 2/3; rate 2/3 over the overall 1/10
        assertEquals((2.0 * 2 / 3 / 2) / 0.1, Metrics.topDecileLift(s, y), 1e-12);
        // the same whichever tied row comes first
        y[5] = false;
        y[17] = true;
        assertEquals((2.0 * 2 / 3 / 2) / 0.1, Metrics.topDecileLift(s, y), 1e-12);
        // all scores equal: no better than chance
        assertEquals(1.0, Metrics.topDecileLift(new double[20], y), 1e-12);
    }

    @Test
    void liftWithoutPositivesIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Metrics.topDecileLift(new double[] {0.1, 0.2}, new boolean[] {F, F}));
        assertTrue(e.getMessage().contains("no row is positive"), e.getMessage());
    }

    @Test
    void evaluationGathersTheMetricsOnOneLine() {
        double[] p = {0.1, 0.4, 0.35, 0.8, 0.2, 0.7, 0.05, 0.6, 0.3, 0.9};
        boolean[] y = {F, F, T, T, F, T, F, F, F, T};

        Evaluation e = Evaluation.of(p, y);

        assertEquals(Metrics.auc(p, y), e.auc());
        assertEquals(Metrics.logLoss(p, y), e.logLoss());
        assertEquals(Metrics.brier(p, y), e.brier());
        assertEquals(Metrics.topDecileLift(p, y), e.topDecileLift());
        assertEquals(10, e.calibration().bins().size());
        assertEquals(4, e.positives());
        assertTrue(e.summary().startsWith("rows=10 positives=4 auc=0.9167 "), e.summary());
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(new double[] {0.2, 0.3}, new boolean[] {F, F}));
    }
}
