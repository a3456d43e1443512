package io.crmkit.scoring.customerbase;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TransactionFileProperties {

    @Provide
    Arbitrary<String> almostTransactions() {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789-.,aZ \"").ofMaxLength(10),
                Arbitraries.of("19970101", "2024-02-30", "12.5", "-1", "1e400", "NaN", "00042", ""));
        Arbitrary<String> line = field.list().ofMinSize(0).ofMaxSize(6).map(fs -> String.join(
                fs.size() % 2 == 0 ? "," : " ", fs));
        return line.list().ofMaxSize(8).map(ls -> String.join("\r\n", ls));
    }

    @Property(tries = 500)
    void arbitraryTextIsReadOrRejectedWithLinesButNeverCrashes(@ForAll("almostTransactions") String text) {
        try {
            List<Transaction> read = TransactionFile.parse(Path.of("x"), text);
            assertFalse(read.isEmpty());
        } catch (TransactionFormatException e) {
            assertFalse(e.problems().isEmpty());
            assertTrue(e.problems().stream().allMatch(p -> p.line() >= 1), e.getMessage());
        }
    }
}
