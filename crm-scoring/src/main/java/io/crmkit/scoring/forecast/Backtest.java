package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rolling-origin evaluation: each method is fitted on the first o periods and forecasts the next {@code horizon}, for
 * every origin o from {@code firstOrigin} to n - horizon; the errors over all origins give its MAPE and sMAPE. The
 * method with the lowest sMAPE among the candidates is chosen and compared with the seasonal-naive baseline.
 *
 * @param scores   one per method, candidates first, the baseline last
 * @param chosen   the candidate with the lowest sMAPE
 * @param baseline the seasonal-naive baseline's score
 * @param forecast the chosen method's forecast from the whole series
 */
public record Backtest(List<Score> scores, Score chosen, Score baseline, SeriesForecast forecast) {

    /**
     * How one method did.
     *
     * @param method  the method's name
     * @param mape    mean absolute percentage error, in percent, over the periods whose actual value is not 0
     *                (empty if there were none)
     * @param smape   symmetric MAPE, in percent: mean of 200 |error| / (|actual| + |forecast|)
     * @param points  the number of forecast periods evaluated
     */
    public record Score(String method, Optional<Double> mape, double smape, int points) {
    }

    public Backtest {
        scores = List.copyOf(scores);
    }

    /** True if the chosen method's sMAPE is below the baseline's. */
    public boolean beatsBaseline() {
        return chosen.smape() < baseline.smape();
    }

    /**
     * Backtests Holt-Winters (additive, and multiplicative if every value is positive) and the linear trend against
     * the seasonal naive forecast, chooses the best, and forecasts {@code horizon} periods from the whole series.
     */
    public static Backtest run(double[] series, int season, int firstOrigin, int horizon, double level) {
        return run(series, season, firstOrigin, horizon, horizon, level);
    }

    /** As {@link #run(double[], int, int, int, double)}, testing {@code horizon} periods ahead and forecasting {@code forecastHorizon}. */
    public static Backtest run(double[] series, int season, int firstOrigin, int horizon, int forecastHorizon, double level) {
        Checks.nonNull(series, "series");
        List<ForecastMethod> candidates = new ArrayList<>(List.of(HoltWinters.additive(season), new LinearTrend()));
        boolean positive = java.util.Arrays.stream(series).allMatch(v -> v > 0);
        if (positive) {
            candidates.add(1, HoltWinters.multiplicative(season));
        }
        return run(series, candidates, new SeasonalNaive(season), firstOrigin, horizon, forecastHorizon, level);
    }

    /** Backtests {@code candidates} against {@code baseline} and forecasts {@code forecastHorizon} periods with the best. */
    public static Backtest run(double[] series, List<ForecastMethod> candidates, ForecastMethod baseline, int firstOrigin,
                               int horizon, int forecastHorizon, double level) {
        Checks.nonNull(series, "series");
        Checks.nonNull(candidates, "candidates");
        Checks.argument(!candidates.isEmpty(), "candidates must not be empty");
        Checks.nonNull(baseline, "baseline");
        Checks.atLeast(horizon, 1, "horizon");
        Checks.atLeast(forecastHorizon, 1, "forecastHorizon");
        int needed = Math.max(baseline.minimumHistory(), candidates.stream().mapToInt(ForecastMethod::minimumHistory).max().orElse(1));
        Checks.argument(firstOrigin >= needed, "firstOrigin must be at least " + needed
                + " (the longest history a method needs) but was " + firstOrigin);
        Checks.argument(firstOrigin + horizon <= series.length, "a series of " + series.length
                + " periods leaves nothing to test after firstOrigin " + firstOrigin + " and horizon " + horizon);
        List<Score> scores = new ArrayList<>();
        for (ForecastMethod m : candidates) {
            scores.add(score(series, m, firstOrigin, horizon));
        }
        Score base = score(series, baseline, firstOrigin, horizon);
        Score best = scores.stream().min(Comparator.comparingDouble(Score::smape)).orElseThrow();
        ForecastMethod chosen = candidates.get(scores.indexOf(best));
        scores.add(base);
        return new Backtest(scores, best, base, chosen.forecast(series, forecastHorizon, level));
    }

    private static Score score(double[] series, ForecastMethod method, int firstOrigin, int horizon) {
        double ape = 0;
        int apePoints = 0;
        double sape = 0;
        int points = 0;
        for (int origin = firstOrigin; origin + horizon <= series.length; origin++) {
            double[] history = java.util.Arrays.copyOf(series, origin);
            double[] f = method.forecast(history, horizon, 0.8).point();
            for (int h = 0; h < horizon; h++) {
                double actual = series[origin + h];
                double e = Math.abs(actual - f[h]);
                if (actual != 0) {
                    ape += 100 * e / Math.abs(actual);
                    apePoints++;
                }
                double denominator = Math.abs(actual) + Math.abs(f[h]);
                sape += denominator == 0 ? 0 : 200 * e / denominator;
                points++;
            }
        }
        return new Score(method.name(), apePoints == 0 ? Optional.empty() : Optional.of(ape / apePoints), sape / points, points);
    }
}
