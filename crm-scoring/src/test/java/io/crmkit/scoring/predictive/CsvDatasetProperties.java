package io.crmkit.scoring.predictive;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CsvDatasetProperties {

    @Property(tries = 1000)
    void arbitraryTextIsEitherADatasetWithProblemsByLineOrAFormatErrorNamingFileAndLine(@ForAll("csvish") String text)
            throws IOException {
        Path file = Files.createTempFile("crmkit-csv", ".csv");
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            long lines = text.lines().count() + 1;
            try {
                CsvDataset read = CsvDataset.read(file, ';', "y", "yes", Set.of());
                Dataset data = read.dataset();
                assertTrue(data.size() > 0 && data.positives() > 0, data.toString());
                assertTrue(read.problems().size() <= data.size(), "no more bad rows than good: " + read.problems());
                read.problems().forEach(p -> assertTrue(p.line() >= 2 && p.line() <= lines, p.toString()));
            } catch (CsvFormatException e) {
                assertEquals(file, e.file());
                assertTrue(e.line() >= 1 && e.line() <= lines + 1, e.getMessage());
                assertFalse(e.getMessage().isBlank());
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<String> csvish() {
        Arbitrary<String> fragments = Arbitraries.of("\"y\"", "y", "\"a\"", "b", ";", ";", ";", "\n", "\n", "\r\n", "\r",
                "\"", "\"\"", "yes", "\"yes\"", "no", "1", "2.5", "-3", "x", " ", "", "\u0000", "\u00e9", "\uFEFF");
        Arbitrary<String> headed = fragments.list().ofMaxSize(60).map(l -> "\"a\";b;\"y\"\n" + String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80), fragments.list().ofMaxSize(60).map(l -> String.join("", l)),
                headed);
    }
}
