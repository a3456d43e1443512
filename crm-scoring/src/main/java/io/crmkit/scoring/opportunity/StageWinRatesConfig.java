package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.internal.Checks;

/**
 * Settings of {@link StageWinRates}: how many closed deals a level needs before its rate is used, and how strongly a
 * level's rate is pulled towards the next coarser one.
 * <pre>{@code
 * StageWinRatesConfig.custom().minimumClosed(50).smoothing(4).build();
 * }</pre>
 * Immutable.
 */
public final class StageWinRatesConfig {

    private static final StageWinRatesConfig DEFAULTS = new StageWinRatesConfig(30, 2.0);

    private final int minimumClosed;
    private final double smoothing;

    private StageWinRatesConfig(int minimumClosed, double smoothing) {
        this.minimumClosed = minimumClosed;
        this.smoothing = smoothing;
    }

    /** A level needs 30 closed deals; smoothing of 2 pseudo-deals (Laplace's rule when the prior is 50%). */
    public static StageWinRatesConfig ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from {@code base}. */
    public static Builder from(StageWinRatesConfig base) {
        return new Builder(Checks.nonNull(base, "base"));
    }

    /** The closed deals a level needs for its rate to be used; with fewer, the next coarser level is used. */
    public int minimumClosed() {
        return minimumClosed;
    }

    /**
     * The pseudo-count {@code m} of the smoothing: a level's rate is {@code (won + m * prior) / (closed + m)}, the
     * prior being the next coarser level's rate. With {@code m = 2} and a prior of 50% this is Laplace's rule of
     * succession {@code (won + 1) / (closed + 2)}; 0 means raw shares.
     */
    public double smoothing() {
        return smoothing;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageWinRatesConfig that && minimumClosed == that.minimumClosed && smoothing == that.smoothing;
    }

    @Override
    public int hashCode() {
        return 31 * minimumClosed + Double.hashCode(smoothing);
    }

    @Override
    public String toString() {
        return "StageWinRatesConfig[minimumClosed=" + minimumClosed + ", smoothing=" + smoothing + "]";
    }

    /** Builds a {@link StageWinRatesConfig}; each setter rejects bad values at once. */
    public static final class Builder {
        private int minimumClosed;
        private double smoothing;

        private Builder(StageWinRatesConfig base) {
            this.minimumClosed = base.minimumClosed;
            this.smoothing = base.smoothing;
        }

        /** Closed deals a level needs, at least 1. */
        public Builder minimumClosed(int minimumClosed) {
            Checks.argument(minimumClosed >= 1, "minimumClosed must be at least 1 but was " + minimumClosed);
            this.minimumClosed = minimumClosed;
            return this;
        }

        /** The smoothing pseudo-count, a finite number {@code >= 0}. */
        public Builder smoothing(double smoothing) {
            Checks.argument(smoothing >= 0 && Double.isFinite(smoothing), "smoothing must be a finite number >= 0 but was " + smoothing);
            this.smoothing = smoothing;
            return this;
        }

        public StageWinRatesConfig build() {
            return new StageWinRatesConfig(minimumClosed, smoothing);
        }
    }
}
