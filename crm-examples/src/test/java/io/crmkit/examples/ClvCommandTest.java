package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.scoring.customerbase.GammaGammaModel;
import io.crmkit.scoring.customerbase.ParetoNbdModel;
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

/** {@code crmkit clv} on the CDNOW sample, on a small CSV and on garbage. */
final class ClvCommandTest {

    private static final String SAMPLE = "../../shared/datasets/cdnow/CDNOW_sample.txt";

    @BeforeAll
    static void theDataSetIsThere() {
        if (!Files.isRegularFile(Path.of(SAMPLE))) {
            fail("the CDNOW data set is missing: expected " + Path.of(SAMPLE).toAbsolutePath().normalize()
                    + "; it lives in ../shared/datasets next to the project root");
        }
    }

    @Test
    void fitsTheBgNbdOnCdnowAndComparesTheHoldout() {
        CommandRun run = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1997-09-30");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("crmkit clv: 2357 customers in CDNOW_sample.txt with a first purchase on or before 1997-09-30 "
                + "(946 bought again before then)\n"), out);
        assertTrue(out.contains("BG/NBD: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, log-likelihood -9582.43, converged"), out);
        assertTrue(out.contains("Gamma-Gamma spend (946 repeat customers): p = 6.250, q = 3.744, gamma = 15.444"), out);
        assertTrue(out.contains("Holdout 1997-10-01..1998-06-30 (39.0 weeks)"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +0 +1411 +0\\.24 +0\\.23")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +7\\+ +64 +6\\.36 +6\\.\\d\\d")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Total +2357 +1882 +16\\d\\d")), out);
        assertTrue(out.contains("The 10 most valuable customers over the next 52 weeks"), out);
        List<String> rows = out.lines().dropWhile(l -> !l.contains("most valuable")).skip(3).toList();
        assertEquals(10, rows.size(), out);
        double previous = Double.MAX_VALUE;
        for (String row : rows) {
            String[] cells = row.strip().split(" +");
            double value = Double.parseDouble(cells[cells.length - 1]);
            assertTrue(value <= previous, out);
            previous = value;
        }
    }

    @Test
    void printsTheParetoNbdParametersAndTheRequestedCustomersAsJson() throws Exception {
        CommandRun run = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1997-09-30", "--model", "pareto-nbd",
                "--customer", "1", "--customer", "1516", "--horizon", "39", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode p = root.path("parameters");
        List<String> names = new ArrayList<>();
        p.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("r", "alpha", "s", "beta", "p", "q", "gamma"), names);
        assertEquals(0.553, p.path("r").asDouble(), 0.0005);
        assertEquals(10.578, p.path("alpha").asDouble(), 0.0005);
        assertEquals(0.606, p.path("s").asDouble(), 0.0005);
        assertEquals(11.669, p.path("beta").asDouble(), 0.005);
        assertEquals(-9595.0, root.path("logLikelihood").asDouble(), 0.05);
        assertEquals("CONVERGED", root.path("status").asText());
        assertEquals("pareto-nbd", root.path("model").asText());

        ParetoNbdModel model = new ParetoNbdModel(p.path("r").asDouble(), p.path("alpha").asDouble(), p.path("s").asDouble(),
                p.path("beta").asDouble());
        GammaGammaModel spend = new GammaGammaModel(p.path("p").asDouble(), p.path("q").asDouble(), p.path("gamma").asDouble());
        JsonNode customers = root.path("customers");
        assertEquals(2, customers.size());
        JsonNode first = customers.get(0);
        assertEquals("1", first.path("id").asText());
        assertEquals(2, first.path("x").asInt());
        assertEquals(30.43, first.path("t_x").asDouble(), 0.005);
        assertEquals(38.86, first.path("T").asDouble(), 0.005);
        assertEquals(model.probabilityAlive(2, first.path("t_x").asDouble(), first.path("T").asDouble()),
                first.path("probabilityAlive").asDouble(), 1e-12);
        assertEquals(model.expectedPurchases(39, 2, first.path("t_x").asDouble(), first.path("T").asDouble()),
                first.path("expectedPurchases").asDouble(), 1e-12);
        assertEquals(spend.expectedAverageSpend(2, 22.345), first.path("expectedAverageSpend").asDouble(), 1e-9);
        JsonNode heavy = customers.get(1);
        assertEquals("1516", heavy.path("id").asText());
        assertTrue(heavy.path("probabilityAlive").asDouble() > 0.99);
        assertTrue(heavy.path("expectedPurchases").asDouble() > 10 * first.path("expectedPurchases").asDouble());
        assertEquals(8, root.path("holdout").path("byCalibrationFrequency").size());
    }

    @Test
    void readsAPlainCsvOfTransactions(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(List.of("customer,date,amount"));
        for (int c = 0; c < 40; c++) {
            for (int k = 0; k <= c % 6; k++) {
                lines.add("C" + c + "," + java.time.LocalDate.of(2024, 1, 1).plusDays(c + 9L * k * (1 + c % 3)) + "," + (10 + c));
            }
        }
        Path csv = Files.write(dir.resolve("orders.csv"), lines);

        CommandRun run = CommandRun.of("clv", "--transactions", csv.toString(), "--calibration-end", "2024-12-31",
                "--customer", "C5", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(40, root.path("calibrationCustomers").asInt());
        assertEquals("C5", root.path("customers").get(0).path("id").asText());
        assertEquals(5, root.path("customers").get(0).path("x").asInt());
        assertTrue(root.path("holdout").isMissingNode(), "no transaction after the calibration end, so no holdout");
    }

    @Test
    void garbageFailsWithAMessageNamingTheLineFieldAndValue(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "c1,2024-01-01,10\r\nc1,2024-13-01,5\r\nc2,2024-01-03\r\nc3,2024-01-04,-2\r\n");
        Path binary = Files.write(dir.resolve("cdnow.txt"), new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 1, 2});

        CommandRun lines = CommandRun.of("clv", "--transactions", bad.toString(), "--calibration-end", "2024-02-01");
        CommandRun junk = CommandRun.of("clv", "--transactions", binary.toString(), "--calibration-end", "2024-02-01");
        CommandRun missing = CommandRun.of("clv", "--transactions", dir.resolve("nope.txt").toString(), "--calibration-end", "2024-02-01");
        CommandRun unknown = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1997-09-30", "--customer", "99999");
        CommandRun tooEarly = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1996-12-31");
        CommandRun model = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1997-09-30", "--model", "bg");
        CommandRun date = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1997-13-30");
        CommandRun horizon = CommandRun.of("clv", "--transactions", SAMPLE, "--calibration-end", "1997-09-30", "--horizon", "0");

        assertEquals(1, lines.exitCode());
        assertEquals("crmkit: TransactionFormatException: " + bad + " line 2: date '2024-13-01' is not a date (YYYYMMDD or "
                + "YYYY-MM-DD); line 3: line 'c2,2024-01-03' has 2 fields, expected 3 (customer,date,amount); line 4: amount '-2' "
                + "is not an amount of at least 0", lines.err().strip());
        assertEquals("", lines.out());
        assertEquals(1, junk.exitCode());
        assertTrue(junk.err().contains(binary + " line 1: file '(binary)' is not UTF-8 text"), junk.err());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("transaction file " + dir.resolve("nope.txt") + " does not exist"), missing.err());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("customer '99999' made no purchase on or before the calibration end 1997-09-30"), unknown.err());
        assertEquals(1, tooEarly.exitCode());
        assertTrue(tooEarly.err().contains("(the first purchase is on 1997-01-01)"), tooEarly.err());
        assertEquals(1, model.exitCode());
        assertTrue(model.err().contains("--model must be bgnbd or pareto-nbd but was 'bg'"), model.err());
        assertEquals(2, date.exitCode());
        assertTrue(date.err().contains("Invalid value for option '--calibration-end'"), date.err());
        assertEquals(1, horizon.exitCode());
        assertTrue(horizon.err().contains("--horizon must be at least 1 week but was 0"), horizon.err());
    }

    @Test
    void isASubcommandOfCrmkit() {
        CommandRun run = CommandRun.of("--help");

        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("clv ")), run.out());
    }
}
