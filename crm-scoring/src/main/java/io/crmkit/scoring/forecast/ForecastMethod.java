package io.crmkit.scoring.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A way to forecast a series from its history. Implementations are immutable and thread-safe.
 */
public sealed interface ForecastMethod permits SeasonalNaive, LinearTrend, HoltWinters {

    /** The method's name: {@code "seasonal naive"}, {@code "linear trend"}, {@code "Holt-Winters additive"}, ... */
    String name();

    /** The shortest history the method can forecast from. */
    int minimumHistory();

    /**
     * Forecasts {@code horizon} periods after {@code history}, with prediction intervals of coverage {@code level}.
     *
     * @throws IllegalArgumentException if the history is shorter than {@link #minimumHistory()} or holds a value the
     *                                  method cannot use (not finite; not positive for multiplicative seasonality)
     */
    SeriesForecast forecast(double[] history, int horizon, double level);

    /** The normal quantile for a two-sided interval of coverage {@code level}. */
    static double z(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0,1) but was " + level);
        }
        return new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
    }

    /** Checks a history and a horizon. */
    static void check(ForecastMethod method, double[] history, int horizon) {
        if (history == null) {
            throw new NullPointerException("history must not be null");
        }
        if (history.length < method.minimumHistory()) {
            throw new IllegalArgumentException(method.name() + " needs at least " + method.minimumHistory()
                    + " periods of history but had " + history.length);
        }
        for (int i = 0; i < history.length; i++) {
            if (!Double.isFinite(history[i])) {
                throw new IllegalArgumentException("history[" + i + "] must be finite but was " + history[i]);
            }
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 but was " + horizon);
        }
    }
}
