package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.internal.Checks;

/**
 * Settings of {@link WinProbabilityModel}: which views of the closed deals it learns from, how many quantile bins
 * its numbers are cut into, and the L2 penalty of the logistic regression.
 * <pre>{@code
 * WinProbabilityConfig.custom().snapshots(SnapshotPolicy.atLandmarks(0, 30, 90)).amountBands(4).build();
 * }</pre>
 * Immutable.
 */
public final class WinProbabilityConfig {

    private static final WinProbabilityConfig DEFAULTS = new WinProbabilityConfig(SnapshotPolicy.ofDefaults(), 5, 5, 5, 1.0);

    private final SnapshotPolicy snapshots;
    private final int amountBands;
    private final int daysInStageBins;
    private final int activityRecencyBins;
    private final double l2;

    private WinProbabilityConfig(SnapshotPolicy snapshots, int amountBands, int daysInStageBins, int activityRecencyBins,
                                 double l2) {
        this.snapshots = snapshots;
        this.amountBands = amountBands;
        this.daysInStageBins = daysInStageBins;
        this.activityRecencyBins = activityRecencyBins;
        this.l2 = l2;
    }

    /** Landmark snapshots ({@link SnapshotPolicy#ofDefaults()}), 5 bins for each number, L2 penalty 1. */
    public static WinProbabilityConfig ofDefaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from {@code base}. */
    public static Builder from(WinProbabilityConfig base) {
        return new Builder(Checks.nonNull(base, "base"));
    }

    /** Which views of each closed deal the model learns from. */
    public SnapshotPolicy snapshots() {
        return snapshots;
    }

    /** Quantile bins of the amount (amount bands). */
    public int amountBands() {
        return amountBands;
    }

    /** Quantile bins of the days in stage. */
    public int daysInStageBins() {
        return daysInStageBins;
    }

    /** Quantile bins of the days since the last activity. */
    public int activityRecencyBins() {
        return activityRecencyBins;
    }

    /** The L2 penalty of the logistic regression. */
    public double l2() {
        return l2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WinProbabilityConfig that && snapshots.equals(that.snapshots) && amountBands == that.amountBands
                && daysInStageBins == that.daysInStageBins && activityRecencyBins == that.activityRecencyBins && l2 == that.l2;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(snapshots, amountBands, daysInStageBins, activityRecencyBins, l2);
    }

    @Override
    public String toString() {
        return "WinProbabilityConfig[snapshots=" + snapshots.describe() + ", amountBands=" + amountBands + ", daysInStageBins="
                + daysInStageBins + ", activityRecencyBins=" + activityRecencyBins + ", l2=" + l2 + "]";
    }

    /** Builds a {@link WinProbabilityConfig}; each setter rejects bad values at once. */
    public static final class Builder {
        private SnapshotPolicy snapshots;
        private int amountBands;
        private int daysInStageBins;
        private int activityRecencyBins;
        private double l2;

        private Builder(WinProbabilityConfig base) {
            this.snapshots = base.snapshots;
            this.amountBands = base.amountBands;
            this.daysInStageBins = base.daysInStageBins;
            this.activityRecencyBins = base.activityRecencyBins;
            this.l2 = base.l2;
        }

        public Builder snapshots(SnapshotPolicy snapshots) {
            this.snapshots = Checks.nonNull(snapshots, "snapshots");
            return this;
        }

        /** Quantile bins of the amount, 2..100. */
        public Builder amountBands(int bins) {
            this.amountBands = bins(bins, "amountBands");
            return this;
        }

        /** Quantile bins of the days in stage, 2..100. */
        public Builder daysInStageBins(int bins) {
            this.daysInStageBins = bins(bins, "daysInStageBins");
            return this;
        }

        /** Quantile bins of the days since the last activity, 2..100. */
        public Builder activityRecencyBins(int bins) {
            this.activityRecencyBins = bins(bins, "activityRecencyBins");
            return this;
        }

        /** The L2 penalty, a positive finite number. */
        public Builder l2(double l2) {
            Checks.argument(l2 > 0 && Double.isFinite(l2), "l2 must be a positive finite number but was " + l2);
            this.l2 = l2;
            return this;
        }

        public WinProbabilityConfig build() {
            return new WinProbabilityConfig(snapshots, amountBands, daysInStageBins, activityRecencyBins, l2);
        }

        private static int bins(int bins, String field) {
            Checks.argument(bins >= 2 && bins <= 100, field + " must be in [2, 100] but was " + bins);
            return bins;
        }
    }
}
