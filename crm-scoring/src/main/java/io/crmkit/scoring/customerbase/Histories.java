package io.crmkit.scoring.customerbase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Distinct (x, t_x, T) histories with how many customers share each, so a likelihood is evaluated once per history. */
final class Histories {

    final int[] x;
    final double[] tx;
    final double[] age;
    final int[] count;
    final int customers;

    /** Rows are ordered by x, so the x-only terms are computed once per distinct x. */
    private double bgNbd(BgNbdModel m) {
        double r = m.r();
        double alpha = m.alpha();
        double a = m.a();
        double b = m.b();
        double base = org.apache.commons.math3.special.Gamma.logGamma(a + b) - org.apache.commons.math3.special.Gamma.logGamma(b)
                - org.apache.commons.math3.special.Gamma.logGamma(r) + r * Math.log(alpha);
        double logA = Math.log(a);
        double sum = 0;
        int currentX = -1;
        double common = 0;
        double dropOdds = 0;
        double lastT = Double.NaN;
        double logAlphaT = 0;
        for (int i = 0; i < x.length; i++) {
            int xi = x[i];
            if (xi != currentX) {
                currentX = xi;
                common = base + org.apache.commons.math3.special.Gamma.logGamma(r + xi)
                        + org.apache.commons.math3.special.Gamma.logGamma(b + xi)
                        - org.apache.commons.math3.special.Gamma.logGamma(a + b + xi);
                dropOdds = xi == 0 ? 0 : logA - Math.log(b + xi - 1);
            }
            if (age[i] != lastT) {
                lastT = age[i];
                logAlphaT = Math.log(alpha + lastT);
            }
            double stillActive = -(r + xi) * logAlphaT;
            double ll = xi == 0 ? stillActive
                    : SpecialFunctions.logSumExp(stillActive, dropOdds - (r + xi) * Math.log(alpha + tx[i]));
            sum += count[i] * (common + ll);
        }
        return sum;
    }

    private record Key(int x, double tx, double age) {
    }

    Histories(List<CustomerSummary> summaries) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (CustomerSummary c : summaries) {
            counts.merge(new Key(c.frequency(), c.recency(), c.age()), 1, Integer::sum);
        }
        List<Map.Entry<Key, Integer>> sorted = new java.util.ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(Key::x)));
        int n = sorted.size();
        x = new int[n];
        tx = new double[n];
        age = new double[n];
        count = new int[n];
        int i = 0;
        for (Map.Entry<Key, Integer> e : sorted) {
            x[i] = e.getKey().x();
            tx[i] = e.getKey().tx();
            age[i] = e.getKey().age();
            count[i] = e.getValue();
            i++;
        }
        customers = summaries.size();
    }

    /** The total log-likelihood; the BG/NBD's is computed with the terms that depend only on x or T shared. */
    double logLikelihood(PurchaseModel model) {
        if (model instanceof BgNbdModel m) {
            return bgNbd(m);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += count[i] * model.logLikelihood(x[i], tx[i], age[i]);
        }
        return sum;
    }
}
