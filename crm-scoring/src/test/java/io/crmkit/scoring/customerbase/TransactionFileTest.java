package io.crmkit.scoring.customerbase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TransactionFileTest {

    private static final Path SOURCE = Path.of("t.txt");

    @Test
    void readsCdnowSampleAndMasterLinesAndPlainCsv() {
        List<Transaction> sample = TransactionFile.parse(SOURCE, " 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n");
        List<Transaction> master = TransactionFile.parse(SOURCE,
                " customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n\r\n");
        List<Transaction> csv = TransactionFile.parse(SOURCE, "customer,date,amount\nC-7,2024-03-01,19.90\n\"C-8\",20240302,0\n");

        assertEquals(List.of(new Transaction("1", LocalDate.of(1997, 1, 1), 29.33),
                new Transaction("1", LocalDate.of(1997, 1, 18), 29.73)), sample);
        assertEquals(List.of(new Transaction("1", LocalDate.of(1997, 1, 1), 11.77)), master);
        assertEquals(List.of(new Transaction("C-7", LocalDate.of(2024, 3, 1), 19.90),
                new Transaction("C-8", LocalDate.of(2024, 3, 2), 0)), csv);
    }

    @Test
    void reportsEveryMalformedLineWithItsNumberFieldAndValue() {
        String text = String.join("\r\n",
                " 00004 0001 19970101  2   29.33",
                " 00004 0001 19971332  2   29.73",
                " 00005 0002 19970101  x   1.00",
                " 00005 0002 19970101  1   -3",
                " 00005 0002 19970101  1",
                " 00006 0003 19970101  1   NaN",
                "");

        TransactionFormatException e = assertThrows(TransactionFormatException.class, () -> TransactionFile.parse(SOURCE, text));

        assertEquals(List.of(
                new TransactionFormatException.Problem(2, "date", "19971332", "is not a date (YYYYMMDD or YYYY-MM-DD)"),
                new TransactionFormatException.Problem(3, "number_of_cds", "x", "is not a whole number"),
                new TransactionFormatException.Problem(4, "dollar_value", "-3", "is not an amount of at least 0"),
                new TransactionFormatException.Problem(5, "line", "00005 0002 19970101 1",
                        "has 4 fields, expected 5 (master_id sample_id date number_of_cds dollar_value) as the first line"),
                new TransactionFormatException.Problem(6, "dollar_value", "NaN", "is not an amount of at least 0")), e.problems());
        assertTrue(e.getMessage().startsWith("t.txt line 2: date '19971332' is not a date"), e.getMessage());
    }

    @Test
    void rejectsCsvWithMissingOrExtraFields() {
        TransactionFormatException e = assertThrows(TransactionFormatException.class,
                () -> TransactionFile.parse(SOURCE, "c1,2024-01-01,5\n,2024-01-02,5\nc2,2024-01-02\nc3,yesterday,4\nc4,2024-01-01,5,6\nc5,2024-01-01,five\n"));

        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), e.problems().stream().map(TransactionFormatException.Problem::line).toList());
        assertEquals(List.of("customer", "line", "date", "line", "amount"),
                e.problems().stream().map(TransactionFormatException.Problem::field).toList());
        assertEquals("five", e.problems().get(4).value());
    }

    @Test
    void rejectsBinaryEmptyAndHeaderOnlyFiles(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        Path empty = Files.writeString(dir.resolve("empty"), "");
        Path header = Files.writeString(dir.resolve("header"), "customer,date,amount\r\n");
        Path nul = Files.writeString(dir.resolve("nul"), "a,b\0,c\n");

        assertEquals("is not UTF-8 text", assertThrows(TransactionFormatException.class, () -> TransactionFile.read(binary))
                .problems().get(0).message());
        assertEquals("holds no transaction", assertThrows(TransactionFormatException.class, () -> TransactionFile.read(empty))
                .problems().get(0).message());
        assertEquals("holds no transaction", assertThrows(TransactionFormatException.class, () -> TransactionFile.read(header))
                .problems().get(0).message());
        assertTrue(assertThrows(TransactionFormatException.class, () -> TransactionFile.read(nul)).getMessage()
                .contains("line 1: line 'a,b"));
    }

    @Test
    void namesOnlyTheFirstTenProblemsInItsMessage() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            text.append("c,not-a-date,1\n");
        }
        TransactionFormatException e = assertThrows(TransactionFormatException.class, () -> TransactionFile.parse(SOURCE, text.toString()));

        assertEquals(25, e.problems().size());
        assertTrue(e.getMessage().endsWith("; and 15 more bad lines"), e.getMessage());
    }
}
