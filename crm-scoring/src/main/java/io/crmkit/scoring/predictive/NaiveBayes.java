package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trains categorical {@link NaiveBayesModel naive Bayes} models: each column is taken to be independent of the
 * others given the class, and each value's probability given the class is its share of that class's rows, Laplace
 * smoothed: {@code P(v | class) = (count(v, class) + alpha) / (rows of the class with a value + alpha * values)}.
 * <ul>
 *   <li>A categorical column has one value per category seen in the training rows.</li>
 *   <li>A numeric column is cut into quantile bins of the training rows, one value per bin:
 *       {@link EncodingConfig#binsFor the encoding's bins} for that column, or {@value #DEFAULT_BINS} when the
 *       encoding leaves it unbinned. A column that does not vary is ignored.</li>
 *   <li>A cross of columns in the encoding is one more column whose values are the combinations seen in training.</li>
 *   <li>A missing value, or one not seen in training, is no evidence either way: the column is left out of the
 *       product for that row.</li>
 * </ul>
 * Training is counting, so it is fast and deterministic; everything is fitted on the training rows only. Predictions
 * are made in log space (a sum of log-likelihood ratios), so many columns never underflow.
 * <pre>{@code
 * NaiveBayesModel model = NaiveBayes.custom().alpha(0.5).encoding(EncodingConfig.custom().quantileBins(20).build())
 *         .build().train(data);
 * }</pre>
 * Immutable and thread-safe: a trainer is its own configuration.
 */
public final class NaiveBayes implements Trainer<NaiveBayesModel> {

    /** The number of quantile bins of a numeric column the encoding does not bin. */
    public static final int DEFAULT_BINS = 10;
    /** The largest smoothing {@code alpha}; larger values wash out every count anyway. */
    public static final double MAX_ALPHA = 1e6;

    private static final NaiveBayes DEFAULTS = new NaiveBayes(1.0, EncodingConfig.ofDefaults());

    private final double alpha;
    private final EncodingConfig encoding;

    private NaiveBayes(double alpha, EncodingConfig encoding) {
        this.alpha = alpha;
        this.encoding = encoding;
    }

    /** Laplace smoothing ({@code alpha = 1}), numbers in {@value #DEFAULT_BINS} quantile bins, no crosses. */
    public static NaiveBayes ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from {@code base}. */
    public static Builder from(NaiveBayes base) {
        return new Builder(Checks.nonNull(base, "base"));
    }

    /** The pseudo-count added to every value of every column, per class. */
    public double alpha() {
        return alpha;
    }

    /** How numbers are binned and which columns are crossed. */
    public EncodingConfig encoding() {
        return encoding;
    }

    /**
     * Trains a model on every row of {@code training}.
     *
     * @throws IllegalArgumentException if the rows are all of one class, or the encoding bins a column that is not a
     *                                  numeric column of {@code training} or crosses one it does not have
     */
    @Override
    public NaiveBayesModel train(Dataset training) {
        Checks.nonNull(training, "training");
        Checks.argument(training.positives() > 0 && training.negatives() > 0, "training needs positive and negative rows"
                + " but the " + training.size() + " rows have " + training.positives() + " positive for '"
                + training.target() + "'");
        List<String> names = training.columns().stream().map(Column::name).toList();
        for (Map.Entry<String, Integer> binned : encoding.columnBins().entrySet()) {
            ColumnType type = training.column(binned.getKey()).map(Column::type).orElseThrow(() -> new IllegalArgumentException(
                    "the encoding bins column '" + binned.getKey() + "' but the training data has no such column; columns: " + names));
            Checks.argument(type == ColumnType.NUMERIC, "the encoding bins column '" + binned.getKey()
                    + "' but it is categorical; only numeric columns can be binned");
        }
        for (List<String> cross : encoding.crosses()) {
            for (String column : cross) {
                Checks.argument(training.column(column).isPresent(), "the encoding crosses column '" + column
                        + "' but the training data has no such column; columns: " + names);
            }
        }

        List<FeatureColumn> features = new ArrayList<>();
        for (Column column : training.columns()) {
            Dataset.Values values = training.values(column.name()).orElseThrow();
            if (values instanceof Dataset.Numbers numbers) {
                int bins = encoding.binsFor(column.name()).orElse(DEFAULT_BINS);
                QuantileBins.fit(column.name(), numbers.values(), bins).ifPresent(features::add);
            } else if (values instanceof Dataset.Categories categories) {
                OneHotCategory.fit(column.name(), categories).ifPresent(features::add);
            }
        }
        for (List<String> cross : encoding.crosses()) {
            CrossedCategories.fit(cross, training).ifPresent(features::add);
        }

        int n = training.size();
        int[] value = new int[n];
        double[] unused = new double[n];
        List<long[]> positives = new ArrayList<>();
        List<long[]> negatives = new ArrayList<>();
        for (FeatureColumn feature : features) {
            feature.encode(training, value, unused);
            long[] p = new long[feature.width()];
            long[] q = new long[feature.width()];
            for (int i = 0; i < n; i++) {
                if (value[i] >= 0) {
                    if (training.label(i)) {
                        p[value[i]]++;
                    } else {
                        q[value[i]]++;
                    }
                }
            }
            positives.add(p);
            negatives.add(q);
        }
        return new NaiveBayesModel(training.target(), alpha, training.positives(), training.negatives(), features,
                positives, negatives);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NaiveBayes that && alpha == that.alpha && encoding.equals(that.encoding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alpha, encoding);
    }

    @Override
    public String toString() {
        return "NaiveBayes[alpha=" + alpha + ", encoding=" + encoding + "]";
    }

    /** Builds a {@link NaiveBayes} trainer; each setter rejects bad values at once. */
    public static final class Builder {
        private double alpha;
        private EncodingConfig encoding;

        private Builder(NaiveBayes base) {
            this.alpha = base.alpha;
            this.encoding = base.encoding;
        }

        /**
         * The smoothing pseudo-count, in {@code (0, }{@value #MAX_ALPHA}{@code ]}: 1 is Laplace smoothing, smaller
         * trusts the counts more. It must be positive, or a value seen in one class only would be certain proof.
         */
        public Builder alpha(double alpha) {
            Checks.argument(alpha > 0 && alpha <= MAX_ALPHA, "alpha must be in (0, " + Checks.number(MAX_ALPHA)
                    + "] (a value seen in one class only would otherwise be certain proof) but was " + alpha);
            this.alpha = alpha;
            return this;
        }

        /**
         * The quantile bins of numeric columns (those it leaves unbinned get {@value #DEFAULT_BINS}) and the crosses
         * of columns.
         */
        public Builder encoding(EncodingConfig encoding) {
            this.encoding = Checks.nonNull(encoding, "encoding");
            return this;
        }

        public NaiveBayes build() {
            return new NaiveBayes(alpha, encoding);
        }
    }
}
