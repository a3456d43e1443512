package io.crmkit.scoring.forecast;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.scoring.internal.Checks;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData.Deal;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData.DealStage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM Sales Opportunities data ({@link SalesOpportunitiesData}) as input to the forecast engines.
 * <ul>
 *   <li>Open deals: the amount is the product's list price (open deals have no close value); the probability is the
 *       stage's default (Prospecting 10%, Engaging 50%); the category is the stage's (Prospecting PIPELINE, Engaging
 *       BEST_CASE). The file has no expected close date, so an Engaging deal is expected to close the median
 *       engage-to-close time of the closed deals after its engage date, and a Prospecting deal that long after the
 *       as-of day; a deal whose expected close has already passed is expected the day after the as-of day.</li>
 *   <li>Won deals: their close value on their close date.</li>
 *   <li>Paths: every deal starts in Prospecting; a deal with an engage date reached Engaging on it.</li>
 *   <li>The hierarchy: sales agent, manager, regional office (sales_teams.csv).</li>
 * </ul>
 */
public final class SalesPipelineForecasts {

    /** The open stages in pipeline order. */
    public static final List<String> STAGES = List.of(DealStage.PROSPECTING.label(), DealStage.ENGAGING.label());

    private SalesPipelineForecasts() {
    }

    /** The median days from engage date to close date of the deals closed on or before {@code asOf}. */
    public static long medianCycleDays(SalesOpportunitiesData data, LocalDate asOf) {
        long[] days = data.deals().stream()
                .filter(d -> !d.isOpen() && d.engagedOn().isPresent() && !d.closedOn().orElseThrow().isAfter(asOf))
                .mapToLong(d -> ChronoUnit.DAYS.between(d.engagedOn().get(), d.closedOn().orElseThrow())).sorted().toArray();
        Checks.argument(days.length > 0, "no deal closed on or before " + asOf + " to measure the sales cycle on");
        return days[days.length / 2];
    }

    /** The open deals as of {@link SalesOpportunitiesData#asOf()}. */
    public static List<OpenDeal> openDeals(SalesOpportunitiesData data) {
        return openDealsAsOf(data, data.asOf());
    }

    /**
     * The deals that were open on {@code asOf}: engaged on or before it and not closed by then (Engaging), and, from
     * the file's own as-of day on, the Prospecting deals (the file does not say when they were created).
     */
    public static List<OpenDeal> openDealsAsOf(SalesOpportunitiesData data, LocalDate asOf) {
        Checks.nonNull(asOf, "asOf");
        long cycle = medianCycleDays(data, asOf);
        List<OpenDeal> open = new ArrayList<>();
        for (Deal d : data.deals()) {
            boolean engaging = d.engagedOn().isPresent() && !d.engagedOn().get().isAfter(asOf)
                    && (d.isOpen() || d.closedOn().orElseThrow().isAfter(asOf));
            boolean prospecting = d.stage() == DealStage.PROSPECTING && !asOf.isBefore(data.asOf());
            if (!engaging && !prospecting) {
                continue;
            }
            LocalDate expected = d.engagedOn().filter(e -> engaging).map(e -> e.plusDays(cycle)).orElse(asOf.plusDays(cycle));
            if (!expected.isAfter(asOf)) {
                expected = asOf.plusDays(1);
            }
            open.add(new OpenDeal(d.id(), d.salesAgent(), d.listPrice(), engaging ? 0.5 : 0.1, expected,
                    engaging ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE));
        }
        return List.copyOf(open);
    }

    /** The won deals. */
    public static List<WonDeal> wonDeals(SalesOpportunitiesData data) {
        return data.deals().stream().filter(d -> d.stage() == DealStage.WON)
                .map(d -> new WonDeal(d.id(), d.salesAgent(), d.closeValue().orElse(0), d.closedOn().orElseThrow())).toList();
    }

    /** Every deal's path through Prospecting and Engaging. */
    public static List<DealPath> paths(SalesOpportunitiesData data) {
        List<DealPath> paths = new ArrayList<>();
        for (Deal d : data.deals()) {
            List<DealPath.Visit> visits = new ArrayList<>();
            visits.add(new DealPath.Visit(DealStage.PROSPECTING.label(), Optional.empty()));
            d.engagedOn().ifPresent(e -> visits.add(new DealPath.Visit(DealStage.ENGAGING.label(), Optional.of(e))));
            DealPath.Outcome outcome = switch (d.stage()) {
                case WON -> DealPath.Outcome.WON;
                case LOST -> DealPath.Outcome.LOST;
                default -> DealPath.Outcome.OPEN;
            };
            paths.add(new DealPath(d.id(), visits, outcome, d.closedOn(),
                    d.stage() == DealStage.WON ? d.closeValue().orElse(0) : d.listPrice()));
        }
        return List.copyOf(paths);
    }

    /** Won revenue per month of close, every month from the first close to the last (0 for a month without a win). */
    public static java.util.SortedMap<java.time.YearMonth, Double> wonRevenueByMonth(SalesOpportunitiesData data) {
        java.util.TreeMap<java.time.YearMonth, Double> months = new java.util.TreeMap<>();
        for (WonDeal w : wonDeals(data)) {
            months.merge(java.time.YearMonth.from(w.closedOn()), w.amount(), Double::sum);
        }
        if (!months.isEmpty()) {
            for (java.time.YearMonth m = months.firstKey(); m.isBefore(months.lastKey()); m = m.plusMonths(1)) {
                months.putIfAbsent(m, 0.0);
            }
        }
        return java.util.Collections.unmodifiableSortedMap(months);
    }

    /** Agent to manager and manager to regional office. */
    public static TeamForecast hierarchy(SalesOpportunitiesData data) {
        Map<String, String> parent = new HashMap<>();
        for (Deal d : data.deals()) {
            parent.put(d.salesAgent(), d.manager());
            parent.put(d.manager(), d.regionalOffice());
        }
        return TeamForecast.of(parent);
    }

    /** Sales velocity of the whole data set: open deals, overall win rate, mean won deal, mean cycle of won deals. */
    public static SalesVelocity velocity(SalesOpportunitiesData data) {
        DealStatistics.Group all = DealStatistics.group("all", data.deals());
        return new SalesVelocity(all.open(), all.winRate().orElse(0), all.averageWonDeal().orElse(0),
                all.meanWonCycleDays().orElseThrow(() -> new IllegalArgumentException("no won deal to measure the cycle on")));
    }

}
