package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import io.crmkit.scoring.predictive.internal.AverageRanks;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures of a binary classifier's predictions against the truth, for any model: pass the predicted probabilities
 * (or, for {@link #auc} and {@link #lift}, any scores where higher means more likely positive) and the labels, in the
 * same order. Arrays are not modified.
 */
public final class Metrics {

    /** {@link #logLoss} gives what happened a probability of at least {@code EPSILON}, so a certain miss costs ~34.5, not infinity. */
    public static final double EPSILON = 1e-15;

    private Metrics() {
    }

    /**
     * The area under the ROC curve: the probability that a random positive row scores higher than a random negative
     * one, ties counting one half (Mann-Whitney U with average ranks). 0.5 is chance, 1 is perfect ranking.
     *
     * @throws IllegalArgumentException if all labels are equal (the AUC is then undefined) or a score is not finite
     */
    public static double auc(double[] scores, boolean[] labels) {
        checkScores(scores, labels);
        long positives = countPositives(labels);
        long negatives = labels.length - positives;
        requireBothClasses(positives, labels.length, "the AUC");
        double[] ranks = AverageRanks.of(scores);
        double positiveRankSum = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (labels[i]) {
                positiveRankSum += ranks[i];
            }
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }

    /**
     * The mean negative log-likelihood (cross-entropy) of the probabilities, each outcome's probability clipped to at
     * least {@link #EPSILON}; lower is better, 0 is perfect, {@code ln 2 = 0.693} is a coin flip.
     */
    public static double logLoss(double[] probabilities, boolean[] labels) {
        checkProbabilities(probabilities, labels);
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            double q = labels[i] ? p : 1 - p; // the probability given to what happened
            sum -= Math.log(Math.max(q, EPSILON));
        }
        return sum / probabilities.length;
    }

    /** The mean squared difference between probability and outcome (1 or 0); lower is better, 0 is perfect. */
    public static double brier(double[] probabilities, boolean[] labels) {
        checkProbabilities(probabilities, labels);
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double d = probabilities[i] - (labels[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / probabilities.length;
    }

    /** The calibration table by decile; see {@link #calibration(double[], boolean[], int)}. */
    public static CalibrationTable calibrationByDecile(double[] probabilities, boolean[] labels) {
        return calibration(probabilities, labels, 10);
    }

    /**
     * The rows sorted by probability (ties in row order) and cut into {@code bins} bins whose sizes differ by at most
     * one, each with its mean predicted probability and observed positive rate.
     *
     * @throws IllegalArgumentException if there are fewer rows than bins
     */
    public static CalibrationTable calibration(double[] probabilities, boolean[] labels, int bins) {
        checkProbabilities(probabilities, labels);
        Checks.atLeast(bins, 1, "bins");
        int n = probabilities.length;
        Checks.argument(n >= bins, "a calibration table of " + bins + " bins needs at least " + bins + " rows but there are " + n);
        int[] order = AverageRanks.ascendingOrder(probabilities);
        List<CalibrationTable.Bin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * n / bins);
            int to = (int) ((long) (b + 1) * n / bins);
            double sum = 0;
            int positives = 0;
            for (int k = from; k < to; k++) {
                sum += probabilities[order[k]];
                positives += labels[order[k]] ? 1 : 0;
            }
            table.add(new CalibrationTable.Bin(b, to - from, positives, sum / (to - from),
                    probabilities[order[from]], probabilities[order[to - 1]]));
        }
        return new CalibrationTable(table);
    }

    /** The lift in the top decile; see {@link #lift}. */
    public static double topDecileLift(double[] scores, boolean[] labels) {
        return lift(scores, labels, 0.1);
    }

    /**
     * How many times more positives there are among the {@code fraction} of rows with the highest scores than
     * overall: {@code rate(top) / rate(all)}. The top holds {@code round(fraction * n)} rows (at least one); rows tied
     * at its boundary count in proportion, so the result does not depend on row order. 1 is no better than chance.
     *
     * @throws IllegalArgumentException if there is no positive row (the lift is then undefined)
     */
    public static double lift(double[] scores, boolean[] labels, double fraction) {
        checkScores(scores, labels);
        Checks.argument(fraction > 0 && fraction <= 1, "fraction must be in (0, 1] but was " + fraction);
        long positives = countPositives(labels);
        Checks.argument(positives > 0, "the lift is undefined when no row is positive (" + labels.length + " rows)");
        int n = scores.length;
        long top = Math.max(1, Math.round(fraction * n));
        int[] order = AverageRanks.ascendingOrder(scores);
        double topPositives = 0;
        long taken = 0;
        int end = n;
        while (taken < top) {
            int start = end - 1;
            while (start > 0 && scores[order[start - 1]] == scores[order[end - 1]]) {
                start--;
            }
            int group = end - start;
            int groupPositives = 0;
            for (int k = start; k < end; k++) {
                groupPositives += labels[order[k]] ? 1 : 0;
            }
            long take = Math.min(group, top - taken);
            topPositives += (double) groupPositives * take / group;
            taken += take;
            end = start;
        }
        return (topPositives / top) / ((double) positives / n);
    }

    private static void checkScores(double[] scores, boolean[] labels) {
        Checks.predictions(scores, "scores", labels);
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] must be a finite number but was " + scores[i]);
            }
        }
    }

    static void checkProbabilities(double[] probabilities, boolean[] labels) {
        Checks.predictions(probabilities, "probabilities", labels);
        for (int i = 0; i < probabilities.length; i++) {
            if (!(probabilities[i] >= 0 && probabilities[i] <= 1)) {
                throw new IllegalArgumentException("probabilities[" + i + "] must be in [0, 1] but was " + probabilities[i]);
            }
        }
    }

    static void requireBothClasses(long positives, int rows, String what) {
        if (positives == 0 || positives == rows) {
            throw new IllegalArgumentException(what + " is undefined when every label is " + (positives == 0 ? "negative" : "positive")
                    + " (" + rows + " rows): it needs at least one positive and one negative row");
        }
    }

    private static long countPositives(boolean[] labels) {
        long positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        return positives;
    }
}
