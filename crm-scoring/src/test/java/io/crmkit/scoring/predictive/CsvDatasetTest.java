package io.crmkit.scoring.predictive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CsvDatasetTest {

    private static final String BANK_SAMPLE = """
            "age";"job";"marital";"balance";"duration";"y"
            58;"management";"married";2143;261;"no"
            44;"technician";"single";29;151;"yes"
            33;"entrepreneur";"married";2;76;"no"
            47;"blue-collar";"married";1506;92;"yes"
            """;

    @TempDir
    Path dir;

    @Test
    void readsQuotedSemicolonSeparatedRowsAndInfersColumnTypes() throws IOException {
        CsvDataset read = CsvDataset.read(file(BANK_SAMPLE), ';', "y", "yes", Set.of());

        Dataset data = read.dataset();
        assertEquals(List.of(Column.numeric("age"), Column.categorical("job"), Column.categorical("marital"),
                Column.numeric("balance"), Column.numeric("duration")), data.columns());
        assertEquals("y", data.target());
        assertEquals(4, data.size());
        assertEquals(2, data.positives());
        assertFalse(data.label(0));
        assertTrue(data.label(1));
        assertEquals(44.0, data.row(1).number("age").orElseThrow());
        assertEquals("technician", data.row(1).category("job").orElseThrow());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void leavesOutExcludedColumns() throws IOException {
        Dataset data = CsvDataset.read(file(BANK_SAMPLE), ';', "y", "yes", Set.of("duration", "marital")).dataset();

        assertEquals(List.of("age", "job", "balance"), data.columns().stream().map(Column::name).toList());
        assertTrue(data.row(0).number("duration").isEmpty());
    }

    @Test
    void keepsSeparatorsQuotesAndLineBreaksInsideQuotedValues() throws IOException {
        String text = "name,note,won\r\n"
                + "\"Smith, Jane\",\"said \"\"call me\"\"\",yes\r\n"
                + "Lee,\"two\r\nlines\",no\r\n"
                + "  Kim  ,   ,yes\r\n";

        CsvDataset read = CsvDataset.read(file(text), ',', "won", "yes", Set.of());

        Dataset data = read.dataset();
        assertEquals(List.of(), read.problems());
        assertEquals("Smith, Jane", data.row(0).category("name").orElseThrow());
        assertEquals("said \"call me\"", data.row(0).category("note").orElseThrow());
        assertTrue(data.row(1).category("note").orElseThrow().startsWith("two\r"));
        assertEquals("Kim", data.row(2).category("name").orElseThrow(), "unquoted values are trimmed");
        assertTrue(data.row(2).category("note").isEmpty(), "an empty value is missing");
    }

    @Test
    void reportsBadRowsWithTheirLineNumbersAndKeepsTheGoodOnes() throws IOException {
        String text = """
                "age";"job";"y"
                30;"admin.";"no"
                41;"admin.";"yes";"extra"
                52;"retired"

                33;"technician";"no"
                29;"student";
                38;"tech"nician";"no"
                45;"services";"yes"
                51;"admin.";"no"
                27;"student";"yes"
                """;

        CsvDataset read = CsvDataset.read(file(text), ';', "y", "yes", Set.of());

        assertEquals(List.of(
                new CsvProblem(3, "expected 3 values but found 4"),
                new CsvProblem(4, "expected 3 values but found 2"),
                new CsvProblem(7, "no value for the target 'y'"),
                new CsvProblem(8, "unexpected text after the closing quote of value 2")), read.problems());
        assertEquals("line 3: expected 3 values but found 4", read.problems().get(0).toString());
        Dataset data = read.dataset();
        assertEquals(5, data.size());
        assertEquals(List.of(30.0, 33.0, 45.0, 51.0, 27.0), IntStream.range(0, 5)
                .mapToObj(i -> data.row(i).number("age").orElseThrow()).toList());
        assertEquals(2, data.positives());
    }

    @Test
    void aFewBadNumbersInANumericColumnAreReportedAndTheColumnStaysNumeric() throws IOException {
        StringBuilder text = new StringBuilder("age,plan,converted\n");
        for (int i = 0; i < 200; i++) {
            text.append(i == 57 ? "forty" : String.valueOf(20 + i % 50)).append(",p").append(i % 3).append(',')
                    .append(i % 5 == 0 ? "1" : "0").append('\n');
        }

        CsvDataset read = CsvDataset.read(file(text.toString()), ',', "converted", "1", Set.of());

        assertEquals(ColumnType.NUMERIC, read.dataset().column("age").orElseThrow().type());
        assertEquals(List.of(new CsvProblem(59, "column 'age': 'forty' is not a number")), read.problems());
        assertEquals(199, read.dataset().size());
    }

    @Test
    void aColumnOfMostlyTextIsCategorical() throws IOException {
        String text = "zip,won\n1000,yes\n2000,no\nB-3000,no\n4000,yes\n";

        CsvDataset read = CsvDataset.read(file(text), ',', "won", "yes", Set.of());

        assertEquals(ColumnType.CATEGORICAL, read.dataset().column("zip").orElseThrow().type());
        assertEquals("1000", read.dataset().row(0).category("zip").orElseThrow());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void numbersAreStrictDecimals() {
        assertEquals(-12.5, CsvDataset.parse("-12.5"));
        assertEquals(0.5, CsvDataset.parse(".5"));
        assertEquals(1e-3, CsvDataset.parse("1e-3"));
        assertEquals(3.0, CsvDataset.parse("+3."));
        for (String notANumber : List.of("", "-", ".", "1e", "NaN", "Infinity", "1d", "0x10", "1,5", "1e999", "12a")) {
            assertTrue(Double.isNaN(CsvDataset.parse(notANumber)), notANumber);
        }
    }

    @Test
    void readsCrLfAByteOrderMarkAndNoFinalLineBreak() throws IOException {
        String text = "\uFEFFscore,won\r\n1,yes\r\n2,no";

        Dataset data = CsvDataset.read(file(text), ',', "won", "yes", Set.of()).dataset();

        assertEquals(List.of(Column.numeric("score")), data.columns());
        assertEquals(2, data.size());
    }

    // garbage

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path empty = file("");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(empty, ';', "y", "yes", Set.of()));
        assertEquals(empty, e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith(empty + " line 1: the file is empty"), e.getMessage());
        assertThrows(CsvFormatException.class, () -> CsvDataset.read(file("\n\n  \n"), ';', "y", "yes", Set.of()));
    }

    @Test
    void rejectsBinaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path binary = dir.resolve("junk.bin");
        Files.write(binary, junk);

        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(binary, ';', "y", "yes", Set.of()));

        assertEquals(binary, e.file());
        assertTrue(e.getMessage().contains("junk.bin line "), e.getMessage());
        assertTrue(e.getMessage().contains("not a text file") || e.getMessage().contains("not text"), e.getMessage());
    }

    @Test
    void rejectsAControlCharacterAtItsLine() throws IOException {
        Path file = file("a;y\n1;yes\n2;n\u0000o\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(file, ';', "y", "yes", Set.of()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
    }

    @Test
    void rejectsAFileWithOnlyAHeader() throws IOException {
        Path file = file("\"age\";\"y\"\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(file, ';', "y", "yes", Set.of()));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("a header but no data rows"), e.getMessage());
    }

    @Test
    void rejectsAFileOfMostlyRaggedRows() throws IOException {
        Path file = file("a;b;y\n1;2;yes\n1;2\n1\n1;2;3;4\n3;4;no\n5\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(file, ';', "y", "yes", Set.of()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("most data rows are bad (4 of 6); the first: expected 3 values but found 2"), e.getMessage());
    }

    @Test
    void rejectsAnUnterminatedQuoteAtTheLineItOpens() throws IOException {
        Path file = file("a;y\n1;yes\n\"2;no\n3;no\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(file, ';', "y", "yes", Set.of()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void rejectsAMissingTargetNamingTheColumnsAndHintingAtTheSeparator() throws IOException {
        Path commas = file("age,job,y\n30,admin,yes\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvDataset.read(commas, ';', "y", "yes", Set.of()));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no target column 'y'; columns: [age,job,y] (separated by ';'?)"), e.getMessage());
    }

    @Test
    void rejectsUnknownExcludedColumnsAndAPositiveLabelThatNeverOccurs() throws IOException {
        Path file = file(BANK_SAMPLE);
        CsvFormatException unknown = assertThrows(CsvFormatException.class,
                () -> CsvDataset.read(file, ';', "y", "yes", Set.of("durations")));
        assertTrue(unknown.getMessage().contains("excluded columns [durations] are not in the header"), unknown.getMessage());

        CsvFormatException label = assertThrows(CsvFormatException.class, () -> CsvDataset.read(file, ';', "y", "Yes", Set.of()));
        assertTrue(label.getMessage().contains("the positive label 'Yes' never occurs in the target column 'y' (values seen: [no, yes])"),
                label.getMessage());
    }

    @Test
    void rejectsABadHeader() throws IOException {
        assertThrows(CsvFormatException.class, () -> CsvDataset.read(file("a;a;y\n1;2;yes\n"), ';', "y", "yes", Set.of()));
        CsvFormatException blank = assertThrows(CsvFormatException.class,
                () -> CsvDataset.read(file("a;;y\n1;2;yes\n"), ';', "y", "yes", Set.of()));
        assertTrue(blank.getMessage().contains("column 2 of the header has no name"), blank.getMessage());
    }

    @Test
    void aMissingFileIsAnIoError() {
        Path missing = dir.resolve("nope.csv");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> CsvDataset.read(missing, ';', "y", "yes", Set.of()));
        assertTrue(e.getMessage().contains("nope.csv"));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(dir.resolve("x"), '"', "y", "yes", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(dir.resolve("x"), ';', " ", "yes", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> CsvDataset.read(dir.resolve("x"), ';', "y", "yes", Set.of("y")));
    }

    private Path file(String text) throws IOException {
        Path file = Files.createTempFile(dir, "data", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
