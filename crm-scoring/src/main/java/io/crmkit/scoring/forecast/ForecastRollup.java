package io.crmkit.scoring.forecast;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standard forecast calls of one period, each including the ones before it:
 * <ul>
 *   <li>{@code closed}: revenue won in the period;</li>
 *   <li>{@code commit}: closed plus the amounts of COMMIT deals expected to close in it;</li>
 *   <li>{@code mostLikely}: commit plus the weighted amounts (amount x probability) of BEST_CASE deals;</li>
 *   <li>{@code bestCase}: commit plus the full amounts of BEST_CASE deals;</li>
 *   <li>{@code openPipeline}: the amounts of every open deal expected to close in the period, whatever its category.</li>
 * </ul>
 * So closed &lt;= commit &lt;= most likely &lt;= best case always holds for a rollup of deals; a manager's
 * {@link ForecastAdjustment adjustment} may move one call on its own.
 */
public record ForecastRollup(double closed, double commit, double mostLikely, double bestCase, double openPipeline) {

    /** Nothing. */
    public static final ForecastRollup ZERO = new ForecastRollup(0, 0, 0, 0, 0);

    public ForecastRollup {
        Checks.finite(closed, "closed");
        Checks.finite(commit, "commit");
        Checks.finite(mostLikely, "mostLikely");
        Checks.finite(bestCase, "bestCase");
        Checks.finite(openPipeline, "openPipeline");
    }

    /** The rollup of the deals won and expected to close between {@code from} and {@code to}, both included. */
    public static ForecastRollup of(Collection<OpenDeal> open, Collection<WonDeal> won, LocalDate from, LocalDate to) {
        return byOwner(open, won, from, to).values().stream().reduce(ZERO, ForecastRollup::plus);
    }

    /** One rollup per owner of the deals won and expected to close between {@code from} and {@code to}, by owner name. */
    public static Map<String, ForecastRollup> byOwner(Collection<OpenDeal> open, Collection<WonDeal> won, LocalDate from,
                                                      LocalDate to) {
        Checks.nonNull(open, "open");
        Checks.nonNull(won, "won");
        Checks.nonNull(from, "from");
        Checks.nonNull(to, "to");
        Checks.argument(!to.isBefore(from), "to must not be before from " + from + " but was " + to);
        Map<String, double[]> sums = new TreeMap<>();
        for (WonDeal w : won) {
            if (!w.closedOn().isBefore(from) && !w.closedOn().isAfter(to)) {
                sums.computeIfAbsent(w.owner(), k -> new double[5])[0] += w.amount();
            }
        }
        for (OpenDeal d : open) {
            if (d.expectedClose().isBefore(from) || d.expectedClose().isAfter(to)) {
                continue;
            }
            double[] s = sums.computeIfAbsent(d.owner(), k -> new double[5]);
            if (d.category() == ForecastCategory.COMMIT) {
                s[1] += d.amount();
            } else if (d.category() == ForecastCategory.BEST_CASE) {
                s[2] += d.weighted();
                s[3] += d.amount();
            }
            s[4] += d.amount();
        }
        Map<String, ForecastRollup> rollups = new TreeMap<>();
        sums.forEach((owner, s) -> rollups.put(owner,
                new ForecastRollup(s[0], s[0] + s[1], s[0] + s[1] + s[2], s[0] + s[1] + s[3], s[4])));
        return rollups;
    }

    /** The sum of two rollups. */
    public ForecastRollup plus(ForecastRollup other) {
        return new ForecastRollup(closed + other.closed, commit + other.commit, mostLikely + other.mostLikely,
                bestCase + other.bestCase, openPipeline + other.openPipeline);
    }

    /** This rollup with {@code adjustment}'s delta added to its call. */
    public ForecastRollup adjusted(ForecastAdjustment adjustment) {
        double d = adjustment.delta();
        return switch (adjustment.call()) {
            case COMMIT -> new ForecastRollup(closed, commit + d, mostLikely, bestCase, openPipeline);
            case MOST_LIKELY -> new ForecastRollup(closed, commit, mostLikely + d, bestCase, openPipeline);
            case BEST_CASE -> new ForecastRollup(closed, commit, mostLikely, bestCase + d, openPipeline);
        };
    }
}
