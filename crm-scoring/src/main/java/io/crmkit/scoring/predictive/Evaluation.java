package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.Locale;

/**
 * How good one set of predictions is: ranking (AUC, top-decile lift), probability quality (log loss, Brier score)
 * and calibration by decile. Works for any model: build it from (probability, label) pairs with {@link #of}.
 *
 * @param rows          rows evaluated
 * @param positives     positive rows among them
 * @param auc           area under the ROC curve
 * @param logLoss       mean log loss, probabilities clipped to {@code [1e-15, 1 - 1e-15]}
 * @param brier         Brier score
 * @param topDecileLift positive rate of the top-scored 10% over the overall rate
 * @param calibration   predicted against observed by decile of prediction (one bin per row below 10 rows)
 */
public record Evaluation(int rows, int positives, double auc, double logLoss, double brier, double topDecileLift,
                         CalibrationTable calibration) {

    public Evaluation {
        Checks.argument(rows > 0, "rows must be positive but was " + rows);
        Checks.argument(positives > 0 && positives < rows, "positives must be in (0, " + rows + ") but was " + positives);
        Checks.argument(auc >= 0 && auc <= 1, "auc must be in [0, 1] but was " + auc);
        Checks.argument(logLoss >= 0 && Double.isFinite(logLoss), "logLoss must be a finite number >= 0 but was " + logLoss);
        Checks.argument(brier >= 0 && brier <= 1, "brier must be in [0, 1] but was " + brier);
        Checks.argument(topDecileLift >= 0 && Double.isFinite(topDecileLift), "topDecileLift must be a finite number >= 0 but was " + topDecileLift);
        Checks.nonNull(calibration, "calibration");
    }

    /**
     * Evaluates {@code probabilities} (each in [0, 1]) against {@code labels}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or are empty, a probability is outside [0, 1],
     *                                  or the labels are all of one class
     */
    public static Evaluation of(double[] probabilities, boolean[] labels) {
        Metrics.checkProbabilities(probabilities, labels);
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        Metrics.requireBothClasses(positives, labels.length, "an evaluation");
        return new Evaluation(labels.length, positives, Metrics.auc(probabilities, labels),
                Metrics.logLoss(probabilities, labels), Metrics.brier(probabilities, labels),
                Metrics.topDecileLift(probabilities, labels), Metrics.calibration(probabilities, labels, Math.min(10, labels.length)));
    }

    /** The positive rate of the rows. */
    public double positiveRate() {
        return (double) positives / rows;
    }

    /** The evaluation on one line: {@code rows=9043 positives=1058 auc=0.7921 logLoss=0.2634 brier=0.0790 lift@10%=3.51 ece=0.0049}. */
    public String summary() {
        return String.format(Locale.ROOT, "rows=%d positives=%d auc=%.4f logLoss=%.4f brier=%.4f lift@10%%=%.2f ece=%.4f",
                rows, positives, auc, logLoss, brier, topDecileLift, calibration.expectedCalibrationError());
    }
}
