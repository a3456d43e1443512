package io.crmkit.scoring.predictive;

import java.util.List;

/**
 * How one input column (or a cross of columns) becomes features, fitted on training rows: a standardised number, a
 * one-hot category, a one-hot quantile bin or a one-hot combination of values. At most one of a column's features is non-zero in a row. Immutable.
 */
sealed interface FeatureColumn permits StandardizedNumber, OneHotCategory, QuantileBins, CrossedCategories {

    /** The name of the column: the input column, or for a cross the inputs joined by {@code *}. */
    String column();

    /** The input columns it reads. */
    default List<String> inputs() {
        return List.of(column());
    }

    /** The names of the features, e.g. {@code age}, {@code job=admin.}, {@code balance[0,72)}. */
    List<String> featureNames();

    default int width() {
        return featureNames().size();
    }

    /**
     * Encodes every row of {@code data}: {@code feature[i]} is the index (within this column) of row {@code i}'s
     * non-zero feature, or -1 if it has none, and {@code value[i]} its value.
     */
    void encode(Dataset data, int[] feature, double[] value);

    /** The term this column adds to the linear predictor of {@code row}, with its coefficients at {@code offset}. */
    double term(Row row, double[] coefficients, int offset);

    /** Adds this column's term to the linear predictor {@code eta} of every row of {@code data}. */
    default void addTerms(Dataset data, double[] coefficients, int offset, double[] eta) {
        int[] feature = new int[eta.length];
        double[] value = new double[eta.length];
        encode(data, feature, value);
        for (int i = 0; i < eta.length; i++) {
            if (feature[i] >= 0) {
                eta[i] += value[i] * coefficients[offset + feature[i]];
            }
        }
    }
}
