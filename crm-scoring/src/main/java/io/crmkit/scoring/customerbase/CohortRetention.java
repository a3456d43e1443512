package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A monthly cohort retention table: customers grouped by the month of their first purchase, and for each month since
 * then the share of the cohort that bought in that month. Month 0 is the first month, so its share is 1. Months after
 * the as-of month are not shown (a cohort's row is as long as it has been observed).
 *
 * @param asOf    the last day counted
 * @param cohorts the cohorts, oldest first
 */
public record CohortRetention(LocalDate asOf, List<Cohort> cohorts) {

    /**
     * One cohort.
     *
     * @param month     the month of the first purchase
     * @param customers how many customers first bought in it
     * @param active    for month k since then, how many of them bought in it
     */
    public record Cohort(YearMonth month, int customers, List<Integer> active) {

        public Cohort {
            active = List.copyOf(active);
        }

        /** The share of the cohort that bought in month {@code k} since its first month. */
        public double retention(int k) {
            return (double) active.get(k) / customers;
        }
    }

    public CohortRetention {
        Checks.nonNull(asOf, "asOf");
        cohorts = List.copyOf(cohorts);
    }

    /** The monthly cohort table of the transactions up to and including {@code asOf}. */
    public static CohortRetention monthly(List<Transaction> transactions, LocalDate asOf) {
        Checks.nonNull(transactions, "transactions");
        Checks.nonNull(asOf, "asOf");
        Map<String, YearMonth> first = new HashMap<>();
        Map<String, Set<YearMonth>> months = new HashMap<>();
        for (Transaction t : transactions) {
            if (t.date().isAfter(asOf)) {
                continue;
            }
            YearMonth m = YearMonth.from(t.date());
            first.merge(t.customerId(), m, (a, b) -> a.isBefore(b) ? a : b);
            months.computeIfAbsent(t.customerId(), k -> new HashSet<>()).add(m);
        }
        YearMonth last = YearMonth.from(asOf);
        TreeMap<YearMonth, int[]> counts = new TreeMap<>();
        TreeMap<YearMonth, Integer> sizes = new TreeMap<>();
        for (Map.Entry<String, YearMonth> e : first.entrySet()) {
            YearMonth start = e.getValue();
            int length = (int) ChronoUnit.MONTHS.between(start, last) + 1;
            int[] active = counts.computeIfAbsent(start, k -> new int[length]);
            sizes.merge(start, 1, Integer::sum);
            for (YearMonth m : months.get(e.getKey())) {
                active[(int) ChronoUnit.MONTHS.between(start, m)]++;
            }
        }
        List<Cohort> cohorts = new ArrayList<>();
        counts.forEach((month, active) -> {
            List<Integer> list = new ArrayList<>();
            for (int a : active) {
                list.add(a);
            }
            cohorts.add(new Cohort(month, sizes.get(month), list));
        });
        return new CohortRetention(asOf, cohorts);
    }
}
