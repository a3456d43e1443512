package io.crmkit.scoring.forecast;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A straight line fitted by least squares to the series against time (0, 1, 2, ...), extended. Intervals are the
 * regression's prediction intervals: s sqrt(1 + 1/n + (t - mean t)^2 / Sxx) times the t quantile with n - 2 degrees of
 * freedom.
 */
public record LinearTrend() implements ForecastMethod {

    @Override
    public String name() {
        return "linear trend";
    }

    @Override
    public int minimumHistory() {
        return 3;
    }

    @Override
    public SeriesForecast forecast(double[] history, int horizon, double level) {
        ForecastMethod.check(this, history, horizon);
        ForecastMethod.z(level);
        int n = history.length;
        double meanT = (n - 1) / 2.0;
        double meanY = 0;
        for (double y : history) {
            meanY += y / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < n; t++) {
            sxx += (t - meanT) * (t - meanT);
            sxy += (t - meanT) * (history[t] - meanY);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanT;
        double sse = 0;
        for (int t = 0; t < n; t++) {
            double e = history[t] - (intercept + slope * t);
            sse += e * e;
        }
        double s = Math.sqrt(sse / (n - 2));
        double q = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + level / 2);
        double[] point = new double[horizon];
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double t = n - 1 + h;
            point[h - 1] = intercept + slope * t;
            double half = q * s * Math.sqrt(1 + 1.0 / n + (t - meanT) * (t - meanT) / sxx);
            lower[h - 1] = point[h - 1] - half;
            upper[h - 1] = point[h - 1] + half;
        }
        return new SeriesForecast(name(), point, lower, upper, level);
    }
}
