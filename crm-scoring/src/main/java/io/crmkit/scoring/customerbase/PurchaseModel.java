package io.crmkit.scoring.customerbase;

import java.util.Map;

/**
 * A fitted model of repeat buying: how likely a customer is still active and how many purchases to expect, from the
 * customer's x (repeat purchase days), t_x (weeks from first to last purchase) and T (weeks since the first purchase).
 * Implementations are immutable, thread-safe, and never return NaN or infinity for valid input.
 */
public sealed interface PurchaseModel permits BgNbdModel, ParetoNbdModel {

    /** The model's name as the command line spells it: {@code bgnbd} or {@code pareto-nbd}. */
    String name();

    /** The parameters, named and ordered as in the literature. */
    Map<String, Double> parameters();

    /** The log-likelihood of one customer's history. */
    double logLikelihood(int x, double tx, double T);

    /** The probability that a customer with this history is still active at T, in [0,1]. */
    double probabilityAlive(int x, double tx, double T);

    /** The expected number of purchases in the {@code t} weeks after T of a customer with this history (t >= 0). */
    double expectedPurchases(double t, int x, double tx, double T);

    /** The expected number of purchases of a new customer in its first {@code t} weeks after its first purchase. */
    default double expectedPurchasesOfNewCustomer(double t) {
        return expectedPurchases(t, 0, 0, 0);
    }

    /** {@link #logLikelihood(int, double, double)} of a summary. */
    default double logLikelihood(CustomerSummary c) {
        return logLikelihood(c.frequency(), c.recency(), c.age());
    }

    /** {@link #probabilityAlive(int, double, double)} of a summary. */
    default double probabilityAlive(CustomerSummary c) {
        return probabilityAlive(c.frequency(), c.recency(), c.age());
    }

    /** {@link #expectedPurchases(double, int, double, double)} of a summary. */
    default double expectedPurchases(double t, CustomerSummary c) {
        return expectedPurchases(t, c.frequency(), c.recency(), c.age());
    }

    /** Checks the arguments every model takes. */
    static void checkHistory(int x, double tx, double T) {
        if (x < 0 || !(tx >= 0) || !(T >= tx) || Double.isInfinite(T)) {
            throw new IllegalArgumentException("a history needs x >= 0 and 0 <= t_x <= T < infinity but was x=" + x
                    + ", t_x=" + tx + ", T=" + T);
        }
    }

    /** Checks a horizon. */
    static void checkHorizon(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("t must be a finite number of weeks of at least 0 but was " + t);
        }
    }
}
