package io.crmkit.scoring.customerbase;

import org.apache.commons.math3.special.Gamma;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.crmkit.scoring.customerbase.SpecialFunctions.logHypergeometric;
import static io.crmkit.scoring.customerbase.SpecialFunctions.logSumExp;
import static io.crmkit.scoring.customerbase.SpecialFunctions.oneOverOnePlusExp;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way": while active a customer
 * buys at a Poisson rate λ ~ Gamma(r, α); after each purchase the customer drops out with probability p ~ Beta(a, b).
 * Formulas are those of the paper (equations 6, 10 and the conditional expectation), evaluated in log space.
 * The expected purchases are accurate to about 1e-6 (relative) for r up to 100; for larger r with a rate scale α
 * near 0.01, far from any fit on real data, the hypergeometric evaluation can lose more.
 *
 * @param r     shape of the purchase-rate distribution, positive
 * @param alpha scale of the purchase-rate distribution (in weeks), positive
 * @param a     first shape of the drop-out distribution, positive
 * @param b     second shape of the drop-out distribution, positive
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

    public BgNbdModel {
        ParetoNbdModel.checkParameter(r, "r");
        ParetoNbdModel.checkParameter(alpha, "alpha");
        ParetoNbdModel.checkParameter(a, "a");
        ParetoNbdModel.checkParameter(b, "b");
    }

    @Override
    public String name() {
        return "bgnbd";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("r", r);
        p.put("alpha", alpha);
        p.put("a", a);
        p.put("b", b);
        return java.util.Collections.unmodifiableMap(p);
    }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        PurchaseModel.checkHistory(x, tx, T);
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
                + Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double stillActive = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return common + stillActive;
        }
        double droppedOut = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return common + logSumExp(stillActive, droppedOut);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        PurchaseModel.checkHistory(x, tx, T);
        if (x == 0) {
            return 1;
        }
        return oneOverOnePlusExp(logOddsDead(x, tx, T));
    }

    private double logOddsDead(int x, double tx, double T) {
        return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
    }

    /**
     * The paper's conditional expectation (its equation 10): (a+b+x-1)/(a-1) [1 - ((α+T)/(α+T+t))^(r+x)
     * 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))] P(alive). Where that form is unusable (a within 1e-4 of 1, or a+b+x-1 not
     * positive), the same quantity is integrated numerically: P(alive) times the integral over s in [0, t] of
     * (r+x)/(α+T) (1+s/(α+T))^-(r+x+1) 2F1(r+x+1, b+x; a+b+x; s/(α+T+s)), the expected purchase rate s weeks ahead.
     */
    @Override
    public double expectedPurchases(double t, int x, double tx, double T) {
        PurchaseModel.checkHistory(x, tx, T);
        PurchaseModel.checkHorizon(t);
        if (t == 0) {
            return 0;
        }
        double alive = probabilityAlive(x, tx, T);
        double expected;
        if (a + b + x - 1 <= 1e-9) {
            expected = rateIntegral(t, x, T);
        } else if (Math.abs(a - 1) > A_NEAR_ONE) {
            expected = closedForm(a, t, x, T);
        } else { // a removable singularity at a = 1: the mean of both sides is exact to second order in the step
            expected = (closedForm(1 + A_NEAR_ONE, t, x, T) + closedForm(1 - A_NEAR_ONE, t, x, T)) / 2;
        }
        double e = expected * alive;
        return Double.isFinite(e) && e > 0 ? e : 0;
    }

    /** How close to 1 the drop-out shape a may come before the closed form is evaluated on both sides of 1. */
    private static final double A_NEAR_ONE = 1e-3;

    /** The paper's closed form of the expected purchases of a customer known to be alive, for drop-out shape {@code a}. */
    private double closedForm(double a, double t, int x, double T) {
        double c = a + b + x - 1;
        double logQ = -(r + x) * Math.log1p(t / (alpha + T));
        double core = -Math.expm1(logQ + logHypergeometric(r + x, b + x, c, t / (alpha + T + t)));
        return c / (a - 1) * core;
    }

    /** The integral form of the expected purchases of a customer known to be alive (see {@link #expectedPurchases}). */
    double rateIntegral(double t, int x, double T) {
        double scale = alpha + T;
        return SpecialFunctions.integral(s -> (r + x) / scale * Math.exp(-(r + x + 1) * Math.log1p(s / scale)
                + logHypergeometric(r + x + 1, b + x, a + b + x, s / (scale + s))), 0, t, 64);
    }
}
