package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a cross-validation: an evaluation per fold (each of a model tested on rows it was not trained on)
 * and one of all out-of-fold predictions pooled.
 *
 * @param folds     one evaluation per fold, in fold order
 * @param outOfFold every row's prediction by the model that did not see it, evaluated together
 */
public record CrossValidationResult(List<Evaluation> folds, Evaluation outOfFold) {

    public CrossValidationResult {
        folds = List.copyOf(Checks.nonNull(folds, "folds"));
        Checks.argument(!folds.isEmpty(), "a cross-validation has at least one fold");
        Checks.nonNull(outOfFold, "outOfFold");
    }

    /** The mean over the folds of {@code metric}, e.g. {@code mean(Evaluation::brier)}. */
    public double mean(ToDoubleFunction<Evaluation> metric) {
        return folds.stream().mapToDouble(metric).average().orElseThrow();
    }

    /** The sample standard deviation over the folds of {@code metric} (0 for a single fold). */
    public double standardDeviation(ToDoubleFunction<Evaluation> metric) {
        double mean = mean(metric);
        double squares = folds.stream().mapToDouble(metric).map(v -> (v - mean) * (v - mean)).sum();
        return folds.size() < 2 ? 0 : Math.sqrt(squares / (folds.size() - 1));
    }

    public double meanAuc() {
        return mean(Evaluation::auc);
    }

    public double meanLogLoss() {
        return mean(Evaluation::logLoss);
    }

    public double meanBrier() {
        return mean(Evaluation::brier);
    }

    public double meanTopDecileLift() {
        return mean(Evaluation::topDecileLift);
    }

    /** The means over the folds on one line: {@code 5 folds: auc=0.7921±0.0061 logLoss=0.2634 brier=0.0790 lift@10%=3.51}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d folds: auc=%.4f±%.4f logLoss=%.4f brier=%.4f lift@10%%=%.2f ece(out-of-fold)=%.4f",
                folds.size(), meanAuc(), standardDeviation(Evaluation::auc), meanLogLoss(), meanBrier(),
                meanTopDecileLift(), outOfFold.calibration().expectedCalibrationError());
    }
}
