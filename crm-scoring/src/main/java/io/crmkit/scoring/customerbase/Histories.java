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

    private record Key(int x, double tx, double age) {
    }

    Histories(List<CustomerSummary> summaries) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (CustomerSummary c : summaries) {
            counts.merge(new Key(c.frequency(), c.recency(), c.age()), 1, Integer::sum);
        }
        int n = counts.size();
        x = new int[n];
        tx = new double[n];
        age = new double[n];
        count = new int[n];
        int i = 0;
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            x[i] = e.getKey().x();
            tx[i] = e.getKey().tx();
            age[i] = e.getKey().age();
            count[i] = e.getValue();
            i++;
        }
        customers = summaries.size();
    }

    double logLikelihood(PurchaseModel model) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += count[i] * model.logLikelihood(x[i], tx[i], age[i]);
        }
        return sum;
    }
}
