package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.List;
import java.util.Locale;

/**
 * Predicted against observed: the rows sorted by predicted probability and cut into bins of (nearly) equal size
 * (deciles by default), each with its mean predicted probability and its observed positive rate. A calibrated model
 * has the two close in every bin.
 *
 * @param bins from the lowest predictions to the highest
 */
public record CalibrationTable(List<Bin> bins) {

    public CalibrationTable {
        bins = List.copyOf(Checks.nonNull(bins, "bins"));
        Checks.argument(!bins.isEmpty(), "a calibration table needs at least one bin");
    }

    /**
     * One bin of rows.
     *
     * @param index         0 for the lowest predictions
     * @param rows          rows in the bin
     * @param positives     positive rows in the bin
     * @param meanPredicted mean predicted probability
     * @param minPredicted  lowest predicted probability
     * @param maxPredicted  highest predicted probability
     */
    public record Bin(int index, int rows, int positives, double meanPredicted, double minPredicted, double maxPredicted) {

        public Bin {
            Checks.argument(rows > 0, "bin " + index + " must have rows but had " + rows);
            Checks.argument(positives >= 0 && positives <= rows, "bin " + index + " has " + positives + " positives of " + rows + " rows");
            Checks.argument(minPredicted <= maxPredicted && meanPredicted >= minPredicted - 1e-12 && meanPredicted <= maxPredicted + 1e-12,
                    "bin " + index + " mean " + meanPredicted + " must be within [" + minPredicted + ", " + maxPredicted + "]");
        }

        /** The observed positive rate. */
        public double observedRate() {
            return (double) positives / rows;
        }
    }

    /** Row-weighted mean of {@code |meanPredicted - observedRate|} over the bins (expected calibration error). */
    public double expectedCalibrationError() {
        long rows = 0;
        double sum = 0;
        for (Bin bin : bins) {
            rows += bin.rows();
            sum += bin.rows() * Math.abs(bin.meanPredicted() - bin.observedRate());
        }
        return sum / rows;
    }

    /** The table as aligned text, one line per bin. */
    public String format() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%4s %8s %10s %10s%n", "bin", "rows", "predicted", "observed"));
        for (Bin bin : bins) {
            text.append(String.format(Locale.ROOT, "%4d %8d %10.4f %10.4f%n", bin.index() + 1, bin.rows(),
                    bin.meanPredicted(), bin.observedRate()));
        }
        return text.toString();
    }
}
