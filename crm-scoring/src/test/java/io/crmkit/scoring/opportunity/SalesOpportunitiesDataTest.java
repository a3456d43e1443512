package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.opportunity.SalesOpportunitiesData.DealStage;
import io.crmkit.scoring.predictive.CsvFormatException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader on hand-written slices of the four files, with every quirk of the real ones, and on garbage. */
final class SalesOpportunitiesDataTest {

    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value";

    @TempDir
    Path dir;

    private Path pipeline;

    @BeforeEach
    void writeTheReferenceFiles() throws IOException {
        crlf("accounts.csv", "account,sector,year_established,revenue,employees,office_location,subsidiary_of",
                "Acme Corporation,technolgy,1996,1100.04,2822,United States,",
                "Cancity,retail,2001,718.62,2448,United States,",
                "Codehow,software,1998,2714.9,2641,United States,Acme Corporation");
        crlf("products.csv", "product,series,sales_price", "GTX Basic,GTX,550", "GTX Pro,GTX,4821", "MG Special,MG,55");
        crlf("sales_teams.csv", "sales_agent,manager,regional_office", "Moses Frase,Dustin Brinkmann,Central",
                "Darcel Schlecht,Melvin Marxen,Central");
        pipeline = dir.resolve("sales_pipeline.csv");
    }

    private Path crlf(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private SalesOpportunitiesData pipeline(String... rows) throws IOException {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        crlf("sales_pipeline.csv", lines);
        return SalesOpportunitiesData.read(pipeline);
    }

    @Test
    void readsEveryQuirkOfTheRealFilesWithoutChangingThem() throws IOException {
        SalesOpportunitiesData data = pipeline(
                "1C1I7A6R,Moses Frase,GTX Basic,Cancity,Won,2016-10-20,2017-03-01,588",
                "Z063OYW0,Darcel Schlecht,GTXPro,Acme Corporation,Lost,2016-10-25,2017-03-11,0",
                "ZZ9JFGT1,Moses Frase,MG Special,,Engaging,2017-12-01,,",
                "Q1M3LPHA,Darcel Schlecht,GTXPro,Codehow,Prospecting,,,");

        assertEquals(List.of(), data.problems());
        assertEquals(4, data.deals().size());
        assertEquals(LocalDate.of(2017, 12, 1), data.asOf());
        SalesOpportunitiesData.Deal lost = data.deals().get(1);
        assertEquals("GTX Pro", lost.product());
        assertEquals(4821, lost.listPrice());
        assertEquals(Optional.of("technology"), lost.sector());
        assertEquals(OptionalDouble.empty(), lost.closeValue()); // 0 in the file: unknown, not zero
        assertEquals(OptionalDouble.of(588), data.deals().get(0).closeValue());
        assertEquals("Melvin Marxen", lost.manager());
        assertEquals(List.of("1 account has the sector 'technolgy' (sic), read as 'technology'",
                        "2 deals name the product 'GTXPro', read as 'GTX Pro' of products.csv"),
                data.notes().subList(0, 2));
        assertTrue(data.notes().get(2).startsWith("every deal's amount is its product's list price"), data.notes().toString());

        ClosedOpportunity closedLost = data.closed().get(1);
        assertEquals("engaging", closedLost.stageReached());
        assertEquals(4821, closedLost.amount().orElseThrow());
        assertEquals(Optional.of(LocalDate.of(2016, 10, 25)), closedLost.stageEnteredOn());
        assertEquals(OptionalInt.of(137), closedLost.daysInStageAtClose());

        OpportunitySnapshot engaging = data.snapshot(data.open().get(0));
        OpportunitySnapshot prospecting = data.snapshot(data.open().get(1));
        assertEquals(Optional.empty(), engaging.segment());
        assertEquals(OptionalInt.of(0), engaging.daysInStage());
        assertEquals(55, engaging.amount().orElseThrow());
        assertEquals("prospecting", prospecting.stage());
        assertEquals(OptionalInt.empty(), prospecting.daysInStage());
        assertEquals(Optional.of("software"), prospecting.segment());
        assertEquals(OptionalInt.of(30), data.snapshot(data.open().get(0), LocalDate.of(2017, 12, 31)).daysInStage());
        assertThrows(IllegalArgumentException.class, () -> data.snapshot(data.deals().get(0)));
        assertThrows(IllegalArgumentException.class, () -> data.snapshot(data.open().get(0), LocalDate.of(2017, 11, 30)));
        assertEquals(DealStage.PROSPECTING, data.open().get(1).stage());
    }

    @Test
    void leavesOutBadRowsAndReportsEachWithItsFileAndLine() throws IOException {
        SalesOpportunitiesData data = pipeline(
                "A1,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-01,588",
                "A2,Moses Frase,GTX Basic,Cancity,Closed,2017-01-02,2017-03-01,588",
                "A3,Moses Frase,GTX Nano,Cancity,Won,2017-01-02,2017-03-01,588",
                "A1,Moses Frase,GTX Basic,Cancity,Lost,2017-01-02,2017-03-01,0",
                "A5,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-02-30,588",
                "A6,Moses Frase,GTX Basic,Cancity,Won,2017-03-02,2017-03-01,588",
                "A7,Moses Frase,GTX Basic,Cancity",
                "A8,Nobody,GTX Basic,Umbrella,Engaging,2017-01-02,,",
                "A9,Moses Frase,GTX Basic,,Prospecting,2017-01-02,,",
                "B1,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-01,588",
                "B2,Moses Frase,GTX Basic,Cancity,Lost,2017-01-02,2017-03-02,0",
                "B3,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-03,588",
                "B4,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-04,588",
                "B5,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-05,588",
                "B6,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-06,588",
                "B7,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-07,588",
                "B8,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-08,588");

        assertEquals(List.of(
                "sales_pipeline.csv line 3: deal_stage 'Closed' is not one of Prospecting, Engaging, Won, Lost",
                "sales_pipeline.csv line 4: product 'GTX Nano' is not in products.csv",
                "sales_pipeline.csv line 5: opportunity_id A1 is already on line 2",
                "sales_pipeline.csv line 6: close_date '2017-02-30' is not a date (YYYY-MM-DD)",
                "sales_pipeline.csv line 7: close_date 2017-03-01 is before engage_date 2017-03-02",
                "sales_pipeline.csv line 8: expected 8 values but found 4",
                "sales_pipeline.csv line 9: sales agent 'Nobody' is not in sales_teams.csv; account 'Umbrella' is not in accounts.csv",
                "sales_pipeline.csv line 10: a Prospecting deal has no engage_date but this one has 2017-01-02"),
                data.problems().stream().map(Object::toString).toList());
        assertEquals(9, data.deals().size());
    }

    @Test
    void readsQuotedValuesLfOnlyFilesAndAByteOrderMark() throws IOException {
        Files.writeString(pipeline, "\uFEFF" + HEADER + "\n\"A1\",Moses Frase,\"GTX Basic\",\"Cancity\",Won,2017-01-02,2017-03-01,588\n\n",
                StandardCharsets.UTF_8);

        SalesOpportunitiesData data = SalesOpportunitiesData.read(pipeline);

        assertEquals(List.of(), data.problems());
        assertEquals("A1", data.deals().get(0).id());
        assertEquals("Cancity", data.deals().get(0).account().orElseThrow());
    }

    @Test
    void rejectsFilesThatAreNotFilesOfThisDataSetNamingTheFileAndTheLine() throws IOException {
        Path binary = Files.write(dir.resolve("binary.csv"), new byte[]{'o', 'p', (byte) 0xFF, 0x13, '\n'});
        Path nul = Files.write(dir.resolve("nul.csv"), (HEADER + "\nA1,\u0000\u0001\n").getBytes(StandardCharsets.UTF_8));
        Path notUtf8 = Files.write(dir.resolve("latin1.csv"), (HEADER + "\nA1,Jos\u00e9,GTX Basic,,Prospecting,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), HEADER + "\r\n");
        Path accountsAsPipeline = dir.resolve("accounts.csv");
        Path unclosed = Files.writeString(dir.resolve("unclosed.csv"), HEADER + "\nA1,\"Moses Frase,GTX Basic\n");
        Path mostlyBad = Files.writeString(dir.resolve("bad.csv"), HEADER + "\nA1,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-01,588\n"
                + "A2,x\nA3,y\n");
        Path semicolons = Files.writeString(dir.resolve("semi.csv"), HEADER.replace(',', ';') + "\nA1;Moses Frase;GTX Basic;;Prospecting;;;\n");

        assertRejected(binary, 1, "the file is not UTF-8 text");
        assertRejected(nul, 2, "the file contains the control character U+0000: not a text file");
        assertRejected(notUtf8, 2, "is not UTF-8 text");
        assertRejected(empty, 1, "the file is empty; expected a header line opportunity_id,sales_agent");
        assertRejected(headerOnly, 2, "the file has a header but no data rows");
        assertRejected(accountsAsPipeline, 1, "the header must name the columns opportunity_id,sales_agent,product,account,"
                + "deal_stage,engage_date,close_date,close_value but lacks opportunity_id,sales_agent,product,deal_stage,"
                + "engage_date,close_date,close_value; the first line was 'account,sector,year_established");
        assertRejected(unclosed, 2, "a quoted value starting on line 2 is never closed");
        assertRejected(mostlyBad, 3, "most data rows are bad (2 of 3); the first: expected 8 values but found 2");
        assertRejected(semicolons, 1, "lacks opportunity_id");
    }

    @Test
    void rejectsGarbageInTheOtherFilesNamingThatFile() throws IOException {
        crlf("products.csv", "product,series,sales_price", "GTX Basic,GTX,free", "GTX Pro,GTX,-3");
        CsvFormatException products = assertThrows(CsvFormatException.class,
                () -> pipeline("A1,Moses Frase,GTX Basic,Cancity,Won,2017-01-02,2017-03-01,588"));
        assertEquals(dir.resolve("products.csv"), products.file());
        assertTrue(products.getMessage().contains("line 2: no usable data rows (2 of 2); the first: sales_price 'free' of product "
                + "'GTX Basic' is not a positive number"), products.getMessage());

        crlf("products.csv", "product,series,sales_price", "GTX Basic,GTX,550");
        Files.delete(dir.resolve("sales_teams.csv"));
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> SalesOpportunitiesData.read(pipeline));
        assertTrue(missing.getMessage().contains("sales_teams.csv") && missing.getMessage().contains("each agent's manager"),
                missing.getMessage());
    }

    private void assertRejected(Path file, long line, String reason) {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SalesOpportunitiesData.read(file,
                dir.resolve("accounts.csv"), dir.resolve("products.csv"), dir.resolve("sales_teams.csv")));
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + " line " + line + ": ") && e.getMessage().contains(reason), e.getMessage());
    }
}
