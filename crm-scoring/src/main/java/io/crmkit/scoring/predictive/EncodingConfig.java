package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How input columns become features. Categorical columns are always one-hot encoded (one feature per category seen
 * in training; a category not seen in training gets no feature). Numeric columns are standardised with the mean and
 * standard deviation of the training rows (a column that does not vary is ignored), unless they are set to be
 * binned at training quantiles (one-hot per bin), which lets the model learn effects that are not straight lines.
 * Crosses of columns add one feature per combination of their values seen in training (e.g. month and day: the date
 * of the call), which lets the model learn effects of combinations.
 * <pre>{@code
 * EncodingConfig.custom()
 *         .quantileBins(10)                 // every number in deciles
 *         .quantileBins("pdays", 4)         // except pdays, in quartiles
 *         .cross("month", "day")            // and a feature per calendar day
 *         .build();
 * }</pre>
 * Immutable.
 */
public final class EncodingConfig {

    private static final EncodingConfig DEFAULTS = new EncodingConfig(0, Map.of(), List.of());

    private final int allNumericBins;
    private final Map<String, Integer> columnBins;
    private final List<List<String>> crosses;

    private EncodingConfig(int allNumericBins, Map<String, Integer> columnBins, List<List<String>> crosses) {
        this.allNumericBins = allNumericBins;
        this.columnBins = columnBins;
        this.crosses = crosses;
    }

    /** Standardise every numeric column, one-hot every categorical one, bin nothing. */
    public static EncodingConfig ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from {@code base}. */
    public static Builder from(EncodingConfig base) {
        return new Builder(Checks.nonNull(base, "base"));
    }

    /** The number of quantile bins for the numeric column {@code column}, or empty to standardise it. */
    public OptionalInt binsFor(String column) {
        Integer bins = columnBins.get(column);
        if (bins != null) {
            return OptionalInt.of(bins);
        }
        return allNumericBins > 0 ? OptionalInt.of(allNumericBins) : OptionalInt.empty();
    }

    /** The columns binned by name (each must be a numeric column of the training data). */
    public Map<String, Integer> columnBins() {
        return columnBins;
    }

    /** The number of bins for every numeric column not named in {@link #columnBins()}, or 0 to standardise them. */
    public int allNumericBins() {
        return allNumericBins;
    }

    /** The crosses of columns, each two or more column names, in the order they were added. */
    public List<List<String>> crosses() {
        return crosses;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodingConfig that && allNumericBins == that.allNumericBins
                && columnBins.equals(that.columnBins) && crosses.equals(that.crosses);
    }

    @Override
    public int hashCode() {
        return (31 * allNumericBins + columnBins.hashCode()) * 31 + crosses.hashCode();
    }

    @Override
    public String toString() {
        return "EncodingConfig[allNumericBins=" + allNumericBins + ", columnBins=" + columnBins + ", crosses=" + crosses + "]";
    }

    /** Builds an {@link EncodingConfig}; each setter rejects bad values at once. */
    public static final class Builder {
        private static final int MAX_BINS = 1000;

        private int allNumericBins;
        private final Map<String, Integer> columnBins;
        private final List<List<String>> crosses;

        private Builder(EncodingConfig base) {
            this.allNumericBins = base.allNumericBins;
            this.columnBins = new LinkedHashMap<>(base.columnBins);
            this.crosses = new ArrayList<>(base.crosses);
        }

        /** Bins every numeric column into {@code bins} quantile bins (2..1000). */
        public Builder quantileBins(int bins) {
            this.allNumericBins = checkBins(bins, "bins");
            return this;
        }

        /** Bins the numeric column {@code column} into {@code bins} quantile bins (2..1000), whatever the others do. */
        public Builder quantileBins(String column, int bins) {
            Checks.nonBlank(column, "column");
            checkBins(bins, "bins of '" + column + "'");
            Integer before = columnBins.putIfAbsent(column, bins);
            Checks.argument(before == null || before == bins, "column '" + column + "' is already set to "
                    + before + " bins; cannot also set " + bins);
            return this;
        }

        /**
         * Adds a feature per combination of the values of {@code first}, {@code second} and {@code more} seen in
         * training; the columns keep their own features too.
         */
        public Builder cross(String first, String second, String... more) {
            List<String> columns = new ArrayList<>();
            columns.add(Checks.nonBlank(first, "first"));
            columns.add(Checks.nonBlank(second, "second"));
            for (String column : Checks.nonNull(more, "more")) {
                columns.add(Checks.nonBlank(column, "column"));
            }
            Checks.argument(new HashSet<>(columns).size() == columns.size(), "a cross needs distinct columns but had " + columns);
            Checks.argument(!crosses.contains(columns), "the cross " + columns + " is already set");
            crosses.add(List.copyOf(columns));
            return this;
        }

        /** Removes every cross. */
        public Builder noCrosses() {
            crosses.clear();
            return this;
        }

        /** Standardises every numeric column again: no binning at all. */
        public Builder noBinning() {
            allNumericBins = 0;
            columnBins.clear();
            return this;
        }

        public EncodingConfig build() {
            return new EncodingConfig(allNumericBins, Collections.unmodifiableMap(new LinkedHashMap<>(columnBins)),
                    List.copyOf(crosses));
        }

        private static int checkBins(int bins, String field) {
            Checks.argument(bins >= 2 && bins <= MAX_BINS, field + " must be in [2, " + MAX_BINS + "] but was " + bins);
            return bins;
        }
    }
}
