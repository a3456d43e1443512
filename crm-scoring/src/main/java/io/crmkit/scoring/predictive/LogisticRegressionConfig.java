package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

/**
 * Settings of {@link LogisticRegression}: the L2 penalty {@code l2 / 2 * sum(beta^2)} on the coefficients (never the
 * intercept) of the standardised features, the feature encoding and the Newton solver's limits.
 * <pre>{@code
 * LogisticRegressionConfig.custom().l2(10).encoding(EncodingConfig.custom().quantileBins(10).build()).build();
 * }</pre>
 * Immutable.
 */
public final class LogisticRegressionConfig {

    private static final LogisticRegressionConfig DEFAULTS =
            new LogisticRegressionConfig(1.0, EncodingConfig.ofDefaults(), 100, 1e-9);

    private final double l2;
    private final EncodingConfig encoding;
    private final int maxIterations;
    private final double tolerance;

    private LogisticRegressionConfig(double l2, EncodingConfig encoding, int maxIterations, double tolerance) {
        this.l2 = l2;
        this.encoding = encoding;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** L2 penalty 1, default encoding, at most 100 Newton steps, tolerance 1e-9. */
    public static LogisticRegressionConfig ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from {@code base}. */
    public static Builder from(LogisticRegressionConfig base) {
        return new Builder(Checks.nonNull(base, "base"));
    }

    public double l2() {
        return l2;
    }

    public EncodingConfig encoding() {
        return encoding;
    }

    public int maxIterations() {
        return maxIterations;
    }

    public double tolerance() {
        return tolerance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogisticRegressionConfig that && l2 == that.l2 && encoding.equals(that.encoding)
                && maxIterations == that.maxIterations && tolerance == that.tolerance;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(l2) * 31 * 31 * 31 + encoding.hashCode() * 31 * 31 + maxIterations * 31 + Double.hashCode(tolerance);
    }

    @Override
    public String toString() {
        return "LogisticRegressionConfig[l2=" + l2 + ", encoding=" + encoding + ", maxIterations=" + maxIterations
                + ", tolerance=" + tolerance + "]";
    }

    /** Builds a {@link LogisticRegressionConfig}; each setter rejects bad values at once. */
    public static final class Builder {
        private double l2;
        private EncodingConfig encoding;
        private int maxIterations;
        private double tolerance;

        private Builder(LogisticRegressionConfig base) {
            this.l2 = base.l2;
            this.encoding = base.encoding;
            this.maxIterations = base.maxIterations;
            this.tolerance = base.tolerance;
        }

        /**
         * The L2 penalty, {@code > 0}. It must be positive: one-hot features of a column sum to the intercept, so
         * without a penalty the coefficients are not unique.
         */
        public Builder l2(double l2) {
            Checks.argument(l2 > 0 && Double.isFinite(l2), "l2 must be a positive finite number (one-hot features "
                    + "are collinear with the intercept without a penalty) but was " + l2);
            this.l2 = l2;
            return this;
        }

        public Builder encoding(EncodingConfig encoding) {
            this.encoding = Checks.nonNull(encoding, "encoding");
            return this;
        }

        /** Newton steps before training fails, at least 1. */
        public Builder maxIterations(int maxIterations) {
            this.maxIterations = Checks.atLeast(maxIterations, 1, "maxIterations");
            return this;
        }

        /** Training stops when no coefficient moves by more than {@code tolerance * (1 + max |beta|)}; in (0, 0.1]. */
        public Builder tolerance(double tolerance) {
            Checks.argument(tolerance > 0 && tolerance <= 0.1, "tolerance must be in (0, 0.1] but was " + tolerance);
            this.tolerance = tolerance;
            return this;
        }

        public LogisticRegressionConfig build() {
            return new LogisticRegressionConfig(l2, encoding, maxIterations, tolerance);
        }
    }
}
