package io.crmkit.scoring.customerbase;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.function.ToDoubleFunction;

/**
 * Maximises a log-likelihood over the logs of positive parameters with Commons Math's Nelder-Mead simplex: from several
 * starting points, then restarted from the best point found until a restart no longer improves it (a simplex can
 * stall before the maximum). An evaluation that is not finite counts as the worst possible.
 */
final class MaximumLikelihood {

    /** The best point: parameters (not their logs), its log-likelihood, and how the search ended. */
    record Outcome(double[] parameters, double logLikelihood, FitStatus status, int evaluations) {
    }

    private static final double WORST = 1e300;
    private static final int RESTARTS = 20;

    private MaximumLikelihood() {
    }

    static Outcome maximise(ToDoubleFunction<double[]> logLikelihood, double[][] logStarts, int maxEvaluations) {
        int[] evaluations = {0};
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        FitStatus status = FitStatus.CONVERGED;
        ObjectiveFunction objective = new ObjectiveFunction(logPoint -> {
            evaluations[0]++;
            double[] p = new double[logPoint.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.exp(logPoint[i]);
                if (!(p[i] > 0) || Double.isInfinite(p[i])) {
                    return WORST;
                }
            }
            double ll = logLikelihood.applyAsDouble(p);
            return Double.isFinite(ll) ? -ll : WORST;
        });
        for (double[] start : logStarts) {
            Run run = run(objective, start, 1.0, maxEvaluations - evaluations[0]);
            if (run.value < bestValue) {
                best = run.point;
                bestValue = run.value;
            }
            if (evaluations[0] >= maxEvaluations) {
                status = FitStatus.NOT_CONVERGED;
                break;
            }
        }
        for (int i = 0; i < RESTARTS && status == FitStatus.CONVERGED; i++) {
            Run run = run(objective, best, 0.1, maxEvaluations - evaluations[0]);
            if (!run.converged) {
                status = FitStatus.NOT_CONVERGED;
            }
            boolean improved = run.value < bestValue - 1e-9;
            if (run.value < bestValue) {
                best = run.point;
                bestValue = run.value;
            }
            if (!improved) {
                break;
            }
            if (i == RESTARTS - 1) {
                status = FitStatus.NOT_CONVERGED;
            }
        }
        if (best == null || bestValue >= WORST) {
            best = logStarts[0];
            status = FitStatus.NOT_CONVERGED;
        }
        double[] parameters = new double[best.length];
        for (int i = 0; i < best.length; i++) {
            parameters[i] = Math.exp(best[i]);
        }
        return new Outcome(parameters, -bestValue, status, evaluations[0]);
    }

    private record Run(double[] point, double value, boolean converged) {
    }

    private static Run run(ObjectiveFunction objective, double[] start, double step, int evaluations) {
        if (evaluations <= start.length + 1) {
            return new Run(start, Double.POSITIVE_INFINITY, false);
        }
        double[] best = start.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        ObjectiveFunction tracked = new ObjectiveFunction(point -> {
            double v = objective.getObjectiveFunction().value(point);
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(point, 0, best, 0, point.length);
            }
            return v;
        });
        try {
            PointValuePair result = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-10)).optimize(
                    new MaxEval(evaluations), tracked, GoalType.MINIMIZE, new InitialGuess(start),
                    new NelderMeadSimplex(start.length, step));
            return new Run(result.getPoint(), result.getValue(), true);
        } catch (TooManyEvaluationsException e) {
            return new Run(best, bestValue[0], false);
        }
    }
}
