package io.crmkit.scoring.forecast;

import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The forecast engines on the CRM Sales Opportunities data, each number checked against a straightforward computation
 * on the raw CSV files written here, with the data's quirks handled the obvious way: product names compared without
 * spaces ("GTXPro" is "GTX Pro"), "technolgy" read as "technology", deals without an account have no sector.
 */
final class SalesOpportunitiesForecastTest {

    private static final Path DIR = Path.of("../../shared/datasets/crm-sales-opportunities");

    private static SalesOpportunitiesData data;
    private static List<Row> rows;

    /** One raw line of sales_pipeline.csv with its lookups. */
    record Row(String id, String agent, String manager, String office, String product, String sector, String stage,
               String engage, String close, double value, double price) {
    }

    @BeforeAll
    static void read() throws Exception {
        if (!Files.isRegularFile(DIR.resolve("sales_pipeline.csv"))) {
            fail("the CRM sales opportunities data set is missing: expected " + DIR.toAbsolutePath().normalize());
        }
        data = SalesOpportunitiesData.read(DIR.resolve("sales_pipeline.csv"));
        Map<String, String[]> teams = new HashMap<>();
        for (String l : Files.readAllLines(DIR.resolve("sales_teams.csv")).subList(1, 36)) {
            String[] f = l.split(",");
            teams.put(f[0], f);
        }
        Map<String, String> sectors = new HashMap<>();
        for (String l : Files.readAllLines(DIR.resolve("accounts.csv")).stream().skip(1).toList()) {
            String[] f = l.split(",");
            sectors.put(f[0], f[1].equals("technolgy") ? "technology" : f[1]);
        }
        Map<String, String> productNames = new HashMap<>();
        Map<String, Double> prices = new HashMap<>();
        for (String l : Files.readAllLines(DIR.resolve("products.csv")).stream().skip(1).toList()) {
            String[] f = l.split(",");
            productNames.put(f[0].replace(" ", "").toLowerCase(Locale.ROOT), f[0]);
            prices.put(f[0], Double.parseDouble(f[2]));
        }
        rows = Files.readAllLines(DIR.resolve("sales_pipeline.csv")).stream().skip(1).map(l -> {
            String[] f = l.split(",", -1);
            String product = productNames.get(f[2].replace(" ", "").toLowerCase(Locale.ROOT));
            String[] team = teams.get(f[1]);
            return new Row(f[0], f[1], team[1], team[2], product, f[3].isEmpty() ? Dimension.NO_SECTOR : sectors.get(f[3]),
                    f[4], f[5], f[6], f[7].isEmpty() ? 0 : Double.parseDouble(f[7]), prices.get(product));
        }).toList();
        assertEquals(8800, rows.size());
    }

    @Test
    void dealStatisticsByEveryDimensionEqualAStraightforwardCount() {
        Map<Dimension, java.util.function.Function<Row, String>> keys = Map.of(Dimension.AGENT, Row::agent,
                Dimension.MANAGER, Row::manager, Dimension.OFFICE, Row::office, Dimension.PRODUCT, Row::product,
                Dimension.SECTOR, Row::sector);
        for (Dimension dimension : Dimension.values()) {
            Map<String, double[]> expected = new TreeMap<>();
            for (Row r : rows) {
                // deals, open, won, lost, revenue, cycle days, cycles
                double[] e = expected.computeIfAbsent(keys.get(dimension).apply(r), k -> new double[7]);
                e[0]++;
                switch (r.stage()) {
                    case "Won" -> { e[2]++; e[4] += r.value(); }
                    case "Lost" -> e[3]++;
                    default -> e[1]++;
                }
                if (!r.close().isEmpty() && !r.engage().isEmpty()) {
                    e[5] += ChronoUnit.DAYS.between(LocalDate.parse(r.engage()), LocalDate.parse(r.close()));
                    e[6]++;
                }
            }

            DealStatistics statistics = DealStatistics.by(dimension, data.deals());

            assertEquals(List.copyOf(expected.keySet()), statistics.groups().stream().map(DealStatistics.Group::key).toList(),
                    dimension.label());
            for (DealStatistics.Group g : statistics.groups()) {
                double[] e = expected.get(g.key());
                String what = dimension.label() + " " + g.key();
                assertEquals((int) e[0], g.deals(), what);
                assertEquals((int) e[1], g.open(), what);
                assertEquals((int) e[2], g.won(), what);
                assertEquals((int) e[3], g.lost(), what);
                assertEquals(e[4], g.revenue(), 1e-6, what);
                if (e[2] + e[3] > 0) {
                    assertEquals(e[2] / (e[2] + e[3]), g.winRate().orElseThrow(), 1e-12, what);
                    assertEquals(e[5] / e[6], g.meanCycleDays().orElseThrow(), 1e-9, what);
                } else {
                    assertTrue(g.winRate().isEmpty(), what);
                }
            }
        }
    }

    @Test
    void theDataSetAsAWhole() {
        DealStatistics.Group all = DealStatistics.group("all", data.deals());

        assertEquals(4238, all.won());
        assertEquals(2473, all.lost());
        assertEquals(2089, all.open());
        assertEquals(rows.stream().mapToDouble(Row::value).sum(), all.revenue(), 1e-6);
        assertEquals(7, DealStatistics.by(Dimension.PRODUCT, data.deals()).groups().size(), "GTXPro is GTX Pro");
        assertTrue(DealStatistics.by(Dimension.SECTOR, data.deals()).groups().stream().anyMatch(g -> g.key().equals("technology")));
        assertTrue(DealStatistics.by(Dimension.SECTOR, data.deals()).groups().stream().noneMatch(g -> g.key().equals("technolgy")));
    }

    @Test
    void funnelCountsConversionTimeInStageAndBottleneck() {
        Funnel funnel = Funnel.of(SalesPipelineForecasts.STAGES, SalesPipelineForecasts.paths(data));

        long engaged = rows.stream().filter(r -> !r.engage().isEmpty()).count();
        long prospecting = rows.stream().filter(r -> r.stage().equals("Prospecting")).count();
        long engaging = rows.stream().filter(r -> r.stage().equals("Engaging")).count();
        long won = rows.stream().filter(r -> r.stage().equals("Won")).count();
        long lost = rows.stream().filter(r -> r.stage().equals("Lost")).count();
        double days = rows.stream().filter(r -> !r.close().isEmpty())
                .mapToLong(r -> ChronoUnit.DAYS.between(LocalDate.parse(r.engage()), LocalDate.parse(r.close()))).average().orElseThrow();

        Funnel.Stage p = funnel.stages().get(0);
        Funnel.Stage e = funnel.stages().get(1);
        assertEquals(8800, p.reached());
        assertEquals(prospecting, p.open());
        assertEquals(engaged, p.advanced());
        assertEquals(0, p.lost(), "no deal of the file was lost before engaging");
        assertEquals(1.0, p.conversion().orElseThrow());
        assertTrue(p.meanDaysInStage().isEmpty(), "Prospecting deals have no start date");
        assertEquals(engaged, e.reached());
        assertEquals(engaging, e.open());
        assertEquals(won, e.advanced());
        assertEquals(lost, e.lost());
        assertEquals((double) won / (won + lost), e.conversion().orElseThrow(), 1e-12);
        assertEquals((double) lost / (won + lost), e.dropOff().orElseThrow(), 1e-12);
        assertEquals(days, e.meanDaysInStage().orElseThrow(), 1e-9);
        assertEquals("Engaging", funnel.bottleneck().orElseThrow().name());
    }

    @Test
    void salesVelocityIsOpenDealsTimesWinRateTimesAverageDealOverCycle() {
        long open = rows.stream().filter(r -> r.close().isEmpty()).count();
        List<Row> wonRows = rows.stream().filter(r -> r.stage().equals("Won")).toList();
        double winRate = wonRows.size() / (double) rows.stream().filter(r -> !r.close().isEmpty()).count();
        double average = wonRows.stream().mapToDouble(Row::value).average().orElseThrow();
        double cycle = wonRows.stream().mapToLong(r -> ChronoUnit.DAYS.between(LocalDate.parse(r.engage()),
                LocalDate.parse(r.close()))).average().orElseThrow();

        SalesVelocity v = SalesPipelineForecasts.velocity(data);

        assertEquals(open, v.opportunities());
        assertEquals(winRate, v.winRate(), 1e-12);
        assertEquals(average, v.averageWonAmount(), 1e-9);
        assertEquals(cycle, v.averageCycleDays(), 1e-9);
        assertEquals(open * winRate * average / cycle, v.perDay(), 1e-6);
    }

    @Test
    void weightedPipelineByMonthAndQuarterAddsUpToTheOpenDealsAtTheirStageProbabilities() {
        List<OpenDeal> open = SalesPipelineForecasts.openDeals(data);
        double expected = rows.stream().filter(r -> r.close().isEmpty())
                .mapToDouble(r -> r.price() * (r.stage().equals("Engaging") ? 0.5 : 0.1)).sum();

        SortedMap<YearMonth, WeightedPipeline.Totals> months = WeightedPipeline.byMonth(open);
        SortedMap<Quarter, WeightedPipeline.Totals> quarters = WeightedPipeline.byQuarter(open);

        assertEquals(2089, open.size());
        assertEquals(expected, WeightedPipeline.total(open), 1e-6);
        assertEquals(expected, months.values().stream().mapToDouble(WeightedPipeline.Totals::weighted).sum(), 1e-6);
        assertEquals(expected, quarters.values().stream().mapToDouble(WeightedPipeline.Totals::weighted).sum(), 1e-6);
        assertEquals(2089, quarters.values().stream().mapToInt(WeightedPipeline.Totals::deals).sum());
        assertTrue(months.firstKey().isAfter(YearMonth.of(2017, 12)), "nothing is expected to close before the as-of day");
        for (Map.Entry<Quarter, WeightedPipeline.Totals> q : quarters.entrySet()) {
            double inMonths = months.entrySet().stream().filter(m -> Quarter.of(m.getKey()).equals(q.getKey()))
                    .mapToDouble(m -> m.getValue().amount()).sum();
            assertEquals(inMonths, q.getValue().amount(), 1e-6, q.getKey().toString());
        }
    }

    @Test
    void theDealsOpenOnAnEarlierDayAreTheEngagedOnesNotYetClosed() {
        LocalDate asOf = LocalDate.of(2017, 9, 30);
        List<Row> expected = rows.stream().filter(r -> !r.engage().isEmpty() && !LocalDate.parse(r.engage()).isAfter(asOf)
                && (r.close().isEmpty() || LocalDate.parse(r.close()).isAfter(asOf))).toList();

        List<OpenDeal> open = SalesPipelineForecasts.openDealsAsOf(data, asOf);

        assertEquals(expected.stream().map(Row::id).sorted().toList(), open.stream().map(OpenDeal::id).sorted().toList());
        assertTrue(open.stream().allMatch(d -> d.expectedClose().isAfter(asOf) && d.probability() == 0.5));
        assertEquals(expected.stream().mapToDouble(Row::price).sum() / 2, WeightedPipeline.total(open), 1e-6);
    }

    @Test
    void forecastsRollUpFromAgentsToManagersToOfficesWithAdjustments() {
        List<OpenDeal> open = SalesPipelineForecasts.openDeals(data);
        List<WonDeal> won = SalesPipelineForecasts.wonDeals(data);
        LocalDate from = LocalDate.of(2017, 10, 1);
        LocalDate to = LocalDate.of(2018, 3, 31);
        Map<String, ForecastRollup> byOwner = ForecastRollup.byOwner(open, won, from, to);
        TeamForecast team = SalesPipelineForecasts.hierarchy(data);

        Map<String, ForecastRollup> plain = team.rollUp(byOwner, List.of());
        Map<String, ForecastRollup> adjusted = team.rollUp(byOwner, List.of(
                new ForecastAdjustment("Dustin Brinkmann", ForecastAdjustment.Call.COMMIT, 25_000),
                new ForecastAdjustment("Central", ForecastAdjustment.Call.MOST_LIKELY, -10_000)));

        double centralClosed = rows.stream().filter(r -> r.office().equals("Central") && r.stage().equals("Won")
                && !LocalDate.parse(r.close()).isBefore(from) && !LocalDate.parse(r.close()).isAfter(to)).mapToDouble(Row::value).sum();
        assertEquals(centralClosed, plain.get("Central").closed(), 1e-6);
        ForecastRollup total = ForecastRollup.of(open, won, from, to);
        double offices = plain.get("Central").bestCase() + plain.get("East").bestCase() + plain.get("West").bestCase();
        assertEquals(total.bestCase(), offices, 1e-6);
        assertEquals(plain.get("Dustin Brinkmann").commit() + 25_000, adjusted.get("Dustin Brinkmann").commit(), 1e-6);
        assertEquals(plain.get("Central").commit() + 25_000, adjusted.get("Central").commit(), 1e-6);
        assertEquals(plain.get("Central").mostLikely() - 10_000, adjusted.get("Central").mostLikely(), 1e-6);
        assertEquals(plain.get("East").commit(), adjusted.get("East").commit(), 1e-6);
        assertEquals(plain.get("Dustin Brinkmann").mostLikely(), adjusted.get("Dustin Brinkmann").mostLikely(), 1e-6);
        for (ForecastRollup r : plain.values()) {
            assertTrue(r.closed() <= r.commit() && r.commit() <= r.mostLikely() && r.mostLikely() <= r.bestCase(), r.toString());
        }

        List<QuotaAttainment> quota = QuotaAttainment.of(Map.of("Central", 1_500_000.0), plain);
        assertEquals(centralClosed / 1_500_000, quota.get(0).attainment(), 1e-12);
        assertTrue(quota.get(0).projected() >= quota.get(0).attainment());
    }
}
