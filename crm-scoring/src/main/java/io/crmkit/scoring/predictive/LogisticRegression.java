package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import io.crmkit.scoring.predictive.internal.LogisticNewton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Trains {@link LogisticModel logistic regressions} with an L2 penalty by Newton's method (iteratively reweighted
 * least squares): deterministic, so the same data and settings always give the same coefficients. Encodings (means,
 * standard deviations, categories, bin cut points) are fitted on the training rows only. Each Newton step solves a
 * dense system in the number of features, so a model has at most {@value #MAX_FEATURES} of them: bin numbers and do
 * not one-hot or cross columns with thousands of distinct values.
 * <pre>{@code
 * LogisticModel model = LogisticRegression.ofDefaults().train(data);
 * double p = model.probability(Row.builder().number("age", 41).category("job", "technician").build());
 * }</pre>
 * Immutable and thread-safe.
 */
public final class LogisticRegression implements Trainer<LogisticModel> {

    /** The most features a model may have. */
    public static final int MAX_FEATURES = 2_000;

    private final LogisticRegressionConfig config;

    private LogisticRegression(LogisticRegressionConfig config) {
        this.config = config;
    }

    /** A trainer with {@link LogisticRegressionConfig#ofDefaults()}. */
    public static LogisticRegression ofDefaults() {
        return new LogisticRegression(LogisticRegressionConfig.ofDefaults());
    }

    /** A trainer with {@code config}. */
    public static LogisticRegression with(LogisticRegressionConfig config) {
        return new LogisticRegression(Checks.nonNull(config, "config"));
    }

    public LogisticRegressionConfig config() {
        return config;
    }

    /**
     * Trains a model on every row of {@code training}.
     *
     * @throws IllegalArgumentException if the rows are all of one class, the encoding bins a column that is not a
     *                                  numeric column of {@code training} or crosses one it does not have, or the
     *                                  encoding gives more than {@link #MAX_FEATURES} features
     * @throws IllegalStateException    if the solver does not converge within the configured number of steps
     */
    @Override
    public LogisticModel train(Dataset training) {
        Checks.nonNull(training, "training");
        Checks.argument(training.positives() > 0 && training.negatives() > 0, "training needs positive and negative rows"
                + " but the " + training.size() + " rows have " + training.positives() + " positive for '"
                + training.target() + "'");
        for (Map.Entry<String, Integer> binned : config.encoding().columnBins().entrySet()) {
            ColumnType type = training.column(binned.getKey()).map(Column::type).orElseThrow(() -> new IllegalArgumentException(
                    "the encoding bins column '" + binned.getKey() + "' but the training data has no such column; columns: "
                            + training.columns().stream().map(Column::name).toList()));
            Checks.argument(type == ColumnType.NUMERIC, "the encoding bins column '" + binned.getKey()
                    + "' but it is categorical; only numeric columns can be binned");
        }
        for (List<String> cross : config.encoding().crosses()) {
            for (String column : cross) {
                Checks.argument(training.column(column).isPresent(), "the encoding crosses column '" + column
                        + "' but the training data has no such column; columns: "
                        + training.columns().stream().map(Column::name).toList());
            }
        }

        List<FeatureColumn> features = new ArrayList<>();
        for (Column column : training.columns()) {
            Dataset.Values values = training.values(column.name()).orElseThrow();
            if (values instanceof Dataset.Numbers numbers) {
                OptionalInt bins = config.encoding().binsFor(column.name());
                (bins.isPresent() ? QuantileBins.fit(column.name(), numbers.values(), bins.getAsInt())
                        .map(FeatureColumn.class::cast)
                        : StandardizedNumber.fit(column.name(), numbers.values()).map(FeatureColumn.class::cast))
                        .ifPresent(features::add);
            } else if (values instanceof Dataset.Categories categories) {
                OneHotCategory.fit(column.name(), categories).ifPresent(features::add);
            }
        }
        for (List<String> cross : config.encoding().crosses()) {
            CrossedCategories.fit(cross, training).ifPresent(features::add);
        }

        int width = features.stream().mapToInt(FeatureColumn::width).sum();
        if (width > MAX_FEATURES) {
            throw new IllegalArgumentException("the encoding gives " + width + " features, more than " + MAX_FEATURES + ": "
                    + features.stream().filter(f -> f.width() > 50).map(f -> f.column() + " has " + f.width()).toList()
                    + "; bin numbers or leave out columns with many distinct values");
        }

        // the design matrix, one row per training row, in compressed-row form
        int n = training.size();
        int[][] featureOf = new int[features.size()][];
        double[][] valueOf = new double[features.size()][];
        int[] offsets = new int[features.size()];
        for (int c = 1; c < features.size(); c++) {
            offsets[c] = offsets[c - 1] + features.get(c - 1).width();
        }
        for (int c = 0; c < features.size(); c++) {
            featureOf[c] = new int[n];
            valueOf[c] = new double[n];
            features.get(c).encode(training, featureOf[c], valueOf[c]);
        }
        int[] rowStart = new int[n + 1];
        int[] column = new int[n * features.size()];
        double[] value = new double[n * features.size()];
        int entries = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = entries;
            for (int c = 0; c < features.size(); c++) {
                if (featureOf[c][i] >= 0 && valueOf[c][i] != 0) {
                    column[entries] = offsets[c] + featureOf[c][i];
                    value[entries] = valueOf[c][i];
                    entries++;
                }
            }
        }
        rowStart[n] = entries;

        LogisticNewton.Fit fit = LogisticNewton.fit(width, rowStart, column, value, training.labels(), config.l2(),
                config.maxIterations(), config.tolerance());
        return new LogisticModel(training.target(), fit.intercept(), features, fit.coefficients());
    }

    @Override
    public String toString() {
        return "LogisticRegression[" + config + "]";
    }
}
