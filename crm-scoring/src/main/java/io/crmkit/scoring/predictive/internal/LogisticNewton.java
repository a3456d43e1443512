package io.crmkit.scoring.predictive.internal;

/**
 * Maximum a-posteriori logistic regression with an L2 penalty on every coefficient but the intercept, by Newton's
 * method (iteratively reweighted least squares) with step halving. The design matrix is sparse, one row per example
 * in compressed-row form; the intercept is implicit. Each step solves the dense Newton system by a Cholesky
 * factorisation on a flat row-major array (the penalty keeps it positive definite). Deterministic: the same input gives
 * bit-identical output. Not API.
 */
public final class LogisticNewton {

    private LogisticNewton() {
    }

    /** The fitted intercept, coefficients (one per feature) and the number of Newton steps taken. */
    public static final class Fit {
        private final double intercept;
        private final double[] coefficients;
        private final int iterations;

        Fit(double intercept, double[] coefficients, int iterations) {
            this.intercept = intercept;
            this.coefficients = coefficients;
            this.iterations = iterations;
        }

        public double intercept() {
            return intercept;
        }

        public double[] coefficients() {
            return coefficients.clone();
        }

        public int iterations() {
            return iterations;
        }
    }

    /**
     * Fits the model.
     *
     * @param features      number of features (the intercept not counted)
     * @param rowStart      {@code rows + 1} offsets into {@code column}/{@code value}: row {@code i} has the entries
     *                      {@code rowStart[i] .. rowStart[i + 1] - 1}
     * @param column        feature index of each entry, in {@code [0, features)}, at most once per row
     * @param value         value of each entry
     * @param labels        the binary target, both classes present
     * @param l2            penalty {@code l2 / 2 * sum(beta_j^2)} on the coefficients, {@code > 0}
     * @param maxIterations Newton steps before giving up
     * @param tolerance     stop when no coefficient moves by more than {@code tolerance * (1 + max |beta|)}
     * @throws IllegalStateException if it does not converge in {@code maxIterations} steps
     */
    public static Fit fit(int features, int[] rowStart, int[] column, double[] value, boolean[] labels, double l2,
                          int maxIterations, double tolerance) {
        int rows = labels.length;
        int d = features + 1;
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        double[] beta = new double[d];
        beta[0] = Math.log((double) positives / (rows - positives));
        double[] eta = new double[rows];
        double objective = objective(beta, rowStart, column, value, labels, l2, eta);
        double lastStep = Double.NaN;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[] gradient = new double[d];
            double[] hessian = new double[d * d];
            for (int i = 0; i < rows; i++) {
                double p = sigmoid(eta[i]);
                double w = p * (1 - p);
                double r = (labels[i] ? 1 : 0) - p;
                gradient[0] += r;
                hessian[0] += w;
                for (int a = rowStart[i]; a < rowStart[i + 1]; a++) {
                    int ja = column[a] + 1;
                    double wxa = w * value[a];
                    gradient[ja] += r * value[a];
                    hessian[ja] += wxa;
                    for (int b = a; b < rowStart[i + 1]; b++) {
                        int jb = column[b] + 1;
                        if (ja <= jb) {
                            hessian[ja * d + jb] += wxa * value[b];
                        } else {
                            hessian[jb * d + ja] += wxa * value[b];
                        }
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] -= l2 * beta[j];
                hessian[j * d + j] += l2;
            }
            double[] step = solve(hessian, gradient, d, iteration);
            double t = 1;
            double[] next = new double[d];
            double nextObjective;
            while (true) {
                for (int j = 0; j < d; j++) {
                    next[j] = beta[j] + t * step[j];
                }
                nextObjective = objective(next, rowStart, column, value, labels, l2, eta);
                if (nextObjective >= objective - 1e-12 * Math.abs(objective) || t < 1e-10) {
                    break;
                }
                t /= 2;
            }
            double moved = 0;
            double size = 0;
            for (int j = 0; j < d; j++) {
                moved = Math.max(moved, Math.abs(next[j] - beta[j]));
                size = Math.max(size, Math.abs(next[j]));
            }
            System.arraycopy(next, 0, beta, 0, d);
            objective = nextObjective;
            lastStep = moved;
            if (moved <= tolerance * (1 + size)) {
                double[] coefficients = new double[features];
                System.arraycopy(beta, 1, coefficients, 0, features);
                return new Fit(beta[0], coefficients, iteration);
            }
        }
        throw new IllegalStateException("logistic regression did not converge in " + maxIterations
                + " Newton steps (last step moved a coefficient by " + lastStep + ")");
    }

    /**
     * Solves {@code H x = g} for the symmetric positive definite {@code H} whose upper triangle is in {@code upper}
     * (row-major, {@code d x d}), by Cholesky factorisation {@code H = L L^T}.
     */
    static double[] solve(double[] upper, double[] g, int d, int iteration) {
        double[] lower = new double[d * d];
        for (int j = 0; j < d; j++) {
            int rowJ = j * d;
            double diagonal = upper[rowJ + j];
            for (int k = 0; k < j; k++) {
                diagonal -= lower[rowJ + k] * lower[rowJ + k];
            }
            if (!(diagonal > 1e-12 * Math.max(1, upper[rowJ + j]))) {
                throw new IllegalStateException("the Hessian is not positive definite at Newton step " + iteration
                        + " (pivot " + j + " is " + diagonal + "); increase the L2 penalty");
            }
            double pivot = Math.sqrt(diagonal);
            lower[rowJ + j] = pivot;
            for (int i = j + 1; i < d; i++) {
                int rowI = i * d;
                double sum = upper[rowJ + i];
                for (int k = 0; k < j; k++) {
                    sum -= lower[rowI + k] * lower[rowJ + k];
                }
                lower[rowI + j] = sum / pivot;
            }
        }
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i * d + k] * y[k];
            }
            y[i] = sum / lower[i * d + i];
        }
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < d; k++) {
                sum -= lower[k * d + i] * x[k];
            }
            x[i] = sum / lower[i * d + i];
        }
        return x;
    }

    /** The logistic function, computed without overflow. */
    public static double sigmoid(double eta) {
        if (eta >= 0) {
            return 1 / (1 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1 + e);
    }

    /** Penalised log-likelihood at {@code beta}; fills {@code eta} with the linear predictor of every row. */
    private static double objective(double[] beta, int[] rowStart, int[] column, double[] value, boolean[] labels,
                                    double l2, double[] eta) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double e = beta[0];
            for (int a = rowStart[i]; a < rowStart[i + 1]; a++) {
                e += beta[column[a] + 1] * value[a];
            }
            eta[i] = e;
            // log(1 + exp(e)) without overflow
            double softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
            sum += (labels[i] ? e : 0) - softplus;
        }
        double penalty = 0;
        for (int j = 1; j < beta.length; j++) {
            penalty += beta[j] * beta[j];
        }
        return sum - l2 / 2 * penalty;
    }
}
