package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** The weighted pipeline (amount x probability) of open deals, by the month or quarter of their expected close. */
public final class WeightedPipeline {

    /**
     * The open deals of one period.
     *
     * @param deals    how many
     * @param amount   their total amount
     * @param weighted their total amount x probability
     */
    public record Totals(int deals, double amount, double weighted) {

        Totals plus(OpenDeal d) {
            return new Totals(deals + 1, amount + d.amount(), weighted + d.weighted());
        }
    }

    private static final Totals NONE = new Totals(0, 0, 0);

    private WeightedPipeline() {
    }

    /** Totals by the month of the expected close, in month order. */
    public static SortedMap<YearMonth, Totals> byMonth(Collection<OpenDeal> deals) {
        return by(deals, d -> YearMonth.from(d.expectedClose()));
    }

    /** Totals by the quarter of the expected close, in quarter order. */
    public static SortedMap<Quarter, Totals> byQuarter(Collection<OpenDeal> deals) {
        return by(deals, d -> Quarter.of(d.expectedClose()));
    }

    /** The total weighted pipeline. */
    public static double total(Collection<OpenDeal> deals) {
        Checks.nonNull(deals, "deals");
        return deals.stream().mapToDouble(OpenDeal::weighted).sum();
    }

    private static <K extends Comparable<K>> SortedMap<K, Totals> by(Collection<OpenDeal> deals, Function<OpenDeal, K> key) {
        Checks.nonNull(deals, "deals");
        TreeMap<K, Totals> totals = new TreeMap<>();
        for (OpenDeal d : deals) {
            totals.merge(key.apply(d), NONE.plus(d), (a, b) -> a.plus(d));
        }
        return Collections.unmodifiableSortedMap(totals);
    }
}
