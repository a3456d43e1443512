package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import io.crmkit.scoring.predictive.internal.LogisticNewton;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained {@link NaiveBayes naive Bayes} model: the counts of each value of each column among the positive and the
 * negative training rows. It predicts in log space,
 * {@code log-odds = ln(positives / negatives) + sum over the row's columns of ln(P(v | positive) / P(v | negative))},
 * with {@code P(v | class) = (count(v, class) + alpha) / (rows of the class with a value + alpha * values)}; a
 * missing or unseen value adds nothing. Probabilities are in [0, 1] and never NaN, however many columns agree.
 * Immutable and thread-safe; export and import it with {@link NaiveBayesModelJson}.
 */
public final class NaiveBayesModel implements TrainedModel {

    private final String target;
    private final double alpha;
    private final long positives;
    private final long negatives;
    private final double priorLogOdds;
    private final List<FeatureColumn> columns;
    private final List<long[]> positiveCounts;
    private final List<long[]> negativeCounts;
    private final double[] weights;
    private final int[] offsets;
    private final Map<String, Double> byName;
    private final LinearTerms terms;

    NaiveBayesModel(String target, double alpha, long positives, long negatives, List<FeatureColumn> columns,
                    List<long[]> positiveCounts, List<long[]> negativeCounts) {
        this.target = Checks.nonBlank(target, "target");
        Checks.argument(alpha > 0 && alpha <= NaiveBayes.MAX_ALPHA, "alpha must be in (0, "
                + Checks.number(NaiveBayes.MAX_ALPHA) + "] but was " + alpha);
        this.alpha = alpha;
        Checks.argument(positives > 0 && negatives > 0, "a model needs positive and negative training rows but had "
                + positives + " and " + negatives);
        this.positives = positives;
        this.negatives = negatives;
        this.priorLogOdds = Math.log(positives) - Math.log(negatives);
        this.columns = List.copyOf(columns);
        Checks.argument(positiveCounts.size() == this.columns.size() && negativeCounts.size() == this.columns.size(),
                "one array of counts per class and column is needed (" + this.columns.size() + " columns) but there were "
                        + positiveCounts.size() + " and " + negativeCounts.size());
        this.positiveCounts = positiveCounts.stream().map(long[]::clone).toList();
        this.negativeCounts = negativeCounts.stream().map(long[]::clone).toList();
        this.offsets = new int[this.columns.size()];
        int width = this.columns.stream().mapToInt(FeatureColumn::width).sum();
        this.weights = new double[width];
        Map<String, Double> named = new LinkedHashMap<>();
        int offset = 0;
        for (int c = 0; c < this.columns.size(); c++) {
            FeatureColumn column = this.columns.get(c);
            Checks.argument(!column.inputs().contains(target), "column '" + column.column() + "' reads the target '" + target + "'");
            offsets[c] = offset;
            long[] p = this.positiveCounts.get(c);
            long[] q = this.negativeCounts.get(c);
            Checks.argument(p.length == column.width() && q.length == column.width(), "column '" + column.column()
                    + "' has " + column.width() + " values but " + p.length + " and " + q.length + " counts");
            long positiveRows = total(p, column, "positive", positives);
            long negativeRows = total(q, column, "negative", negatives);
            double k = column.width();
            double positiveNorm = Math.log(positiveRows + alpha * k);
            double negativeNorm = Math.log(negativeRows + alpha * k);
            List<String> names = column.featureNames();
            for (int v = 0; v < p.length; v++) {
                double weight = (Math.log(p[v] + alpha) - positiveNorm) - (Math.log(q[v] + alpha) - negativeNorm);
                weights[offset + v] = weight;
                Checks.argument(named.putIfAbsent(names.get(v), weight) == null, "two values are named '" + names.get(v) + "'");
            }
            offset += column.width();
        }
        this.byName = Collections.unmodifiableMap(named);
        this.terms = new LinearTerms(priorLogOdds, this.columns, weights, offsets);
    }

    private static long total(long[] counts, FeatureColumn column, String label, long classRows) {
        long sum = 0;
        for (long count : counts) {
            Checks.argument(count >= 0, "counts of column '" + column.column() + "' must not be negative but were " + Arrays.toString(counts));
            Checks.argument(count <= classRows - sum, "column '" + column.column() + "' counts more " + label
                    + " rows than the " + classRows + " the model was trained on: " + Arrays.toString(counts));
            sum += count;
        }
        return sum;
    }

    /** The name of the target the model predicts. */
    public String target() {
        return target;
    }

    /** The smoothing pseudo-count. */
    public double alpha() {
        return alpha;
    }

    /** The number of positive training rows. */
    public long positives() {
        return positives;
    }

    /** The number of negative training rows. */
    public long negatives() {
        return negatives;
    }

    /** The log-odds of a row with no known value: {@code ln(positives / negatives)}. */
    public double priorLogOdds() {
        return priorLogOdds;
    }

    /**
     * What each value seen in training adds to the log-odds, {@code ln(P(v | positive) / P(v | negative))}, by name
     * ({@code job=retired}, {@code age[30,40)}, {@code month=may & day=5}), in order.
     */
    public Map<String, Double> weights() {
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

    /** The positive training rows with each value of column {@code c} (a copy). */
    long[] positiveCounts(int c) {
        return positiveCounts.get(c).clone();
    }

    /** The negative training rows with each value of column {@code c} (a copy). */
    long[] negativeCounts(int c) {
        return negativeCounts.get(c).clone();
    }

    @Override
    public String toString() {
        return "NaiveBayesModel[target=" + target + ", alpha=" + alpha + ", positives=" + positives + ", negatives="
                + negatives + ", " + columns.size() + " columns, " + byName.size() + " values]";
    }
}
