package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code crmkit quote} on the example catalogue and quote in examples/pricing, and on broken files. */
final class QuoteCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "pricing");
    private static final String CATALOG = EXAMPLES.resolve("catalog.json").toString();
    private static final String QUOTE = EXAMPLES.resolve("quote.json").toString();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);   // amounts are compared exactly

    @TempDir
    Path dir;

    @Test
    void printsEachLinesWaterfallWithWhatProducedEachStep() {
        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", QUOTE);

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("Quote for Acme Manufacturing GmbH (GOLD, EMEA, direct), EUR, priced on 2026-05-04 from price book standard"), out);
        // 12 servers at 4000.00: 48000.00; 12 is in the Range tier [5, 20): 5% off every unit = 45600.00; the gold rule
        // takes 5% more = 43320.00; the rep's 8% = 39854.40; the 2% order promotion takes its share = 39057.31 (39854.40 x 0.98)
        assertLine(out, "LIST +price-book:standard +48000\\.00 EUR +12 x 4000\\.00 EUR");
        assertLine(out, "REGULAR +schedule:server-volume +45600\\.00 EUR +12 in \\[5, 20\\) 5% off");
        assertLine(out, "REGULAR +rule:gold-hardware +43320\\.00 EUR .*");
        assertLine(out, "CUSTOMER +manual +39854\\.40 EUR +additional discount 8% off");
        assertLine(out, "NET +promotion:SPRING26 +39057\\.31 EUR .*");
        // 120 seats on the Slab schedule: 49 at 240.00 and 71 at 216.00 = 11760.00 + 15336.00 = 27096.00
        assertLine(out, "REGULAR +schedule:seat-volume +27096\\.00 EUR +49 in \\[1, 50\\) 0% off, 71 in \\[50, 200\\) 10% off");
        // the rack's spring price replaces list: 3 x 790.00
        assertLine(out, "REGULAR +rule:rack-spring +2370\\.00 EUR .*");
        // the bundle's fixed price, split over its components without losing a cent
        assertTrue(out.contains("Bundle: SRV-T350 x 2 = 3012.68 EUR, NET-SW48 x 2 = 2008.45 EUR, SVC-INSTALL x 8 = 937.27 EUR"), out);
        assertLine(out, "warning: line 1 \\(SRV-R740\\): margin .* is below 25%");
    }

    @Test
    void printsTotalsMarginAndTheApprovalsTheDiscountNeeds() {
        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", QUOTE);

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertLine(out, "List +97750\\.00 EUR");
        assertLine(out, "Net +83976\\.59 EUR");
        assertLine(out, "Grand total +99932\\.15 EUR");
        assertLine(out, "Margin +37346\\.59 EUR \\(44\\.47%\\)");
        // 14.09% off list and a net above 50,000: rule "1 OR (2 AND 3)" holds through 2 AND 3
        assertTrue(out.contains("Approvals (policy quotes version 2; discount 14.09%"), out);
        assertLine(out, "discount \\(Large discount\\): manager -> director in order");
        assertTrue(!out.contains("Margin under 20%") && !out.contains("line-discount"), "only the discount rule applies:\n" + out);
    }

    @Test
    void jsonTotalsAreExactSumsOfTheLinesAndNameTheApprovers() throws Exception {
        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", QUOTE, "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = MAPPER.readTree(run.out());
        JsonNode lines = doc.get("lines");
        assertEquals(6, lines.size());
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            JsonNode steps = line.get("steps");
            assertEquals("LIST", steps.get(0).get("stage").asText());
            assertEquals(0, line.get("net").decimalValue().compareTo(steps.get(steps.size() - 1).get("amount").decimalValue()));
            assertEquals(0, line.get("net").decimalValue().subtract(line.get("cost").decimalValue()).compareTo(line.get("margin").decimalValue()));
            net = net.add(line.get("net").decimalValue());
            tax = tax.add(line.get("tax").decimalValue());
        }
        assertEquals(0, new BigDecimal("83976.59").compareTo(net), net::toPlainString);
        assertEquals(0, net.compareTo(doc.at("/totals/net").decimalValue()), "the net total is the sum of the lines");
        assertEquals(0, tax.compareTo(doc.at("/totals/tax").decimalValue()), "the tax total is the sum of the lines");
        assertEquals(0, new BigDecimal("39854.40").compareTo(lines.get(0).at("/steps/3/amount").decimalValue()));
        assertEquals("manual", lines.get(0).at("/steps/3/source").asText());
        assertTrue(doc.at("/approval/required").asBoolean());
        assertEquals("PENDING", doc.at("/approval/outcome").asText());
        assertEquals(1, doc.at("/approval/rules").size());
        assertEquals("discount", doc.at("/approval/rules/0/id").asText());
        assertEquals(List.of("manager", "director"), texts(doc.at("/approval/rules/0/levels")));
        assertEquals("manager", doc.at("/approval/awaiting/0/level").asText(), "the manager decides first");
        assertEquals(1, doc.at("/approval/awaiting").size());
    }

    @Test
    void showsThePromotionCodesTheQuoteWasPricedWith() throws Exception {
        CommandRun text = CommandRun.of("quote", "--catalog", CATALOG, "--quote", QUOTE);
        CommandRun json = CommandRun.of("quote", "--catalog", CATALOG, "--quote", QUOTE, "--json");
        ObjectNode quote = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(QUOTE)));
        quote.remove("promotionCodes");
        CommandRun without = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("no-codes.json", quote));

        assertEquals(0, text.exitCode(), text.err());
        assertLine(text.out(), "Promotion codes: SPRING26");
        assertEquals(List.of("SPRING26"), texts(MAPPER.readTree(json.out()).get("promotionCodes")));
        assertEquals(0, without.exitCode(), without.err());
        assertLine(without.out(), "Promotion codes: none");
        // without the 2% order promotion the servers end at the rep's discount: 39854.40
        assertTrue(!without.out().contains("promotion:SPRING26"), without.out());
        assertLine(without.out(), "CUSTOMER +manual +39854\\.40 EUR +additional discount 8% off");
    }

    @Test
    void anUnknownExpiredOrRepeatedPromotionCodeStopsWithExitCode1NamingIt() throws Exception {
        ObjectNode quote = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(QUOTE)));
        quote.putArray("promotionCodes").add("SPRING26").add("WINTER99").add(" spring26 ");
        CommandRun unknown = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("unknown-code.json", quote));
        quote.putArray("promotionCodes").add("SPRING26");
        quote.put("date", "2026-06-01");
        quote.put("validUntil", "2026-06-30");
        CommandRun expired = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("expired-code.json", quote));

        assertEquals(1, unknown.exitCode(), unknown.out());
        assertTrue(unknown.err().contains("unknown-code.json: 2 problems in the quote JSON"), unknown.err());
        assertTrue(unknown.err().contains("$.promotionCodes[1]: unknown promotion code 'WINTER99' (known: [SPRING26])"), unknown.err());
        assertTrue(unknown.err().contains("$.promotionCodes[2]: promotion code 'SPRING26' is given twice"), unknown.err());
        assertEquals("", unknown.out());
        assertEquals(1, expired.exitCode(), expired.out());
        assertTrue(expired.err().contains("$.promotionCodes[0]: promotion code 'SPRING26' runs from 2026-04-01 until 2026-06-01 (exclusive),"
                + " not on the quote's date 2026-06-01"), expired.err());
        assertEquals("", expired.out());
    }

    @Test
    void theSameQuoteOnThePartnerBookNeedsNoApproval() throws Exception {
        ObjectNode quote = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(QUOTE)));
        quote.put("priceBook", "partner");
        quote.withArray("lines").forEach(l -> {
            ((ObjectNode) l).remove("discountPercent");
            ((ObjectNode) l).remove("discountPerUnit");
        });
        quote.remove("promotionCodes");
        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("partner.json", quote));

        assertEquals(0, run.exitCode(), run.err());
        assertLine(run.out(), "LIST +price-book:partner +42000\\.00 EUR +12 x 3500\\.00 EUR");
        assertTrue(run.out().contains("none required: the quote can be presented"), run.out());
    }

    @Test
    void withoutAPriceBookTheFirstOfTheCatalogueIsUsed() throws Exception {
        ObjectNode quote = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(QUOTE)));
        quote.remove("priceBook");

        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("no-book.json", quote));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("from price book standard"), run.out());
    }

    @Test
    void aLineWithoutAPriceInTheQuotesCurrencyStopsWithExitCode1NamingIt() throws Exception {
        ObjectNode quote = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(QUOTE)));
        quote.put("currency", "USD");

        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("usd.json", quote));

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("crmkit: IllegalArgumentException: ") && run.err().contains("USD"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void garbageJsonIsReportedWithExitCode1() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"products\": [ {\"sku\": ");

        CommandRun run = CommandRun.of("quote", "--catalog", garbage.toString(), "--quote", QUOTE);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("garbage.json: 1 problem in the catalogue JSON"), run.err());
        assertTrue(run.err().contains("$: not valid JSON"), run.err());
        assertEquals("", run.out());

        Files.writeString(garbage, "[1, 2]");
        CommandRun array = CommandRun.of("quote", "--catalog", CATALOG, "--quote", garbage.toString());
        assertEquals(1, array.exitCode());
        assertTrue(array.err().contains("$: must be an object but was array"), array.err());
    }

    @Test
    void reportsEveryWrongTypeInTheQuoteWithItsPath() throws Exception {
        ObjectNode quote = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(QUOTE)));
        quote.put("tier", "GOLDEN");
        quote.put("date", "4 May 2026");
        ArrayNode lines = quote.withArray("lines");
        ((ObjectNode) lines.get(0)).put("quantity", "twelve");
        ((ObjectNode) lines.get(1)).put("sku", "RACK-99U");
        ((ObjectNode) lines.get(4)).put("discountPercent", 140);
        ((ObjectNode) lines.get(5)).put("discountPerUnit", 150);

        CommandRun run = CommandRun.of("quote", "--catalog", CATALOG, "--quote", write("bad-quote.json", quote));

        assertEquals(1, run.exitCode(), run.out());
        String err = run.err();
        assertTrue(err.contains("bad-quote.json: 6 problems in the quote JSON"), err);
        assertTrue(err.contains("$.tier: must be one of [") && err.contains("] but was 'GOLDEN'"), err);
        assertTrue(err.contains("$.date: must be a date such as 2026-03-01 but was '4 May 2026'"), err);
        assertTrue(err.contains("$.lines[0].quantity: must be a whole number of at least 1 but was string \"twelve\""), err);
        assertTrue(err.contains("$.lines[1].sku: unknown SKU 'RACK-99U'"), err);
        assertTrue(err.contains("$.lines[4].discountPercent: must be in [0, 100] but was 140%"), err);
        assertTrue(err.contains("$.lines[5].discountPerUnit: must be money such as \"850.00 EUR\" but was 150"), err);
        assertEquals("", run.out());
    }

    @Test
    void reportsProblemsInsideTheComposedFormatsAtTheirPathInTheCatalogue() throws Exception {
        ObjectNode catalog = (ObjectNode) MAPPER.readTree(Files.readString(Path.of(CATALOG)));
        ((ObjectNode) catalog.withArray("products").get(2)).put("cost", 700);
        ((ObjectNode) catalog.withArray("priceBooks").get(1).withArray("entries").get(0)).put("price", "3500,00 EUR");
        ((ObjectNode) catalog.withArray("priceBooks").get(0).withArray("entries").get(3)).put("sku", "STO-NAS9");
        ((ObjectNode) catalog.withArray("schedules").get(0).get("schedule").withArray("tiers").get(1)).put("from", 40);
        ((ObjectNode) catalog.get("rules").withArray("rules").get(0).get("then")).put("discountPercent", "five");
        ((ObjectNode) catalog.get("approvalPolicy").withArray("rules").get(0)).put("logic", "1 OR (2 AND");
        ((ObjectNode) catalog.get("taxRates")).put("UK", "20%");

        CommandRun broken = CommandRun.of("quote", "--catalog", write("bad-catalog.json", catalog), "--quote", QUOTE);

        assertEquals(1, broken.exitCode(), broken.out());
        assertTrue(broken.err().contains("$.products[2].cost: must be money such as \"850.00 EUR\" but was 700"), broken.err());

        ((ObjectNode) catalog.withArray("products").get(2)).put("cost", "700.00 EUR");
        CommandRun run = CommandRun.of("quote", "--catalog", write("bad-catalog.json", catalog), "--quote", QUOTE);

        assertEquals(1, run.exitCode(), run.out());
        String err = run.err();
        assertTrue(err.contains("$.priceBooks[1].entries[0].price:"), err);
        assertTrue(err.contains("$.priceBooks[0].entries[3].sku: unknown SKU 'STO-NAS9'"), err);
        assertTrue(err.contains("$.schedules[0].schedule.tiers"), err);
        assertTrue(err.contains("$.rules.rules[0].then.discountPercent: must be a number (percent) but was string \"five\""), err);
        assertTrue(err.contains("$.approvalPolicy.rules[0].logic"), err);
        assertTrue(err.contains("$.taxRates.UK: must be a number (percent) but was string \"20%\""), err);
    }

    @Test
    void aMissingFileIsExitCode1AndAMissingOptionIsUsage() {
        CommandRun missing = CommandRun.of("quote", "--catalog", dir.resolve("nope.json").toString(), "--quote", QUOTE);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("catalogue file " + dir.resolve("nope.json") + " does not exist"), missing.err());

        CommandRun usage = CommandRun.of("quote", "--catalog", CATALOG);
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("Missing required option: '--quote=QUOTE.json'"), usage.err());
    }

    private String write(String name, JsonNode json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return file.toString();
    }

    private static void assertLine(String out, String regex) {
        assertTrue(out.lines().anyMatch(l -> l.strip().matches(regex)), "no line matches " + regex + " in:\n" + out);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
