package io.crmkit.pricing.json;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.pricing.PricingFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertTrue;

final class PricingJsonProperties {

    private static final PricingJson JSON = PricingJson.of(PricingFixtures.catalog());
    private static final String RULES = """
            {"id": "emea", "version": 4, "minimumMargin": 15, "rules": [
              {"id": "gold", "priority": 10, "when": {"accountTier": ["GOLD"], "category": "hardware", "quantity": {"min": 1, "max": 9}},
               "then": {"discountPercent": 5}, "min": "1.00 EUR"},
              {"id": "promo", "when": {"product": ["RACK-42U"], "date": {"from": "2026-03-01"}}, "then": {"setPrice": "850.00 EUR"}}]}
            """;
    private static final String SCHEDULE = """
            {"id": "seats", "method": "SLAB", "tiers": [{"from": 1, "until": 100, "percentOff": 0}, {"from": 100, "amountOff": "2.50 EUR"}]}
            """;

    private static final String BOOK = """
            {"id": "standard", "name": "Standard", "entries": [{"sku": "RACK-42U", "price": "900.00 EUR", "from": "2025-01-01", "until": "2026-01-01"}]}
            """;

    @Provide
    Arbitrary<String> mutatedDocuments() {
        Arbitrary<String> doc = Arbitraries.of(RULES, SCHEDULE, BOOK);
        Arbitrary<String> replacement = Arbitraries.of("", "0", "-1", "null", "\"\"", "[]", "{}", "1e400", "\"x\"", "true", ",", "}", "]", "\"EUR\"",
                "9999999999999999999999", "1.5", "\"2026-02-30\"", "\"1 XYZ\"");
        return net.jqwik.api.Combinators.combine(doc, Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 12), replacement)
                .as((d, at, length, with) -> {
                    int start = Math.min(at, d.length());
                    int end = Math.min(d.length(), start + length);
                    return d.substring(0, start) + with + d.substring(end);
                });
    }

    @Property(tries = 1500)
    void readersThrowNothingButTheirOwnErrorWhateverTheText(@ForAll("mutatedDocuments") String json) {
        check(json);
    }

    @Property(tries = 500)
    void readersThrowNothingButTheirOwnErrorOnRandomText(@ForAll String json) {
        check(json);
    }

    private static void check(String json) {
        try {
            JSON.readRules(json);
        } catch (InvalidConfigurationException e) {
            assertTrue(e.problems().stream().allMatch(p -> p.startsWith("$")), e.problems().toString());
        }
        try {
            JSON.readSchedule(json);
        } catch (InvalidConfigurationException e) {
            assertTrue(e.problems().stream().allMatch(p -> p.startsWith("$")), e.problems().toString());
        }
        try {
            JSON.readPriceBook(json);
        } catch (InvalidConfigurationException e) {
            assertTrue(e.problems().stream().allMatch(p -> p.startsWith("$")), e.problems().toString());
        }
    }
}
