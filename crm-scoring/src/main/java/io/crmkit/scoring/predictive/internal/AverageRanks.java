package io.crmkit.scoring.predictive.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Orders scores and gives tied scores the average of the ranks they span. Not API. */
public final class AverageRanks {

    private AverageRanks() {
    }

    /** The indices of {@code scores} in ascending order of score; equal scores keep their index order. */
    public static int[] ascendingOrder(double[] scores) {
        Integer[] boxed = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble(i -> scores[i]));
        int[] order = new int[boxed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /**
     * The 1-based rank of each score among {@code scores}; a group of {@code g} equal scores occupying ranks
     * {@code r+1..r+g} each gets {@code r + (g + 1) / 2}.
     */
    public static double[] of(double[] scores) {
        int[] order = ascendingOrder(scores);
        double[] ranks = new double[scores.length];
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && scores[order[end]] == scores[order[start]]) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = rank;
            }
            start = end;
        }
        return ranks;
    }
}
