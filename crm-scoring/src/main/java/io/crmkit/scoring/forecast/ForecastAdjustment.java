package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

/**
 * A manager's judgement on top of the deals: adds {@code delta} to one call of the forecast of {@code node} (the
 * manager's own team), and so to every level above it.
 *
 * @param node  the manager (or owner) whose forecast is adjusted
 * @param call  the call that is adjusted
 * @param delta the amount added, negative to lower it
 */
public record ForecastAdjustment(String node, Call call, double delta) {

    /** The adjustable calls. */
    public enum Call { COMMIT, MOST_LIKELY, BEST_CASE }

    public ForecastAdjustment {
        Checks.nonBlank(node, "node");
        Checks.nonNull(call, "call");
        Checks.finite(delta, "delta");
    }
}
