package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.predictive.CsvFormatException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader never throws anything but its documented errors, whatever the pipeline file holds. */
final class SalesOpportunitiesDataProperties {

    private static final String VALID = String.join("\r\n",
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
            "1C1I7A6R,Moses Frase,GTX Basic,Cancity,Won,2016-10-20,2017-03-01,588",
            "Z063OYW0,Moses Frase,GTXPro,Cancity,Lost,2016-10-25,2017-03-11,0",
            "ZZ9JFGT1,Moses Frase,GTX Basic,,Engaging,2017-12-01,,",
            "Q1M3LPHA,Moses Frase,GTXPro,,Prospecting,,,") + "\r\n";

    private static Path dir;

    @BeforeContainer
    static void writeReferenceFiles() throws IOException {
        dir = Files.createTempDirectory("crmkit-sales-opportunities");
        Files.writeString(dir.resolve("accounts.csv"), "account,sector\r\nCancity,retail\r\n");
        Files.writeString(dir.resolve("products.csv"), "product,series,sales_price\r\nGTX Basic,GTX,550\r\nGTX Pro,GTX,4821\r\n");
        Files.writeString(dir.resolve("sales_teams.csv"), "sales_agent,manager,regional_office\r\nMoses Frase,Dustin Brinkmann,Central\r\n");
    }

    @AfterContainer
    static void deleteThem() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The valid file with a few characters replaced, inserted or deleted, from a set that includes CSV's own. */
    @Provide
    Arbitrary<String> mutatedFiles() {
        Arbitrary<Character> chars = Arbitraries.of(',', '"', '\r', '\n', ' ', '-', '0', '9', 'W', '\u0000', '\u00e9', '\uFEFF');
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, VALID.length() - 1).array(int[].class).ofSize(3);
        return net.jqwik.api.Combinators.combine(edit.list().ofMaxSize(6), chars.list().ofSize(6), Arbitraries.integers().between(0, 2).list().ofSize(6))
                .as((edits, replacements, kinds) -> {
                    StringBuilder text = new StringBuilder(VALID);
                    for (int i = 0; i < edits.size(); i++) {
                        int at = Math.min(edits.get(i)[0], text.length() - 1);
                        if (at < 0) {
                            break;
                        }
                        switch (kinds.get(i)) {
                            case 0 -> text.setCharAt(at, replacements.get(i));
                            case 1 -> text.insert(at, replacements.get(i));
                            default -> text.deleteCharAt(at);
                        }
                    }
                    return text.toString();
                });
    }

    @Property(tries = 300)
    void aMutatedFileIsReadWithItsBadRowsReportedOrRejectedNamingIt(@ForAll("mutatedFiles") String text) throws IOException {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRejectedNamingTheFile(@ForAll byte[] bytes) throws IOException {
        check(bytes);
    }

    private static void check(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("sales_pipeline.csv"), content);
        long lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
        try {
            SalesOpportunitiesData data = SalesOpportunitiesData.read(file);
            for (SalesOpportunitiesData.Problem p : data.problems()) {
                assertEquals(file, p.file());
                assertTrue(p.line() >= 2 && p.line() <= lines, p.toString());
            }
            List<SalesOpportunitiesData.Deal> deals = data.deals();
            assertTrue(deals.size() + data.problems().size() >= 1);
            data.open().forEach(data::snapshot);
            data.closed().forEach(d -> assertTrue(d.stageReached().equals("engaging") || d.stageReached().equals("prospecting")));
        } catch (CsvFormatException e) {
            assertEquals(file, e.file());
            assertTrue(e.line() >= 1 && e.line() <= lines + 1, e.getMessage());
            assertTrue(e.getMessage().startsWith(file + " line " + e.line() + ": "), e.getMessage());
        }
    }
}
