package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

/**
 * The seasonal naive forecast: each period is forecast to repeat the same period of the last season. The baseline a
 * forecasting method has to beat. Intervals assume the seasonal differences are independent and normal: the standard
 * deviation of the one-season differences times sqrt(k + 1) for a period k full seasons further out.
 *
 * @param season the number of periods in a season, at least 1 (1: the last value repeated)
 */
public record SeasonalNaive(int season) implements ForecastMethod {

    public SeasonalNaive {
        Checks.atLeast(season, 1, "season");
    }

    @Override
    public String name() {
        return "seasonal naive";
    }

    @Override
    public int minimumHistory() {
        return season + 1;
    }

    @Override
    public SeriesForecast forecast(double[] history, int horizon, double level) {
        ForecastMethod.check(this, history, horizon);
        int n = history.length;
        double sum = 0;
        for (int t = season; t < n; t++) {
            double d = history[t] - history[t - season];
            sum += d * d;
        }
        double sigma = Math.sqrt(sum / (n - season));
        double z = ForecastMethod.z(level);
        double[] point = new double[horizon];
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            int k = (h - 1) / season;
            point[h - 1] = history[n - season + (h - 1) % season];
            double half = z * sigma * Math.sqrt(k + 1);
            lower[h - 1] = point[h - 1] - half;
            upper[h - 1] = point[h - 1] + half;
        }
        return new SeriesForecast(name(), point, lower, upper, level);
    }
}
