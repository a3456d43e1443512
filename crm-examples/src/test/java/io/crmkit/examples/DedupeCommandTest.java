package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code crmkit dedupe} on the example leads in examples/dedupe, and on garbage. */
final class DedupeCommandTest {

    private static final String LEADS = Path.of("..", "examples", "dedupe", "leads.csv").toString();

    @Test
    void findsTheExampleClustersWithTheirMasters() {
        CommandRun run = CommandRun.of("dedupe", "--leads", LEADS);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("18 leads, 6 duplicate clusters, 1 possible duplicates to review"), run.out());
        assertTrue(run.out().contains("Cluster 1: 3 leads, score 1.00, proposed master L-001"), run.out());
        assertTrue(run.out().contains("proposed master L-011"), "the CJK name typed in one field is found:\n" + run.out());
        assertTrue(run.out().contains("proposed master L-015"), "the Japanese company with 株式会社 in front or behind:\n" + run.out());
        assertTrue(run.out().contains("proposed master L-017"), "the converted lead is the master:\n" + run.out());
        assertTrue(run.out().contains("L-013 ~ L-014 0.79 MAYBE"), "same name and free-mail address at another company is for review:\n" + run.out());
        assertTrue(!run.out().contains("L-010") && !run.out().contains("L-004") && !run.out().contains("L-007"),
                "colleagues and namesakes are not duplicates:\n" + run.out());
    }

    @Test
    void printsClustersAsJson() throws Exception {
        CommandRun run = CommandRun.of("dedupe", "--leads", LEADS, "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(18, root.path("leads").asInt());
        List<String> masters = new ArrayList<>();
        root.path("clusters").forEach(c -> masters.add(c.path("master").asText()));
        assertEquals(List.of("L-001", "L-005", "L-008", "L-011", "L-015", "L-017"), masters);
        JsonNode first = root.path("clusters").get(0);
        assertEquals("[\"L-001\",\"L-002\",\"L-003\"]", first.path("members").toString());
        assertTrue(first.path("links").get(0).path("evidence").size() >= 3);
        assertEquals("MAYBE", root.path("possible").get(0).path("verdict").asText());
    }

    @Test
    void garbageRowsAreReportedWithLineFieldAndValueAndNothingIsScanned(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("leads.csv"), String.join("\n",
                "id,first_name,last_name,email,phone,status,captured_at,score",
                "A1,Ada,Lovelace,ada@analytical.example,,NEW,2026-01-01T00:00:00Z,0.5",
                "A2,Ada,Lovelace,ada@@analytical,+44 20 7946 0018,ASLEEP,yesterday,2",
                "A1,,,,,,,",
                "A4,\"Grace,Hopper", ""));

        CommandRun run = CommandRun.of("dedupe", "--leads", csv.toString());

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("line 3: field 'email' value 'ada@@analytical' is invalid"), run.err());
        assertTrue(run.err().contains("line 3: field 'status' value 'ASLEEP' is not one of"), run.err());
        assertTrue(run.err().contains("line 3: field 'captured_at' value 'yesterday'"), run.err());
        assertTrue(run.err().contains("line 3: field 'score' value '2' must be a number in [0,1]"), run.err());
        assertTrue(run.err().contains("line 4: field 'id' value 'A1' appears twice (first on line 2)"), run.err());
        assertTrue(run.err().contains("line 5: field 2 has an opening quote but no closing one"), run.err());
    }

    @Test
    void badFilesFailNamingTheFile(@TempDir Path dir) throws Exception {
        Path unknown = Files.writeString(dir.resolve("unknown.csv"), "id,emial\nA,ada@analytical.example\n");
        Path missing = dir.resolve("missing.csv");

        CommandRun typo = CommandRun.of("dedupe", "--leads", unknown.toString());
        CommandRun none = CommandRun.of("dedupe", "--leads", missing.toString());
        CommandRun region = CommandRun.of("dedupe", "--leads", LEADS, "--region", "Atlantis");

        assertEquals(1, typo.exitCode());
        assertTrue(typo.err().contains("line 1: unknown column 'emial'"), typo.err());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("cannot read") && none.err().contains("missing.csv"), none.err());
        assertEquals(1, region.exitCode());
        assertTrue(region.err().contains("--region") && region.err().contains("Atlantis"), region.err());
    }
}
