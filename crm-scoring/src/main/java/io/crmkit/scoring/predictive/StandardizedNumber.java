package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A numeric column as one feature, {@code (x - mean) / sd}; a missing value counts as the mean (0). */
record StandardizedNumber(String column, double mean, double sd) implements FeatureColumn {

    StandardizedNumber {
        Checks.finite(mean, "mean of '" + column + "'");
        Checks.positive(sd, "standard deviation of '" + column + "'");
    }

    /** Fits mean and (population) standard deviation on the non-missing values; empty if they do not vary. */
    static Optional<StandardizedNumber> fit(String column, double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(squares / n);
        return sd > 0 && Double.isFinite(sd) ? Optional.of(new StandardizedNumber(column, mean, sd)) : Optional.empty();
    }

    @Override
    public List<String> featureNames() {
        return List.of(column);
    }

    @Override
    public void encode(Dataset data, int[] feature, double[] value) {
        if (data.values(column).orElse(null) instanceof Dataset.Numbers numbers) {
            double[] x = numbers.values();
            for (int i = 0; i < x.length; i++) {
                feature[i] = Double.isNaN(x[i]) ? -1 : 0;
                value[i] = Double.isNaN(x[i]) ? 0 : (x[i] - mean) / sd;
            }
        } else {
            for (int i = 0; i < feature.length; i++) {
                OptionalDouble x = data.row(i).number(column);
                feature[i] = x.isPresent() ? 0 : -1;
                value[i] = x.isPresent() ? (x.getAsDouble() - mean) / sd : 0;
            }
        }
    }

    @Override
    public double term(Row row, double[] coefficients, int offset) {
        OptionalDouble x = row.number(column);
        return x.isPresent() ? (x.getAsDouble() - mean) / sd * coefficients[offset] : 0;
    }
}
