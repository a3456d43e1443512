package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData.Deal;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData.DealStage;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Won and lost counts, win rates, cycle times and revenue of deals, by a {@link Dimension}.
 *
 * @param dimension the grouping
 * @param groups    one per value of the dimension, in name order
 */
public record DealStatistics(Dimension dimension, List<Group> groups) {

    /**
     * The deals of one group.
     *
     * @param key           the group
     * @param deals         all its deals
     * @param open          open deals (Prospecting or Engaging)
     * @param won           won deals
     * @param lost          lost deals
     * @param winRate       won / (won + lost); empty if none closed
     * @param revenue       the close value of the won deals
     * @param meanCycleDays mean days from engage date to close date of the closed deals with an engage date; empty if none
     * @param meanWonCycleDays the same over won deals only
     */
    public record Group(String key, int deals, int open, int won, int lost, OptionalDouble winRate, double revenue,
                        OptionalDouble meanCycleDays, OptionalDouble meanWonCycleDays) {

        /** Revenue per won deal; empty if none was won. */
        public OptionalDouble averageWonDeal() {
            return won == 0 ? OptionalDouble.empty() : OptionalDouble.of(revenue / won);
        }
    }

    public DealStatistics {
        Checks.nonNull(dimension, "dimension");
        groups = List.copyOf(groups);
    }

    /** The statistics of {@code deals} by {@code dimension}. */
    public static DealStatistics by(Dimension dimension, Collection<Deal> deals) {
        Checks.nonNull(dimension, "dimension");
        Checks.nonNull(deals, "deals");
        Map<String, List<Deal>> grouped = new TreeMap<>();
        for (Deal d : deals) {
            grouped.computeIfAbsent(dimension.of(d), k -> new ArrayList<>()).add(d);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((key, list) -> groups.add(group(key, list)));
        return new DealStatistics(dimension, groups);
    }

    /** The statistics of all {@code deals} as one group named {@code key}. */
    public static Group group(String key, Collection<Deal> deals) {
        int open = 0;
        int won = 0;
        int lost = 0;
        double revenue = 0;
        long cycleDays = 0;
        int cycles = 0;
        long wonDays = 0;
        int wonCycles = 0;
        for (Deal d : deals) {
            if (d.isOpen()) {
                open++;
                continue;
            }
            boolean isWon = d.stage() == DealStage.WON;
            if (isWon) {
                won++;
                revenue += d.closeValue().orElse(0);
            } else {
                lost++;
            }
            if (d.engagedOn().isPresent()) {
                long days = ChronoUnit.DAYS.between(d.engagedOn().get(), d.closedOn().orElseThrow());
                cycleDays += days;
                cycles++;
                if (isWon) {
                    wonDays += days;
                    wonCycles++;
                }
            }
        }
        return new Group(key, deals.size(), open, won, lost,
                won + lost == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) won / (won + lost)), revenue,
                cycles == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cycleDays / cycles),
                wonCycles == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) wonDays / wonCycles));
    }
}
