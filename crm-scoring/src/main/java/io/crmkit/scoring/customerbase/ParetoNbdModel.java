package io.crmkit.scoring.customerbase;

import org.apache.commons.math3.special.Gamma;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.crmkit.scoring.customerbase.SpecialFunctions.logSumExp;
import static io.crmkit.scoring.customerbase.SpecialFunctions.oneOverOnePlusExp;

/**
 * The Pareto/NBD model of Schmittlein, Morrison and Colombo (1987): while active a customer buys at a Poisson rate
 * λ ~ Gamma(r, α) and stays active for an exponential time with rate μ ~ Gamma(s, β).
 * <p>
 * The likelihood is written as Γ(r+x)α^r β^s / Γ(r) [ (α+T)^-(r+x) (β+T)^-s + s ∫ from t_x to T of
 * (α+τ)^-(r+x) (β+τ)^-(s+1) dτ ], which equals Fader, Hardie and Lee's (2005) form with its Gauss hypergeometric
 * term A0; the integral (the customer dying at τ between the last purchase and T) is computed in log space by
 * Gauss-Legendre quadrature, which stays accurate where the hypergeometric series converges slowly.
 *
 * @param r     shape of the purchase-rate distribution, positive
 * @param alpha scale of the purchase-rate distribution (in weeks), positive
 * @param s     shape of the drop-out-rate distribution, positive
 * @param beta  scale of the drop-out-rate distribution (in weeks), positive
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseModel {

    public ParetoNbdModel {
        checkParameter(r, "r");
        checkParameter(alpha, "alpha");
        checkParameter(s, "s");
        checkParameter(beta, "beta");
    }

    static void checkParameter(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number but was " + value);
        }
    }

    @Override
    public String name() {
        return "pareto-nbd";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("r", r);
        p.put("alpha", alpha);
        p.put("s", s);
        p.put("beta", beta);
        return java.util.Collections.unmodifiableMap(p);
    }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        PurchaseModel.checkHistory(x, tx, T);
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        return common + logSumExp(logAliveTerm(x, T), logDeathTerm(x, tx, T));
    }

    private double logAliveTerm(int x, double T) {
        return -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
    }

    private double logDeathTerm(int x, double tx, double T) {
        return Math.log(s) + SpecialFunctions.logIntegral(
                tau -> -(r + x) * Math.log(alpha + tau) - (s + 1) * Math.log(beta + tau), tx, T);
    }

    @Override
    public double probabilityAlive(int x, double tx, double T) {
        PurchaseModel.checkHistory(x, tx, T);
        return oneOverOnePlusExp(logDeathTerm(x, tx, T) - logAliveTerm(x, T));
    }

    /**
     * Schmittlein, Morrison and Colombo's conditional expectation: P(alive) (r+x)(β+T) / ((α+T)(s-1))
     * [1 - ((β+T)/(β+T+t))^(s-1)], with its limit (r+x)(β+T)/(α+T) ln((β+T+t)/(β+T)) at s = 1.
     */
    @Override
    public double expectedPurchases(double t, int x, double tx, double T) {
        PurchaseModel.checkHistory(x, tx, T);
        PurchaseModel.checkHorizon(t);
        if (t == 0) {
            return 0;
        }
        double log = Math.log1p(t / (beta + T));
        double lifetime = Math.abs(s - 1) < 1e-10 ? log : -Math.expm1(-(s - 1) * log) / (s - 1);
        double e = probabilityAlive(x, tx, T) * (r + x) / (alpha + T) * (beta + T) * lifetime;
        return Double.isFinite(e) && e > 0 ? e : 0;
    }
}
