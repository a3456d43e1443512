package io.crmkit.scoring.customerbase;

import org.apache.commons.math3.special.Gamma;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fader and Hardie's Gamma-Gamma spend model ("The Gamma-Gamma Model of Monetary Value", 2013): a customer's
 * transaction values are Gamma(p, ν) around the customer's mean, and ν ~ Gamma(q, γ) across customers; spend is
 * independent of the purchase process. Immutable.
 *
 * @param p     shape of the transaction values, positive
 * @param q     shape of the distribution of ν, positive
 * @param gamma scale of the distribution of ν, positive
 */
public record GammaGammaModel(double p, double q, double gamma) {

    public GammaGammaModel {
        ParetoNbdModel.checkParameter(p, "p");
        ParetoNbdModel.checkParameter(q, "q");
        ParetoNbdModel.checkParameter(gamma, "gamma");
    }

    /** The parameters, named as in the literature: p, q, gamma. */
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", p);
        m.put("q", q);
        m.put("gamma", gamma);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The log-likelihood of a customer's mean transaction value {@code zbar} over {@code x >= 1} transactions (the
     * density of the mean: Γ(px+q) / (Γ(px) Γ(q)) γ^q zbar^(px-1) x^(px) / (γ + x zbar)^(px+q)).
     */
    public double logLikelihood(int x, double zbar) {
        if (x < 1 || !(zbar > 0) || Double.isInfinite(zbar)) {
            throw new IllegalArgumentException("the spend likelihood needs x >= 1 and a positive finite zbar but had x="
                    + x + ", zbar=" + zbar);
        }
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(zbar) + px * Math.log(x) - (px + q) * Math.log(gamma + x * zbar);
    }

    /**
     * The expected mean transaction value of a customer with {@code x} repeat transactions averaging {@code zbar}:
     * (p (γ + x zbar)) / (p x + q - 1), a weighted average of the population mean p γ / (q - 1) and zbar. For x = 0 this
     * is the population mean.
     *
     * @throws IllegalArgumentException if p x + q &lt;= 1, where the expectation is infinite
     */
    public double expectedAverageSpend(int x, double zbar) {
        if (x < 0 || !(zbar >= 0) || Double.isInfinite(zbar)) {
            throw new IllegalArgumentException("expected spend needs x >= 0 and a finite zbar >= 0 but had x=" + x
                    + ", zbar=" + zbar);
        }
        double denominator = p * x + q - 1;
        if (!(denominator > 0)) {
            throw new IllegalArgumentException("the expected spend is infinite when p*x + q <= 1 but p=" + p + ", q=" + q
                    + ", x=" + x);
        }
        return p * (gamma + x * zbar) / denominator;
    }

    /** {@link #expectedAverageSpend(int, double)} of a summary's repeat purchases. */
    public double expectedAverageSpend(CustomerSummary c) {
        return expectedAverageSpend(c.frequency(), c.averageRepeatValue());
    }
}
