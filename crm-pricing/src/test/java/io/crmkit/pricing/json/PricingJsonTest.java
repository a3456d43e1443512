package io.crmkit.pricing.json;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.RACK;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PricingJsonTest {

    private static final PricingJson JSON = PricingJson.of(PricingFixtures.catalog());

    @Test
    void readsPriceRulesEqualToTheOnesBuiltInCode() {
        String json = """
                {
                  "id": "emea", "version": 4, "minimumMargin": 15,
                  "rules": [
                    {"id": "gold", "name": "Gold accounts 5% off hardware", "priority": 10,
                     "when": {"accountTier": ["gold"], "category": "hardware"},
                     "then": {"discountPercent": 5}},
                    {"id": "rack-promo", "priority": 5,
                     "when": {"product": ["RACK-42U"], "date": {"from": "2026-03-01", "until": "2026-04-01"}},
                     "then": {"setPrice": "850.00 EUR"}, "min": "800.00 EUR"},
                    {"id": "acme-volume",
                     "when": {"account": ["ACME_ID"], "quantity": {"min": 100}, "listPrice": {"min": "10.00 EUR", "max": "5000.00 EUR"},
                              "region": ["EMEA"], "channel": ["direct", "partner"], "accountGroup": ["education"], "currency": ["EUR"]},
                     "then": {"percentOfList": 90}, "max": "4000.00 EUR"},
                    {"id": "cost-plus", "priority": 200, "then": {"markupOnCost": 37.5}},
                    {"id": "amount", "priority": 300, "then": {"amountOff": "1.50 EUR"}}
                  ]
                }
                """.replace("ACME_ID", ACME.toString());
        PriceRules expected = PriceRules.builder("emea", 4)
                .rule("gold", r -> r.name("Gold accounts 5% off hardware").priority(10).when(Condition.category(Category.of("hardware")))
                        .when(Condition.accountTier(Tier.GOLD)).then(PriceAction.discount(Percentage.of(5))))
                .rule("rack-promo", r -> r.priority(5).when(Condition.product(RACK))
                        .when(Condition.date(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))).then(PriceAction.setPrice(eur("850.00")))
                        .atLeast(eur("800.00")))
                .rule("acme-volume", r -> r.when(Condition.product(RACK)).then(PriceAction.percentOfList(Percentage.of(90))))
                .rule("cost-plus", r -> r.priority(200).then(PriceAction.markupOnCost(Percentage.of("37.5"))))
                .rule("amount", r -> r.priority(300).then(PriceAction.amountOff(eur("1.50"))))
                .minimumMargin(Percentage.of(15))
                .build();
        PriceRules read = JSON.readRules(json);
        assertEquals(expected.rules().get(0), read.rules().get(0));
        assertEquals(expected.rules().get(1), read.rules().get(1));
        assertEquals(List.of(Condition.account(ACME), Condition.accountGroup("education"), Condition.region("EMEA"),
                Condition.channel("direct", "partner"), Condition.currency(io.crmkit.core.shared.Money.currency("EUR")),
                Condition.quantityAtLeast(100), Condition.listPrice(eur("10.00"), eur("5000.00"))), read.rules().get(2).conditions());
        assertEquals(expected.rules().subList(3, 5), read.rules().subList(3, 5));
        assertEquals(expected.minimumMargin(), read.minimumMargin());
        assertEquals(List.of("rack-promo", "gold", "acme-volume", "cost-plus", "amount"), read.rules().stream().map(r -> r.id()).toList());
    }

    @Test
    void reportsEveryProblemOfPriceRulesWithItsPath() {
        String json = """
                {"id": "x", "version": 0, "minimumMargin": "lots", "colour": "red",
                 "rules": [
                   {"id": "a", "when": {"product": ["NOPE"], "accountTier": ["DIAMOND"], "quantity": {"min": 5, "max": 5}}, "then": {"discountPercent": 120}},
                   {"id": "b", "then": {"setPrice": "12 EURO", "discountPercent": 5}, "min": 3},
                   {"id": "b", "then": {"amountOff": "1.999 EUR"}, "when": {"date": {"from": "March"}, "account": ["not-a-uuid"]}},
                   42,
                   {"then": {"markupOnCost": 10}, "priority": 1.5}
                 ]}
                """;
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> JSON.readRules(json));
        assertEquals(List.of(
                "$.colour: unknown field (expected one of [id, minimumMargin, rules, version])",
                "$.version: must be a whole number of at least 1 but was 0",
                "$.minimumMargin: must be a number (percent) but was string \"lots\"",
                "$.rules[0].when.product[0]: unknown SKU 'NOPE'",
                "$.rules[0].when.accountTier[0]: must be one of [PLATINUM, GOLD, SILVER, BRONZE, UNRATED] but was 'DIAMOND'",
                "$.rules[0].when.quantity: quantity range [5, 5) is empty",
                "$.rules[0].then.discountPercent: discount must be in [0, 100] but was 120%",
                "$.rules[1].then: needs exactly one action of [amountOff, discountPercent, markupOnCost, percentOfList, setPrice] but had [setPrice, discountPercent]",
                "$.rules[1].min: must be money such as \"850.00 EUR\" but was 3",
                "$.rules[2].when.account[0]: accountId must be a UUID like 0190a6f2-8c1e-7abc-8def-0123456789ab but was 'not-a-uuid'",
                "$.rules[2].when.date.from: must be a date such as 2026-03-01 but was 'March'",
                "$.rules[2].then.amountOff: amount 1.999 has more decimals than EUR allows (2); round it with Money.of(amount, currency, roundingMode)",
                "$.rules[3]: must be an object but was 42",
                "$.rules[4].id: is required",
                "$.rules[4].priority: must be a whole number but was 1.5"), e.problems());
    }

    @Test
    void reportsDuplicateRuleIdsFromTheRuleSetsOwnValidation() {
        String json = """
                {"id": "x", "version": 1, "minimumMargin": 100, "rules": [{"id": "a", "then": {"discountPercent": 1}}, {"id": "a", "then": {"discountPercent": 2}}]}
                """;
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> JSON.readRules(json));
        assertEquals(List.of("$.rules[1]: id 'a' is used twice", "$.minimumMargin: must be in [0, 100) but was 100%"), e.problems());
    }

    @Test
    void readsSchedulesEqualToTheOnesBuiltInCode() {
        DiscountSchedule read = JSON.readSchedule("""
                {"id": "seats", "method": "slab", "aggregateAcrossOrders": true,
                 "tiers": [{"from": 1, "until": 100, "percentOff": 0}, {"from": 100, "until": 500, "percentOff": 10}, {"from": 500, "amountOff": "2.50 EUR"}]}
                """);
        assertEquals(DiscountSchedule.builder("seats", DiscountSchedule.Method.SLAB).tier(1, 100, TierDiscount.percent(0))
                .tier(100, 500, TierDiscount.percent(10)).tierFrom(500, TierDiscount.amountOff(eur("2.50"))).aggregateAcrossOrders().build(), read);
        DiscountSchedule term = JSON.readSchedule("""
                {"id": "term", "method": "RANGE", "basis": "TERM_MONTHS", "tiers": [{"from": 0, "until": 12, "percentOff": 0}, {"from": 12, "percentOff": 5}]}
                """);
        assertEquals(DiscountSchedule.Basis.TERM_MONTHS, term.basis());
        DiscountSchedule blocks = JSON.readSchedule("""
                {"id": "blocks", "method": "BLOCK", "tiers": [{"from": 1, "until": 10, "blockPrice": "100.00 EUR"}]}
                """);
        assertEquals(TierDiscount.block(eur("100.00")), blocks.tiers().get(0).discount());
    }

    @Test
    void reportsEveryProblemOfASchedule() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> JSON.readSchedule("""
                {"id": "bad", "method": "STAIRS", "tiers": [{"from": 1, "until": 10, "percentOff": 5, "amountOff": "1.00 EUR"}, {"from": -1, "percentOff": 5}]}
                """));
        assertEquals(List.of(
                "$.method: must be one of [RANGE, SLAB, BLOCK] but was 'STAIRS'",
                "$.tiers[0]: needs exactly one of [percentOff, amountOff, blockPrice] but had [percentOff, amountOff]",
                "$.tiers[1].from: must be a whole number of at least 0 but was -1"), e.problems());
        InvalidConfigurationException gaps = assertThrows(InvalidConfigurationException.class, () -> JSON.readSchedule("""
                {"id": "gaps", "method": "RANGE", "tiers": [{"from": 1, "until": 10, "percentOff": 0}, {"from": 12, "until": 20, "percentOff": 5},
                 {"from": 15, "percentOff": 9}]}
                """));
        assertEquals(List.of("$.tiers[1]: gap between [1, 10) and [12, 20) (quantities 10 to 11 are in no tier)", "$.tiers[2]: [15, ...) overlaps [12, 20)"),
                gaps.problems());
    }

    @Test
    void readsPriceBooksAndReportsOverlapsAtTheirPath() {
        io.crmkit.pricing.pricebook.PriceBook book = JSON.readPriceBook("""
                {"id": "standard", "name": "Standard", "entries": [
                  {"sku": "RACK-42U", "price": "900.00 EUR", "from": "2025-01-01", "until": "2026-01-01"},
                  {"sku": "RACK-42U", "price": "950.00 EUR", "from": "2026-01-01"}]}
                """);
        assertEquals(java.util.Optional.of(eur("950.00")), book.price(RACK, io.crmkit.core.shared.Money.currency("EUR"), LocalDate.of(2026, 3, 2)));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> JSON.readPriceBook("""
                {"id": "standard", "name": "Standard", "entries": [
                  {"sku": "RACK-42U", "price": "900.00 EUR", "from": "2025-01-01"},
                  {"sku": "RACK-42U", "price": "950.00 EUR", "from": "2026-01-01"},
                  {"sku": "NOPE", "price": "9 EUR", "from": "2026-13-01"},
                  {"sku": "RACK-42U", "price": "-1.00 EUR", "from": "2026-01-01", "until": "2025-01-01"}]}
                """));
        assertEquals(List.of(
                "$.entries[2].sku: unknown SKU 'NOPE'",
                "$.entries[2].from: must be a date such as 2026-03-01 but was '2026-13-01'",
                "$.entries[3]: price of product " + RACK + " must not be negative but was -1.00 EUR",
                "$.entries[1]: price of product " + RACK + " in EUR overlaps entries[0] (both apply on 2026-01-01)"), e.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "[]", "42", "\"rules\"", "{", "{\"id\": \"x\",}", "{\"id\": \"x\"} {}", "{\"id\": \"a\", \"id\": \"b\"}",
            "{\"rules\": {}}", "{\"rules\": [[]]}", "{\"id\": 7, \"version\": \"one\", \"rules\": [{\"id\": \"a\", \"then\": 5}]}"})
    void rejectsGarbageWithItsOwnErrorOnly(String json) {
        InvalidConfigurationException rules = assertThrows(InvalidConfigurationException.class, () -> JSON.readRules(json));
        assertTrue(rules.problems().stream().allMatch(p -> p.startsWith("$")), rules.problems().toString());
        InvalidConfigurationException schedule = assertThrows(InvalidConfigurationException.class, () -> JSON.readSchedule(json));
        assertTrue(schedule.problems().stream().allMatch(p -> p.startsWith("$")), schedule.problems().toString());
        InvalidConfigurationException book = assertThrows(InvalidConfigurationException.class, () -> JSON.readPriceBook(json));
        assertTrue(book.problems().stream().allMatch(p -> p.startsWith("$")), book.problems().toString());
    }
}
