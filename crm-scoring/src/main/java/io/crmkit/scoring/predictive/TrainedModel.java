package io.crmkit.scoring.predictive;

/**
 * A trained binary classifier: the probability that a row is positive (that a lead converts). Implementations are
 * immutable and thread-safe.
 */
public interface TrainedModel {

    /** The probability, in [0, 1], that {@code row} is positive. */
    double probability(Row row);

    /** The probability of every row of {@code data}, in row order; models may override this with a faster batch path. */
    default double[] probabilities(Dataset data) {
        double[] p = new double[data.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(data.row(i));
        }
        return p;
    }
}
