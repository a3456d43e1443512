package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;
import io.crmkit.scoring.predictive.internal.LogisticNewton;

import java.util.Arrays;
import java.util.List;

/**
 * The scoring both trained models share: a bias plus one weight per encoded feature, summed over the feature
 * columns into log-odds and turned into probabilities. Immutable; the arrays are the owner's private copies.
 */
final class LinearTerms {

    private final double bias;
    private final List<FeatureColumn> columns;
    private final double[] weights;
    private final int[] offsets;

    /** {@code weights} holds each column's features in order; {@code offsets[c]} is where column {@code c} starts. */
    LinearTerms(double bias, List<FeatureColumn> columns, double[] weights, int[] offsets) {
        this.bias = bias;
        this.columns = columns;
        this.weights = weights;
        this.offsets = offsets;
    }

    /** The input columns read, in order, without repeats. */
    List<String> inputs() {
        return columns.stream().flatMap(c -> c.inputs().stream()).distinct().toList();
    }

    /** The log-odds of {@code row}. */
    double logit(Row row) {
        Checks.nonNull(row, "row");
        double eta = bias;
        for (int c = 0; c < columns.size(); c++) {
            eta += columns.get(c).term(row, weights, offsets[c]);
        }
        return eta;
    }

    /** The probability of every row of {@code data}, computed column by column. */
    double[] probabilities(Dataset data) {
        Checks.nonNull(data, "data");
        double[] eta = new double[data.size()];
        Arrays.fill(eta, bias);
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).addTerms(data, weights, offsets[c], eta);
        }
        for (int i = 0; i < eta.length; i++) {
            eta[i] = LogisticNewton.sigmoid(eta[i]);
        }
        return eta;
    }
}
