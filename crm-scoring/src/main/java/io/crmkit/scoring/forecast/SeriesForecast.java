package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

/**
 * Point forecasts of the next periods of a series with a prediction interval around each.
 *
 * @param method the method that made it
 * @param point  the point forecast of each period ahead (index 0 is one period ahead)
 * @param lower  the lower bound of the interval of each period
 * @param upper  the upper bound of the interval of each period
 * @param level  the interval's nominal coverage, in (0,1)
 */
public record SeriesForecast(String method, double[] point, double[] lower, double[] upper, double level) {

    public SeriesForecast {
        Checks.nonBlank(method, "method");
        point = point.clone();
        lower = lower.clone();
        upper = upper.clone();
        Checks.argument(point.length == lower.length && point.length == upper.length,
                "point, lower and upper must have the same length but had " + point.length + ", " + lower.length + ", " + upper.length);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0,1) but was " + level);
        }
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** The number of periods forecast. */
    public int horizon() {
        return point.length;
    }
}
