package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import io.crmkit.scoring.predictive.internal.LogisticNewton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained logistic regression: {@code P(positive) = 1 / (1 + exp(-(intercept + sum(beta_j * x_j))))} over the
 * encoded features. Coefficients of standardised numbers are per standard deviation of the training data; those of
 * categories and bins are relative to the average row. A missing number counts as the training mean; a missing or
 * unseen category, or a missing binned number, adds nothing. Immutable and thread-safe; export and import it with
 * {@link LogisticModelJson}.
 */
public final class LogisticModel implements TrainedModel {

    private final String target;
    private final double intercept;
    private final List<FeatureColumn> columns;
    private final double[] coefficients;
    private final int[] offsets;
    private final Map<String, Double> byName;
    private final LinearTerms terms;

    LogisticModel(String target, double intercept, List<FeatureColumn> columns, double[] coefficients) {
        this.target = Checks.nonBlank(target, "target");
        this.intercept = Checks.finite(intercept, "intercept");
        this.columns = List.copyOf(columns);
        this.coefficients = coefficients.clone();
        this.offsets = new int[this.columns.size()];
        Map<String, Double> named = new LinkedHashMap<>();
        int offset = 0;
        for (int c = 0; c < this.columns.size(); c++) {
            offsets[c] = offset;
            for (String name : this.columns.get(c).featureNames()) {
                Checks.argument(offset < coefficients.length, "fewer coefficients (" + coefficients.length + ") than features");
                double beta = Checks.finite(coefficients[offset], "coefficient of '" + name + "'");
                Checks.argument(named.putIfAbsent(name, beta) == null, "two features are named '" + name + "'");
                offset++;
            }
        }
        Checks.argument(offset == coefficients.length, "more coefficients (" + coefficients.length + ") than features (" + offset + ")");
        this.byName = Collections.unmodifiableMap(named);
        this.terms = new LinearTerms(intercept, this.columns, this.coefficients, offsets);
    }

    /** The name of the target the model predicts. */
    public String target() {
        return target;
    }

    /** The intercept: the log-odds of a row whose every feature is zero (average numbers, no category). */
    public double intercept() {
        return intercept;
    }

    /** The coefficient of every feature, by name ({@code age}, {@code job=admin.}, {@code balance[0,72)}), in order. */
    public Map<String, Double> coefficients() {
        return byName;
    }

    /** The input columns the model reads, in order; columns that did not vary in training are not among them. */
    public List<String> columns() {
        return terms.inputs();
    }

    /** The log-odds of {@code row} being positive. */
    public double logit(Row row) {
        return terms.logit(row);
    }

    @Override
    public double probability(Row row) {
        return LogisticNewton.sigmoid(logit(row));
    }

    /** The probability of every row of {@code data}, computed column by column; equal to {@link #probability} row by row. */
    @Override
    public double[] probabilities(Dataset data) {
        return terms.probabilities(data);
    }

    List<FeatureColumn> featureColumns() {
        return columns;
    }

    /** The coefficients of column {@code c}. */
    double[] coefficientsOf(int c) {
        double[] slice = new double[columns.get(c).width()];
        System.arraycopy(coefficients, offsets[c], slice, 0, slice.length);
        return slice;
    }

    static LogisticModel of(String target, double intercept, List<FeatureColumn> columns, List<double[]> coefficientsByColumn) {
        List<Double> all = new ArrayList<>();
        for (double[] slice : coefficientsByColumn) {
            for (double beta : slice) {
                all.add(beta);
            }
        }
        return new LogisticModel(target, intercept, columns, all.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public String toString() {
        return "LogisticModel[target=" + target + ", intercept=" + intercept + ", " + byName.size() + " features]";
    }
}
