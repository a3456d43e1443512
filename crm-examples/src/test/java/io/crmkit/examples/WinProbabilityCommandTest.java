package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code crmkit win-probability} on the real CRM Sales Opportunities files, on a hand-written slice and on garbage. */
final class WinProbabilityCommandTest {

    private static final Path DATA = Path.of("../../shared/datasets/crm-sales-opportunities");
    private static final String PIPELINE = DATA.resolve("sales_pipeline.csv").toString();

    @BeforeAll
    static void theDataSetIsThere() {
        if (!Files.isRegularFile(Path.of(PIPELINE))) {
            fail("the CRM sales opportunities data set is missing: expected " + Path.of(PIPELINE).toAbsolutePath().normalize()
                    + " (working directory " + Path.of("").toAbsolutePath() + "); it lives in ../shared/datasets next to the project root");
        }
    }

    @Test
    void evaluatesTheThreeApproachesOnTheLaterClosesAndSummarisesTheOpenDeals() {
        CommandRun run = CommandRun.of("win-probability", "--pipeline", PIPELINE);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("crmkit win-probability: 8800 deals in sales_pipeline.csv (6711 closed: 4238 won, 2473 lost; "
                + "2089 open), as of 2017-12-31\n"), out);
        assertTrue(out.contains("1480 deals name the product 'GTXPro', read as 'GTX Pro' of products.csv"), out);
        assertTrue(out.contains("Evaluation: learned from the 5368 earliest closes (2017-03-01..2017-11-03), tested on the "
                + "1343 latest (2017-11-03..2017-12-31)"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +at stage entry +stage default +1343 +65\\.1% +0\\.5000 +0\\.6931 +0\\.2500 .*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +during the deal +logistic model +5829 +65\\.6% +0\\.4\\d+ +0\\.64\\d+ +0\\.22\\d+ .*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +at close \\(leaks\\) +logistic model +1343 .*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Prospecting +GTX Basic +\\d+ +10\\.0% +6\\d\\.\\d% +6\\d\\.\\d%")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Engaging +MG Special +\\d+ +50\\.0% +6\\d\\.\\d% +\\d\\d\\.\\d%")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +All +2089 +.*")), out);
        assertTrue(out.contains("1291 open deals have been in their stage longer than any closed deal stayed (138 days)"), out);
    }

    @Test
    void printsEveryOpenDealWithItsProbabilitiesAsJson() throws Exception {
        CommandRun run = CommandRun.of("win-probability", "--pipeline", PIPELINE, "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(8800, root.path("dataset").path("deals").asInt());
        assertEquals("2017-12-31", root.path("dataset").path("asOf").asText());
        assertEquals(5368, root.path("split").path("training").asInt());
        assertEquals(7, root.path("evaluation").size());
        assertTrue(root.path("evaluation").get(6).path("leaks").asBoolean());
        JsonNode deals = root.path("openDeals");
        assertEquals(2089, deals.size());
        int engagingWithoutAccount = 0;
        for (JsonNode deal : deals) {
            double p = deal.path("probability").asDouble();
            assertTrue(p > 0 && p < 1, deal.toString());
            assertTrue(deal.path("winRateExplanation").asText().contains("closed deals"), deal.toString());
            if (deal.path("stage").asText().equals("Prospecting")) {
                assertTrue(deal.path("daysInStage").isNull(), deal.toString());
                assertEquals(0.10, deal.path("stageDefault").asDouble(), 1e-12);
            } else if (deal.path("account").isNull()) {
                engagingWithoutAccount++;
            }
        }
        assertTrue(engagingWithoutAccount > 0);
        int summarised = 0;
        for (JsonNode group : root.path("openSummary")) {
            summarised += group.path("deals").asInt();
        }
        assertEquals(2089, summarised);
        assertEquals(0, root.path("problems").size());
    }

    @Test
    void readsTheOtherFilesFromOptionsAndReportsBadRowsByLine(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value");
        for (int i = 0; i < 12; i++) {
            boolean won = i % 2 == 0;
            rows.add(String.format("T%02d,Moses Frase,GTXPro,Cancity,%s,2017-02-01,2017-03-%02d,%s", i, won ? "Won" : "Lost",
                    i + 1, won ? "4500" : "0"));
        }
        rows.add("T90,Moses Frase,MG Special,,Engaging,2017-03-05,,");
        rows.add("T91,Moses Frase,MG Special,Cancity,Prospecting,,,");
        rows.add("T92,Moses Frase,MG Special,Cancity,Negotiating,,,");
        Path pipeline = Files.writeString(dir.resolve("pipeline.csv"), String.join("\r\n", rows) + "\r\n");

        CommandRun run = CommandRun.of("win-probability", "--pipeline", pipeline.toString(),
                "--accounts", DATA.resolve("accounts.csv").toString(), "--products", DATA.resolve("products.csv").toString(),
                "--teams", DATA.resolve("sales_teams.csv").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("crmkit: pipeline.csv line 16: deal_stage 'Negotiating' is not one of Prospecting, Engaging, Won, Lost",
                run.err().strip());
        assertTrue(run.out().startsWith("crmkit win-probability: 14 deals in pipeline.csv (12 closed: 6 won, 6 lost; 2 open), "
                + "as of 2017-03-12, 1 rows skipped"), run.out());
        assertTrue(run.out().contains("learned from the 9 earliest closes"), run.out());
    }

    @Test
    void garbageFailsWithAMessageNamingTheFile(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("sales_pipeline.csv"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        Path accountsAsDeals = DATA.resolve("accounts.csv");

        CommandRun junk = CommandRun.of("win-probability", "--pipeline", binary.toString());
        CommandRun wrong = CommandRun.of("win-probability", "--pipeline", accountsAsDeals.toString());
        CommandRun missing = CommandRun.of("win-probability", "--pipeline", dir.resolve("nope.csv").toString());
        CommandRun noSiblings = CommandRun.of("win-probability", "--pipeline", Files.writeString(dir.resolve("p.csv"),
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\n"
                        + "Q1M3LPHA,Moses Frase,GTXPro,,Prospecting,,,\r\n").toString());
        CommandRun usage = CommandRun.of("win-probability");

        assertEquals(1, junk.exitCode());
        assertTrue(junk.err().startsWith("crmkit: CsvFormatException: " + binary + " line 1: the file is not UTF-8 text"), junk.err());
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains(accountsAsDeals + " line 1: the header must name the columns opportunity_id,"), wrong.err());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("sales pipeline file " + dir.resolve("nope.csv") + " does not exist"), missing.err());
        assertEquals(1, noSiblings.exitCode());
        assertTrue(noSiblings.err().contains(dir.resolve("accounts.csv") + ": no such file"), noSiblings.err());
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("Missing required option: '--pipeline=sales_pipeline.csv'"), usage.err());
    }

    @Test
    void isASubcommandOfCrmkit() {
        CommandRun run = CommandRun.of("--help");

        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("win-probability ")), run.out());
    }
}
