package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recency, frequency and monetary scores (1 to 5, 5 best) and {@link RfmSegment named segments} of customers as of a
 * day. Recency is days since the last purchase (fewer is better), frequency the number of purchase days, monetary the
 * total spend, all up to and including the day. Scores are quintiles by rank: a customer's score is 1 + the share of
 * customers strictly worse, times 5 (rounded down), so ties share a score and the best fifth scores 5.
 */
public final class Rfm {

    /**
     * One customer's RFM.
     *
     * @param customerId      the customer
     * @param recencyDays     days from the last purchase to the as-of day
     * @param purchaseDays    the number of days with a purchase
     * @param monetary        total spend
     * @param r               recency score, 1 to 5
     * @param f               frequency score, 1 to 5
     * @param m               monetary score, 1 to 5
     * @param segment         the segment of r and f
     */
    public record Score(String customerId, long recencyDays, int purchaseDays, double monetary, int r, int f, int m,
                        RfmSegment segment) {

        /** The usual three-digit code, such as {@code "545"}. */
        public String code() {
            return "" + r + f + m;
        }
    }

    private Rfm() {
    }

    /** The RFM scores of every customer who bought on or before {@code asOf}, ordered by customer id. */
    public static List<Score> score(List<Transaction> transactions, LocalDate asOf) {
        Checks.nonNull(transactions, "transactions");
        Checks.nonNull(asOf, "asOf");
        Map<String, TreeMap<LocalDate, Double>> days = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            if (!t.date().isAfter(asOf)) {
                days.computeIfAbsent(t.customerId(), k -> new TreeMap<>()).merge(t.date(), t.amount(), Double::sum);
            }
        }
        List<String> ids = new ArrayList<>(days.keySet());
        ids.sort(CustomerSummaries::compareIds);
        int n = ids.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            TreeMap<LocalDate, Double> d = days.get(ids.get(i));
            recency[i] = -ChronoUnit.DAYS.between(d.lastKey(), asOf);
            frequency[i] = d.size();
            monetary[i] = d.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        int[] r = quintiles(recency);
        int[] f = quintiles(frequency);
        int[] m = quintiles(monetary);
        List<Score> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            scores.add(new Score(ids.get(i), (long) -recency[i], (int) frequency[i], monetary[i], r[i], f[i], m[i],
                    RfmSegment.of(r[i], f[i])));
        }
        return List.copyOf(scores);
    }

    /** Customers per segment, in the order of {@link RfmSegment}, empty segments included. */
    public static Map<RfmSegment, Integer> segmentSizes(List<Score> scores) {
        Map<RfmSegment, Integer> sizes = new LinkedHashMap<>();
        for (RfmSegment s : RfmSegment.values()) {
            sizes.put(s, 0);
        }
        scores.forEach(s -> sizes.merge(s.segment(), 1, Integer::sum));
        return sizes;
    }

    /** Scores 1..5 where higher values are better: 1 + floor(5 * (number strictly smaller) / n). */
    static int[] quintiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] scores = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = lowerBound(sorted, values[i]);
            scores[i] = 1 + (int) Math.min(4, (5L * below) / values.length);
        }
        return scores;
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

}
