package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A numeric column as one feature per bin between cut points taken at training quantiles: bin 0 holds values below
 * the first cut point, bin {@code k} values in {@code [cut[k-1], cut[k])}, the last bin values from the last cut point
 * up. A missing value has no feature.
 */
record QuantileBins(String column, double[] cutPoints) implements FeatureColumn {

    QuantileBins {
        Checks.argument(cutPoints.length > 0, "column '" + column + "' needs at least one cut point");
        for (int k = 0; k < cutPoints.length; k++) {
            Checks.finite(cutPoints[k], "cut point " + k + " of '" + column + "'");
            Checks.argument(k == 0 || cutPoints[k] > cutPoints[k - 1], "cut points of '" + column
                    + "' must increase but were " + Arrays.toString(cutPoints));
        }
        cutPoints = cutPoints.clone();
    }

    /**
     * Fits up to {@code bins} bins at the quantiles of the non-missing values; equal quantiles merge. Empty if the
     * values do not vary.
     */
    static Optional<QuantileBins> fit(String column, double[] values, int bins) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        List<Double> cuts = new ArrayList<>();
        for (int k = 1; k < bins; k++) {
            double cut = sorted.length == 0 ? 0 : sorted[(int) ((long) k * n / bins)];
            if (n > 0 && cut > sorted[0] && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
                cuts.add(cut);
            }
        }
        if (cuts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuantileBins(column, cuts.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The bin of {@code x}: the number of cut points at or below it. */
    int bin(double x) {
        int k = Arrays.binarySearch(cutPoints, x);
        return k >= 0 ? k + 1 : -k - 1;
    }

    @Override
    public double[] cutPoints() {
        return cutPoints.clone();
    }

    @Override
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        names.add(column + "<" + Checks.number(cutPoints[0]));
        for (int k = 1; k < cutPoints.length; k++) {
            names.add(column + "[" + Checks.number(cutPoints[k - 1]) + "," + Checks.number(cutPoints[k]) + ")");
        }
        names.add(column + ">=" + Checks.number(cutPoints[cutPoints.length - 1]));
        return List.copyOf(names);
    }

    @Override
    public int width() {
        return cutPoints.length + 1;
    }

    @Override
    public void encode(Dataset data, int[] feature, double[] value) {
        if (data.values(column).orElse(null) instanceof Dataset.Numbers numbers) {
            double[] x = numbers.values();
            for (int i = 0; i < x.length; i++) {
                feature[i] = Double.isNaN(x[i]) ? -1 : bin(x[i]);
                value[i] = 1;
            }
        } else {
            for (int i = 0; i < feature.length; i++) {
                OptionalDouble x = data.row(i).number(column);
                feature[i] = x.isPresent() ? bin(x.getAsDouble()) : -1;
                value[i] = 1;
            }
        }
    }

    @Override
    public double term(Row row, double[] coefficients, int offset) {
        OptionalDouble x = row.number(column);
        return x.isPresent() ? 1 * coefficients[offset + bin(x.getAsDouble())] : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantileBins that && column.equals(that.column) && Arrays.equals(cutPoints, that.cutPoints);
    }

    @Override
    public int hashCode() {
        return 31 * column.hashCode() + Arrays.hashCode(cutPoints);
    }

    @Override
    public String toString() {
        return "QuantileBins[column=" + column + ", cutPoints=" + Arrays.toString(cutPoints) + "]";
    }
}
