package io.crmkit.core.json;

import io.crmkit.core.approval.ApprovalCondition;
import io.crmkit.core.approval.ApprovalLevel;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.approval.ApprovalRule;
import io.crmkit.core.shared.InvalidConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ApprovalPolicyJsonTest {

    private static final String POLICY = """
            {"id": "quotes", "version": 2, "rules": [
              {"id": "discount", "name": "Large discount",
               "conditions": [{"fact": "discountPercent", "greaterThan": 20}, {"fact": "discountPercent", "greaterThan": 10},
                              {"fact": "netAmount", "atLeast": 100000}],
               "logic": "1 OR (2 AND 3)",
               "levels": ["manager", {"name": "director", "role": "sales-director"}]},
              {"id": "margin", "conditions": [{"fact": "marginPercent", "lessThan": 25.5}, {"fact": "product", "anyOf": ["SRV-R740"]}],
               "logic": "any", "levels": ["finance", "legal"], "mode": "parallel"}
            ]}
            """;

    @Test
    void readsAPolicyEqualToTheOneBuiltInCode() {
        ApprovalPolicy expected = ApprovalPolicy.of("quotes", 2,
                ApprovalRule.builder("discount").name("Large discount")
                        .when(ApprovalCondition.greaterThan("discountPercent", "20")).when(ApprovalCondition.greaterThan("discountPercent", "10"))
                        .when(ApprovalCondition.atLeast("netAmount", "100000")).logic("1 OR (2 AND 3)").approvedBy("manager").build(),
                ApprovalRule.builder("margin").when(ApprovalCondition.lessThan("marginPercent", "25.5"))
                        .when(ApprovalCondition.anyOf("product", "SRV-R740")).any().approvedBy("finance", "legal").parallel().build());
        ApprovalPolicy read = ApprovalPolicyJson.standard().read(POLICY);
        assertEquals(expected.rules().get(1), read.rules().get(1));
        ApprovalRule discount = read.rules().get(0);
        assertEquals(expected.rules().get(0).conditions(), discount.conditions());
        assertEquals(expected.rules().get(0).logic(), discount.logic());
        assertEquals(List.of(ApprovalLevel.of("manager"), new ApprovalLevel("director", "sales-director")), discount.levels());
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> ApprovalPolicyJson.standard().read("""
                {"id": "q", "version": 0, "extra": 1, "rules": [
                  {"id": "a", "conditions": [{"fact": "x", "greaterThan": "big"}, {"fact": "y"}, {"greaterThan": 1, "lessThan": 2}],
                   "logic": "1 AND 2 OR 3", "levels": [], "mode": "ROUND_ROBIN"},
                  {"id": "b", "conditions": [{"fact": "x", "atMost": 5}], "logic": "1 OR 2", "levels": [7]},
                  {"id": "c", "conditions": [{"fact": "x", "atMost": 5}], "levels": ["m", "m"]}
                ]}
                """));
        assertEquals(List.of(
                "$.extra: unknown field (expected one of [id, rules, version])",
                "$.version: must be a whole number of at least 1 but was 0",
                "$.rules[0].conditions[0].greaterThan: must be a number but was string \"big\"",
                "$.rules[0].conditions[1]: needs exactly one of [anyOf, atLeast, atMost, greaterThan, lessThan] but had []",
                "$.rules[0].conditions[2].fact: is required",
                "$.rules[0].conditions[2]: needs exactly one of [anyOf, atLeast, atMost, greaterThan, lessThan] but had [greaterThan, lessThan]",
                "$.rules[0].logic: condition logic '1 AND 2 OR 3': mixes AND and OR without parentheses; group them, e.g. '1 AND (2 OR 3)' or '(1 AND 2) OR 3' at position 9",
                "$.rules[0].mode: must be SEQUENTIAL or PARALLEL but was 'ROUND_ROBIN'",
                "$.rules[1].levels[0]: must be a role name or an object with name and role but was 7",
                "$.rules[2].levels[1]: level 'm' appears twice"), e.problems());
    }

    @Test
    void reportsRuleProblemsFoundAfterReading() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> ApprovalPolicyJson.standard().read("""
                {"id": "q", "version": 1, "rules": [
                  {"id": "a", "conditions": [{"fact": "x", "atMost": 5}, {"fact": "y", "atMost": 5}], "logic": "1 OR 3", "levels": ["m"]},
                  {"id": "a", "conditions": [{"fact": "x", "atMost": 5}], "levels": ["m"]}]}
                """));
        assertEquals(List.of("$.rules[0].logic: condition 3 does not exist (the rule has 2)", "$.rules[0].logic: condition 2 is not used in '1 OR 3'"),
                e.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nope", "[]", "null", "{", "{\"id\": 1}", "{\"id\": \"a\", \"id\": \"b\"}", "{\"rules\": [1, [], {}]}"})
    void rejectsGarbageWithItsOwnErrorOnly(String json) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> ApprovalPolicyJson.standard().read(json));
        assertTrue(e.problems().stream().allMatch(p -> p.startsWith("$")), e.problems().toString());
    }

    @Provide
    Arbitrary<String> mutated() {
        return Combinators.combine(Arbitraries.integers().between(0, POLICY.length()), Arbitraries.integers().between(0, 10),
                        Arbitraries.of("", "0", "-1", "null", "[]", "{}", "\"\"", ",", "}", "\"1 OR\"", "1e999", "true"))
                .as((at, length, with) -> POLICY.substring(0, at) + with + POLICY.substring(Math.min(POLICY.length(), at + length)));
    }

    @Property(tries = 1000)
    void throwsNothingButItsOwnErrorWhateverTheText(@ForAll("mutated") String json) {
        try {
            ApprovalPolicyJson.standard().read(json);
        } catch (InvalidConfigurationException e) {
            assertTrue(e.problems().stream().allMatch(p -> p.startsWith("$")), e.problems().toString());
        }
    }
}
