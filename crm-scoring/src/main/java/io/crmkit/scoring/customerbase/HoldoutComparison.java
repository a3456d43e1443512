package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected against actual repeat purchases in the holdout period, by the customers' number of repeat purchases in the
 * calibration period (0, 1, ..., and the last group "n+"), as in Fader, Hardie and Lee (2005), figure 4.
 *
 * @param rows one row per calibration frequency group, in order
 */
public record HoldoutComparison(List<Row> rows) {

    /**
     * One group of customers.
     *
     * @param label      the calibration frequency, {@code "7+"} for the last group
     * @param customers  how many customers are in the group
     * @param actual     their mean number of purchase days in the holdout period
     * @param expected   the model's mean conditional expectation for them over the holdout period
     */
    public record Row(String label, int customers, double actual, double expected) {
    }

    public HoldoutComparison {
        rows = List.copyOf(rows);
    }

    /** The comparison of {@code model} on {@code summaries}, with groups 0..{@code lastGroup - 1} and {@code lastGroup}+. */
    public static HoldoutComparison of(PurchaseModel model, CustomerSummaries summaries, int lastGroup) {
        Checks.nonNull(model, "model");
        Checks.nonNull(summaries, "summaries");
        Checks.atLeast(lastGroup, 1, "lastGroup");
        double weeks = summaries.holdoutWeeks();
        Checks.argument(weeks > 0, "the summaries have no holdout period (holdout end " + summaries.holdoutEnd()
                + " is the calibration end)");
        int[] n = new int[lastGroup + 1];
        double[] actual = new double[lastGroup + 1];
        double[] expected = new double[lastGroup + 1];
        for (CustomerSummary c : summaries.customers()) {
            int g = Math.min(c.frequency(), lastGroup);
            n[g]++;
            actual[g] += c.holdoutPurchases();
            expected[g] += model.expectedPurchases(weeks, c);
        }
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g <= lastGroup; g++) {
            rows.add(new Row(g == lastGroup ? g + "+" : Integer.toString(g), n[g], n[g] == 0 ? 0 : actual[g] / n[g],
                    n[g] == 0 ? 0 : expected[g] / n[g]));
        }
        return new HoldoutComparison(rows);
    }
}
