package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Holt-Winters exponential smoothing with a linear trend and additive or multiplicative seasonality.
 * <p>
 * Initial state from the first two seasons: the trend is the difference of the two seasons' means over the season
 * length, the level the line through the first season's mean with that slope, and each seasonal index the mean of its
 * two deviations from (additive) or ratios to (multiplicative) that line. Then, for each period, with forecast f = l + b + s (additive) or (l + b) s
 * (multiplicative):
 * <pre>
 *   l' = α (y - s) + (1 - α)(l + b)        or  α y / s + (1 - α)(l + b)
 *   b' = β (l' - l) + (1 - β) b
 *   s' = γ (y - l') + (1 - γ) s            or  γ y / l' + (1 - γ) s
 * </pre>
 * α, β and γ minimise the sum of squared one-step errors after the first season (Commons Math Nelder-Mead on their logits, so each stays in (0,1)).
 * Intervals use the additive model's variance, σ² (1 + Σ over j &lt; h of (α (1 + j β) + γ [j mod m = 0])²) with σ the
 * one-step errors' standard deviation (Hyndman et al. 2008, class 1); for multiplicative seasonality this is an
 * approximation.
 *
 * @param season         the number of periods in a season, at least 2
 * @param multiplicative true for multiplicative seasonality (every value must then be positive)
 */
public record HoltWinters(int season, boolean multiplicative) implements ForecastMethod {

    public HoltWinters {
        Checks.atLeast(season, 2, "season");
    }

    /** Additive seasonality. */
    public static HoltWinters additive(int season) {
        return new HoltWinters(season, false);
    }

    /** Multiplicative seasonality. */
    public static HoltWinters multiplicative(int season) {
        return new HoltWinters(season, true);
    }

    @Override
    public String name() {
        return multiplicative ? "Holt-Winters multiplicative" : "Holt-Winters additive";
    }

    @Override
    public int minimumHistory() {
        return 2 * season + 1;
    }

    /**
     * The fitted smoothing parameters and final state.
     *
     * @param alpha    level smoothing
     * @param beta     trend smoothing
     * @param gamma    seasonal smoothing
     * @param sse      sum of squared one-step errors after the first season
     * @param errors   how many one-step errors
     */
    public record Fit(double alpha, double beta, double gamma, double sse, int errors) {
    }

    /** The smoothing parameters that minimise the one-step squared errors on {@code history}. */
    public Fit fit(double[] history) {
        ForecastMethod.check(this, history, 1);
        if (multiplicative) {
            for (int i = 0; i < history.length; i++) {
                if (!(history[i] > 0)) {
                    throw new IllegalArgumentException("multiplicative seasonality needs positive values but history[" + i
                            + "] was " + history[i]);
                }
            }
        }
        double[] best = {0.3, 0.1, 0.1};
        double[] bestValue = {run(history, best[0], best[1], best[2], 0, null)};
        ObjectiveFunction sse = new ObjectiveFunction(u -> {
            double[] p = {logistic(u[0]), logistic(u[1]), logistic(u[2])};
            double v = run(history, p[0], p[1], p[2], 0, null);
            if (!Double.isFinite(v)) {
                return Double.MAX_VALUE;
            }
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(p, 0, best, 0, 3);
            }
            return v;
        });
        for (double[] start : new double[][]{{0.3, 0.1, 0.1}, {0.7, 0.05, 0.3}}) {
            try {
                new SimplexOptimizer(new SimpleValueChecker(1e-10, 1e-12)).optimize(new MaxEval(2000), sse, GoalType.MINIMIZE,
                        new InitialGuess(new double[]{logit(start[0]), logit(start[1]), logit(start[2])}),
                        new NelderMeadSimplex(3, 1.0));
            } catch (TooManyEvaluationsException e) {
                // the best point seen is kept
            }
        }
        double[] p = best;
        return new Fit(p[0], p[1], p[2], bestValue[0], history.length - season);
    }

    private static double logistic(double u) {
        return 1 / (1 + Math.exp(-u));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }


    @Override
    public SeriesForecast forecast(double[] history, int horizon, double level) {
        ForecastMethod.check(this, history, horizon);
        double z = ForecastMethod.z(level);
        Fit fit = fit(history);
        double[] point = new double[horizon];
        run(history, fit.alpha(), fit.beta(), fit.gamma(), horizon, point);
        double sigma = Math.sqrt(fit.sse() / fit.errors());
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        double sum = 0;
        for (int h = 1; h <= horizon; h++) {
            if (h > 1) {
                int j = h - 1;
                double c = fit.alpha() * (1 + j * fit.beta()) + (j % season == 0 ? fit.gamma() : 0);
                sum += c * c;
            }
            double half = z * sigma * Math.sqrt(1 + sum);
            lower[h - 1] = point[h - 1] - half;
            upper[h - 1] = point[h - 1] + half;
        }
        return new SeriesForecast(name(), point, lower, upper, level);
    }

    /** Runs the recursions; returns the SSE after the first season and writes {@code horizon} forecasts into {@code out}. */
    private double run(double[] y, double alpha, double beta, double gamma, int horizon, double[] out) {
        int m = season;
        double first = 0;
        double second = 0;
        for (int i = 0; i < m; i++) {
            first += y[i] / m;
            second += y[m + i] / m;
        }
        double trend = (second - first) / m;
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            // the trend line through the first season's mean, at periods i and m + i
            double at = first + trend * (i - (m - 1) / 2.0);
            double later = at + trend * m;
            s[i] = multiplicative ? (y[i] / at + y[m + i] / later) / 2 : (y[i] - at + y[m + i] - later) / 2;
        }
        double level = first - trend * (m + 1) / 2.0;
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double seasonal = s[t % m];
            double f = multiplicative ? (level + trend) * seasonal : level + trend + seasonal;
            if (t >= m) {
                sse += (y[t] - f) * (y[t] - f);
            }
            double newLevel = multiplicative ? alpha * y[t] / seasonal + (1 - alpha) * (level + trend)
                    : alpha * (y[t] - seasonal) + (1 - alpha) * (level + trend);
            trend = beta * (newLevel - level) + (1 - beta) * trend;
            s[t % m] = multiplicative ? gamma * y[t] / newLevel + (1 - gamma) * seasonal
                    : gamma * (y[t] - newLevel) + (1 - gamma) * seasonal;
            level = newLevel;
        }
        for (int h = 1; h <= horizon; h++) {
            double seasonal = s[(y.length + h - 1) % m];
            out[h - 1] = multiplicative ? (level + h * trend) * seasonal : level + h * trend + seasonal;
        }
        return sse;
    }
}
