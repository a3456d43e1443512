package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

/**
 * Sales velocity: how much revenue the pipeline produces per day,
 * open opportunities x win rate x average won deal / average sales cycle in days.
 *
 * @param opportunities    open opportunities
 * @param winRate          won / (won + lost), in [0,1]
 * @param averageWonAmount mean revenue of a won deal
 * @param averageCycleDays mean days from engagement to close, positive
 */
public record SalesVelocity(int opportunities, double winRate, double averageWonAmount, double averageCycleDays) {

    public SalesVelocity {
        Checks.atLeast(opportunities, 0, "opportunities");
        if (!(winRate >= 0 && winRate <= 1)) {
            throw new IllegalArgumentException("winRate must be in [0,1] but was " + winRate);
        }
        if (!(averageWonAmount >= 0) || Double.isInfinite(averageWonAmount)) {
            throw new IllegalArgumentException("averageWonAmount must be a finite number of at least 0 but was " + averageWonAmount);
        }
        Checks.positive(averageCycleDays, "averageCycleDays");
    }

    /** Revenue per day. */
    public double perDay() {
        return opportunities * winRate * averageWonAmount / averageCycleDays;
    }
}
