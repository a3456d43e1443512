package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code crmkit score} on the example rule set and leads in examples/scoring, and on garbage. */
final class ScoreCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "scoring");
    private static final String RULES = EXAMPLES.resolve("b2b-rules.json").toString();
    private static final String LEADS = EXAMPLES.resolve("leads.csv").toString();
    private static final String AS_OF = "2026-06-01T12:00:00Z";

    @Test
    void scoresTheExampleLeadsAndReportsTheBadRowByLine() {
        CommandRun run = CommandRun.of("score", "--rules", RULES, "--leads", LEADS, "--as-of", AS_OF);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Rule set b2b-saas version 7, 7 leads scored as of 2026-06-01T12:00:00Z, 1 rows skipped"),
                run.out());
        assertTrue(run.err().contains("leads.csv line 8: event 'page_view@yesterday' has no ISO-8601 instant"), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("L-1001 +80 +47\\.29 +127\\.29 +A +2 +hot +yes")),
                "a CTO of a software company who asked for a demo is hot:\n" + run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("L-1004 +-30 +9\\.67 +-20\\.33 +D +4 +cold +no")),
                "a competitor scores low:\n" + run.out());
    }

    @Test
    void explainsEveryScoreWithContributionsThatAddUp() throws Exception {
        CommandRun run = CommandRun.of("score", "--rules", RULES, "--leads", LEADS, "--as-of", AS_OF, "--explain", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("b2b-saas", root.path("ruleSet").path("id").asText());
        assertEquals(7, root.path("scores").size());
        assertEquals(8, root.path("problems").get(0).path("line").asInt());
        for (JsonNode score : root.path("scores")) {
            double sum = 0;
            for (JsonNode c : score.path("contributions")) {
                sum += c.path("points").asDouble();
            }
            assertEquals(score.path("total").asDouble(), sum, 1e-9, score.path("id").asText());
        }
        JsonNode ada = root.path("scores").get(0);
        assertEquals("L-1001", ada.path("id").asText());
        assertTrue(ada.path("marketingQualified").asBoolean(), ada.toString());
    }

    @Test
    void badFilesFailWithAMessageNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        Path badRules = Files.writeString(dir.resolve("rules.json"), "{\"id\": \"x\", \"version\": 1, \"fit\": [{\"id\": 3}]}");
        Path noId = Files.writeString(dir.resolve("leads.csv"), "name,industry\nAda,software\n");
        Path binary = Files.write(dir.resolve("junk.csv"), new byte[]{(byte) 0xC3, 0x28, 0x00, (byte) 0xFF});

        CommandRun rules = CommandRun.of("score", "--rules", badRules.toString(), "--leads", LEADS);
        CommandRun header = CommandRun.of("score", "--rules", RULES, "--leads", noId.toString());
        CommandRun junk = CommandRun.of("score", "--rules", RULES, "--leads", binary.toString());
        CommandRun missing = CommandRun.of("score", "--rules", dir.resolve("nope.json").toString(), "--leads", LEADS);
        CommandRun asOf = CommandRun.of("score", "--rules", RULES, "--leads", LEADS, "--as-of", "tomorrow");

        assertEquals(1, rules.exitCode());
        assertTrue(rules.err().contains("$.fit[0].id: must be a string"), rules.err());
        assertEquals(1, header.exitCode());
        assertTrue(header.err().contains("line 1: there is no 'id' column"), header.err());
        assertEquals(1, junk.exitCode());
        assertTrue(junk.err().contains("is not a UTF-8 text file"), junk.err());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.json does not exist"), missing.err());
        assertEquals(2, asOf.exitCode());
        assertTrue(asOf.err().contains("--as-of must be an ISO-8601 instant"), asOf.err());
    }

    @Test
    void csvFieldsFollowRfc4180Quoting() {
        assertEquals(java.util.List.of("a", "b, c", "say \"hi\"", ""), LeadCsv.fields("a,\"b, c\",\"say \"\"hi\"\"\","));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LeadCsv.fields("a,\"open")).getMessage().contains("no closing one"));
    }

    @Test
    void aQuotedFieldMayHoldALineBreak(@TempDir Path dir) throws Exception {
        Path leads = Files.writeString(dir.resolve("leads.csv"),
                "id,company,industry\nL1,\"Acme\nWest\",software\nL2,\"Globex\",software\nL3,\"bad\"x,software\n");

        LeadCsv.Result read = LeadCsv.read(leads);

        assertEquals(java.util.List.of("L1", "L2"), read.rows().stream().map(LeadCsv.Row::id).toList());
        assertEquals(java.util.Optional.of("acme\nwest"), read.rows().get(0).profile().get("company"));
        assertEquals(4, read.rows().get(1).line(), "L2 starts on line 4, after L1's two lines");
        assertEquals(java.util.List.of(5), read.problems().stream().map(LeadCsv.Problem::line).toList());
    }
}
