package io.crmkit.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code crmkit demo --store h2}: the same story, stored in an H2 file and read back from it. */
final class DemoOnH2Test {

    @Test
    void tellsTheSameStoryReadBackFromTheH2FileWhichHoldsIt(@TempDir Path dir) throws Exception {
        Path database = dir.resolve("story");

        CommandRun h2 = CommandRun.of("demo", "--store", "h2", "--database", database.toString());
        CommandRun memory = CommandRun.of("demo");

        assertEquals(0, h2.exitCode(), h2.err());
        assertEquals("", h2.err());
        List<String> lines = h2.out().lines().toList();
        assertEquals("crmkit demo: a sales story on an H2 file database", lines.get(0));
        assertTrue(lines.get(1).startsWith("Stored in " + database.toAbsolutePath() + ".mv.db through the Jakarta"
                + " Persistence adapters; the tables below are read back from it, and 31 domain events wait in its outbox."),
                lines.get(1));
        assertEquals(withoutIds(memory.out().lines().skip(1).toList()), withoutIds(lines.subList(2, lines.size())),
                "the story read back from the database is the one told in memory");

        // the file holds the story: the won opportunity and the customer's lifecycle, straight from SQL
        assertTrue(Files.exists(Path.of(database + ".mv.db")));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
             Statement s = c.createStatement()) {
            assertEquals("WON", single(s, "select status from crm_opportunity"));
            assertEquals("CUSTOMER", single(s, "select stage from crm_lifecycle l join crm_account a on a.id = l.account_id"
                    + " where a.name = 'Analytical Engines Ltd'"));
            assertEquals("3", single(s, "select count(*) from crm_lead"));
        }
    }

    @Test
    void recreatesTheFileOnEveryRun(@TempDir Path dir) {
        Path database = dir.resolve("again");

        CommandRun first = CommandRun.of("demo", "--store", "h2", "--database", database.toString());
        CommandRun second = CommandRun.of("demo", "--store", "h2", "--database", database.toString());

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(first.out().lines().skip(1).findFirst(), second.out().lines().skip(1).findFirst(),
                "the second run starts from an empty database: the same 31 outbox events, not 62");
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            String value = rs.getString(1);
            assertTrue(!rs.next(), "one row for " + sql);
            return value;
        }
    }

    private static List<String> withoutIds(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("#[0-9a-f]{8}", "#id")).toList();
    }
}
