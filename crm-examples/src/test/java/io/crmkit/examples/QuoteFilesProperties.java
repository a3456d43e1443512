package io.crmkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.shared.InvalidConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The quote command's file readers on garbage: they report problems with JSON paths and throw nothing else. */
final class QuoteFilesProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples", "pricing");
    private static final List<JsonNode> WRONG = List.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
            JsonNodeFactory.instance.booleanNode(true));

    @Property(tries = 300)
    void arbitraryTextIsReportedNeverThrownOtherwise(@ForAll("jsonish") String text) throws Exception {
        QuoteFiles.CatalogFile catalog = QuoteFiles.readCatalog(read("catalog.json"));
        readsOrReports(() -> QuoteFiles.readCatalog(text));
        readsOrReports(() -> QuoteFiles.readQuote(text, catalog));
    }

    @Example
    void everyValueOfTheExampleCatalogueReplacedByAWrongTypeIsReportedAtItsPath() throws Exception {
        JsonNode catalog = MAPPER.readTree(read("catalog.json"));
        int reported = 0;
        for (String pointer : valuePointers(catalog, "")) {
            for (JsonNode wrong : WRONG) {
                JsonNode mutated = replaced(catalog, pointer, wrong);
                try {
                    QuoteFiles.readCatalog(MAPPER.writeValueAsString(mutated));
                } catch (InvalidConfigurationException e) {
                    assertFalse(e.problems().isEmpty());
                    e.problems().forEach(p -> assertTrue(p.startsWith("$"), "no JSON path in '" + p + "' for " + pointer + " = " + wrong));
                    reported++;
                }
            }
        }
        assertTrue(reported > 1000, "most replacements are errors, only " + reported + " were reported");
    }

    @Example
    void everyValueOfTheExampleQuoteReplacedByAWrongTypeIsReportedAtItsPath() throws Exception {
        QuoteFiles.CatalogFile catalog = QuoteFiles.readCatalog(read("catalog.json"));
        JsonNode quote = MAPPER.readTree(read("quote.json"));
        int reported = 0;
        for (String pointer : valuePointers(quote, "")) {
            for (JsonNode wrong : WRONG) {
                try {
                    QuoteFiles.readQuote(MAPPER.writeValueAsString(replaced(quote, pointer, wrong)), catalog);
                } catch (InvalidConfigurationException e) {
                    e.problems().forEach(p -> assertTrue(p.startsWith("$"), "no JSON path in '" + p + "' for " + pointer + " = " + wrong));
                    reported++;
                }
            }
        }
        assertTrue(reported > 150, "most replacements are errors, only " + reported + " were reported");
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-abceflnrstu ").ofMaxLength(60),
                Arbitraries.integers().between(0, 4000).map(n -> {
                    try {
                        String full = read(n % 2 == 0 ? "catalog.json" : "quote.json");
                        return full.substring(0, Math.min(n, full.length()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    private static void readsOrReports(Runnable read) {
        try {
            read.run();
        } catch (InvalidConfigurationException e) {
            assertFalse(e.problems().isEmpty());
        } catch (RuntimeException e) {
            fail("threw " + e + " instead of reporting problems", e);
        }
    }

    private static String read(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name));
    }

    /** JSON pointers of every value below the root (objects, arrays and leaves). */
    private static List<String> valuePointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                out.add(at + "/" + f);
                out.addAll(valuePointers(node.get(f), at + "/" + f));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(at + "/" + i);
                out.addAll(valuePointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        Consumer<JsonNode> set = parent.isObject() ? v -> ((ObjectNode) parent).set(last, v) : v -> ((ArrayNode) parent).set(Integer.parseInt(last), v);
        set.accept(value);
        return copy;
    }
}
