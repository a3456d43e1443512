package io.crmkit.scoring.customerbase;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/** Log-space helpers for the likelihoods: log-sum-exp, the Gauss hypergeometric series, Gauss-Legendre nodes. */
final class SpecialFunctions {

    private static final int NODES = 16;
    private static final double[] NODE = new double[NODES];
    private static final double[] WEIGHT = new double[NODES];
    private static final int MAX_TERMS = 5_000_000;

    static {
        GaussIntegrator legendre = new GaussIntegratorFactory().legendre(NODES, 0, 1);
        for (int i = 0; i < NODES; i++) {
            NODE[i] = legendre.getPoint(i);
            WEIGHT[i] = legendre.getWeight(i);
        }
    }

    private SpecialFunctions() {
    }

    /** log(e^a + e^b), exact when either is -infinity. */
    static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log1p(Math.exp(Math.min(a, b) - max));
    }

    /** 1 / (1 + e^x) without overflow. */
    static double oneOverOnePlusExp(double x) {
        if (x > 0) {
            double e = Math.exp(-x);
            return e / (1 + e);
        }
        return 1 / (1 + Math.exp(x));
    }

    /**
     * log 2F1(a, b; c; z) for a, b, c > 0 and 0 <= z < 1, where every term of the series is positive; the sum is
     * rescaled as it grows so large arguments do not overflow.
     */
    static double logHypergeometric(double a, double b, double c, double z) {
        if (z == 0) {
            return 0;
        }
        if (z > 0.5) {
            // Euler's transformation, 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z): with the models'
            // large a and b (a history's purchase count) and z near 1, the direct series needs more terms than it may
            // take, while the transformed one has small upper parameters and converges at once. Used when its sum is
            // positive and its terms did not cancel: an upper parameter far below zero gives alternating terms much
            // larger than their sum unless the lower parameter is larger still (see series).
            double transformed = series(c - a, c - b, c, z);
            if (transformed > 0 && Double.isFinite(transformed)) {
                return (c - a - b) * Math.log1p(-z) + Math.log(transformed);
            }
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (sum > 1e200) {
                sum *= 1e-200;
                term *= 1e-200;
                logScale += 200 * Math.log(10);
            }
            if (term <= 1e-17 * sum && (a + n + 1) * (b + n + 1) * z < (c + n + 1) * (n + 2)) {
                break;
            }
        }
        return logScale + Math.log(sum);
    }

    /**
     * The plain hypergeometric series, for parameters whose terms shrink fast (see {@link #logHypergeometric}); NaN if
     * it did not converge or if its largest term exceeds its sum by more than {@value #CANCELLATION}, so that rounding
     * in the terms could show in the sum.
     */
    private static double series(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        double largest = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            largest = Math.max(largest, Math.abs(term));
            if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
                return largest <= CANCELLATION * Math.abs(sum) ? sum : Double.NaN;
            }
        }
        return Double.NaN; // did not converge: the caller falls back to the direct series
    }

    /** How much larger than their sum the terms of a series may be: about four of sixteen digits lost at most. */
    private static final double CANCELLATION = 1e4;

    /**
     * log of the integral over [from, to] of exp(g(u)) for a smooth g, by Gauss-Legendre on panels small enough that
     * g changes by at most about 2 across each one (g is assumed monotone, as it is in the likelihoods).
     */
    static double logIntegral(java.util.function.DoubleUnaryOperator g, double from, double to) {
        if (!(to > from)) {
            return Double.NEGATIVE_INFINITY;
        }
        double drop = Math.abs(g.applyAsDouble(from) - g.applyAsDouble(to));
        int panels = (int) Math.min(400, Math.max(1, Math.ceil(drop / 2)));
        double width = (to - from) / panels;
        double[] logs = new double[panels * NODES];
        double max = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int p = 0; p < panels; p++) {
            double start = from + p * width;
            for (int i = 0; i < NODES; i++) {
                double v = g.applyAsDouble(start + width * NODE[i]) + Math.log(width * WEIGHT[i]);
                logs[k++] = v;
                max = Math.max(max, v);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : logs) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    /** The integral over [from, to] of a smooth positive function, on {@code panels} Gauss-Legendre panels. */
    static double integral(java.util.function.DoubleUnaryOperator f, double from, double to, int panels) {
        double width = (to - from) / panels;
        double sum = 0;
        for (int p = 0; p < panels; p++) {
            double start = from + p * width;
            for (int i = 0; i < NODES; i++) {
                sum += width * WEIGHT[i] * f.applyAsDouble(start + width * NODE[i]);
            }
        }
        return sum;
    }
}
