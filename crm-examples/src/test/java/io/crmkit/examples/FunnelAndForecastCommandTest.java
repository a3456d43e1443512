package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code crmkit funnel} and {@code crmkit forecast} on the CRM Sales Opportunities files, and their charts. */
final class FunnelAndForecastCommandTest {

    private static final String PIPELINE = "../../shared/datasets/crm-sales-opportunities/sales_pipeline.csv";

    @Test
    void funnelPrintsConversionBottleneckVelocityAndWinRatesAndDrawsBars(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("funnel.svg");

        CommandRun run = CommandRun.of("funnel", "--pipeline", PIPELINE, "--svg", svg.toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("crmkit funnel: 8800 deals in sales_pipeline.csv (4238 won, 2473 lost, 2089 open), as of 2017-12-31"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Prospecting +8800 +500 +8300 +0 +100\\.0% +0\\.0% +unknown")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Engaging +8300 +1589 +4238 +2473 +63\\.2% +36\\.8% +48\\.0")), out);
        assertTrue(out.contains("Bottleneck: Engaging"), out);
        assertTrue(out.contains("Sales velocity: 2089 open x 63.2% win rate x "), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +GTX Pro +1480 .*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +technology +.*")), out);
        String chart = Files.readString(svg);
        assertTrue(chart.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), chart);
        assertTrue(chart.contains(">Prospecting: 8800</text>") && chart.contains(">Won: 4238</text>"), chart);
        assertTrue(chart.contains("(bottleneck)"), chart);
    }

    @Test
    void funnelAsJsonHasTheStagesAndEveryDimension() throws Exception {
        CommandRun run = CommandRun.of("funnel", "--pipeline", PIPELINE, "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("Engaging", root.path("bottleneck").asText());
        assertEquals(2, root.path("stages").size());
        assertTrue(root.path("stages").get(0).path("meanDaysInStage").isNull());
        assertEquals(35 - 5, root.path("by").path("agent").size());
        assertEquals(7, root.path("by").path("product").size());
        assertEquals(3, root.path("by").path("office").size());
        int won = 0;
        for (JsonNode g : root.path("by").path("sector")) {
            won += g.path("won").asInt();
        }
        assertEquals(4238, won);
    }

    @Test
    void forecastFromAnEarlierDayShowsTheFanAndWhatHappened(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("fan.svg");

        CommandRun run = CommandRun.of("forecast", "--pipeline", PIPELINE, "--as-of", "2017-09-30", "--trials", "2000",
                "--svg", svg.toString());
        CommandRun again = CommandRun.of("forecast", "--pipeline", PIPELINE, "--as-of", "2017-09-30", "--trials", "2000", "--json");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("crmkit forecast: 2409 deals open on 2017-09-30 in sales_pipeline.csv"), out);
        assertTrue(out.contains("Forecast calls for 2017-Q4 by office and manager"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +2017-10 +\\d+ +\\d+ +\\d+ +\\d+ +731980")), out);
        assertTrue(out.contains("Too few months of won revenue before 2017-09-30 (7)"), out);
        JsonNode root = new ObjectMapper().readTree(again.out());
        JsonNode october = root.path("monteCarlo").path("months").get(0);
        assertEquals("2017-10", october.path("month").asText());
        assertTrue(october.path("p10").asDouble() <= october.path("p50").asDouble()
                && october.path("p50").asDouble() <= october.path("p90").asDouble());
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%.0f", october.path("p50").asDouble())),
                "the same seed gives the same fan in text and JSON");
        assertEquals(root.path("weightedPipeline").asDouble(), root.path("monteCarlo").path("total").path("mean").asDouble(),
                0.01 * root.path("weightedPipeline").asDouble());
        String chart = Files.readString(svg);
        assertTrue(chart.contains("<polygon") && chart.contains("stroke-dasharray") && chart.contains(">2017-12</text>"), chart);
    }

    @Test
    void forecastAtTheEndOfTheFileBacktestsMonthlyRevenue() throws Exception {
        CommandRun run = CommandRun.of("forecast", "--pipeline", PIPELINE, "--as-of", "2017-12-31", "--trials", "1000", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode ts = new ObjectMapper().readTree(run.out()).path("timeSeries");
        assertTrue(ts.path("chosen").asText().startsWith("Holt-Winters"), ts.toString());
        assertEquals(4, ts.path("backtest").size());
        assertEquals(3, ts.path("forecast").size());
        assertEquals("2018-01", ts.path("forecast").get(0).path("month").asText());
    }

    @Test
    void badArgumentsAreNamed(@TempDir Path dir) throws Exception {
        CommandRun late = CommandRun.of("forecast", "--pipeline", PIPELINE, "--as-of", "2018-06-30");
        CommandRun early = CommandRun.of("forecast", "--pipeline", PIPELINE, "--as-of", "2016-01-01");
        CommandRun months = CommandRun.of("forecast", "--pipeline", PIPELINE, "--as-of", "2017-12-31", "--months", "0");
        CommandRun missing = CommandRun.of("funnel", "--pipeline", dir.resolve("nope.csv").toString());
        CommandRun usage = CommandRun.of("forecast", "--pipeline", PIPELINE);

        assertEquals(1, late.exitCode());
        assertTrue(late.err().contains("--as-of 2018-06-30 is after the last day of the file, 2017-12-31"), late.err());
        assertEquals(1, early.exitCode());
        assertTrue(early.err().contains("no deal closed on or before 2016-01-01"), early.err());
        assertEquals(1, months.exitCode());
        assertTrue(months.err().contains("--months must be at least 1 but was 0"), months.err());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("Missing required option: '--as-of=DATE'"), usage.err());
    }
}
