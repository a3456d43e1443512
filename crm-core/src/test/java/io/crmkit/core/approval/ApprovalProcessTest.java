package io.crmkit.core.approval;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ApprovalProcessTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final UserId MANAGER = UserId.of("01900000-0000-7000-8000-0000000000e1");
    private static final UserId DIRECTOR = UserId.of("01900000-0000-7000-8000-0000000000e2");
    private static final UserId FINANCE = UserId.of("01900000-0000-7000-8000-0000000000e3");

    /** Discounts over 20%, or over 10% on a deal above 100,000, go manager then director; margins under 25% need finance and legal. */
    private static final ApprovalPolicy POLICY = ApprovalPolicy.of("quotes", 1,
            ApprovalRule.builder("discount").name("Large discount")
                    .when(ApprovalCondition.greaterThan("discountPercent", "20"))
                    .when(ApprovalCondition.greaterThan("discountPercent", "10"))
                    .when(ApprovalCondition.greaterThan("netAmount", "100000"))
                    .logic("1 OR (2 AND 3)")
                    .approvedBy("manager", "director").build(),
            ApprovalRule.builder("margin").name("Low margin")
                    .when(ApprovalCondition.lessThan("marginPercent", "25"))
                    .when(ApprovalCondition.anyOf("product", "SRV-R740"))
                    .any()
                    .approvedBy("finance", "legal").parallel().build());

    private static ApprovalFacts facts(String discount, String net, String margin, String... products) {
        return ApprovalFacts.builder().number("discountPercent", new BigDecimal(discount)).number("netAmount", new BigDecimal(net))
                .number("marginPercent", new BigDecimal(margin)).labels("product", Set.of(products)).build();
    }

    @Test
    void customLogicDecidesWhichRulesApply() {
        assertEquals(List.of("discount"), ids(POLICY.rulesFor(facts("25", "5000", "40", "SSD-1TB"))));
        assertEquals(List.of("discount"), ids(POLICY.rulesFor(facts("15", "150000", "40"))));
        assertEquals(List.of(), ids(POLICY.rulesFor(facts("15", "50000", "40"))));
        assertEquals(List.of("discount", "margin"), ids(POLICY.rulesFor(facts("25", "5000", "20"))));
        assertEquals(List.of("margin"), ids(POLICY.rulesFor(facts("5", "5000", "40", "SRV-R740"))));
        assertFalse(ApprovalProcess.start(POLICY, facts("5", "5000", "40")).isRequired());
        assertEquals(ApprovalOutcome.APPROVED, ApprovalProcess.start(POLICY, facts("5", "5000", "40")).outcome());
    }

    @Test
    void sequentialLevelsDecideInOrderAndParallelLevelsAtOnce() {
        ApprovalProcess p = ApprovalProcess.start(POLICY, facts("25", "5000", "20"));
        assertEquals(List.of("discount/manager", "margin/finance", "margin/legal"), names(p.awaiting()));
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> p.approve("discount", "director", DIRECTOR, "", AT));
        assertTrue(early.getMessage().contains("level 'director' of rule 'discount' is not awaiting a decision"), early.getMessage());

        ApprovalProcess p2 = p.approve("discount", "manager", MANAGER, "3-year deal", AT).approve("margin", "legal", FINANCE, "", AT);
        assertEquals(List.of("discount/director", "margin/finance"), names(p2.awaiting()));
        assertEquals(ApprovalOutcome.PENDING, p2.outcome());
        ApprovalProcess done = p2.approve("discount", "director", DIRECTOR, "fine", AT).approve("margin", "finance", FINANCE, "ok", AT);
        assertEquals(ApprovalOutcome.APPROVED, done.outcome());
        assertEquals(List.of(), done.awaiting());
        assertEquals("3-year deal", done.steps().get(0).decision().orElseThrow().comment());
        assertThrows(IllegalStateException.class, () -> done.approve("discount", "manager", MANAGER, "", AT));
    }

    @Test
    void oneRejectionRejectsAndNeedsAReason() {
        ApprovalProcess p = ApprovalProcess.start(POLICY, facts("25", "5000", "40"));
        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class, () -> p.reject("discount", "manager", MANAGER, " ", AT));
        assertEquals("a rejection needs a comment saying why", noReason.getMessage());
        ApprovalProcess rejected = p.reject("discount", "manager", MANAGER, "too deep for this customer", AT);
        assertEquals(ApprovalOutcome.REJECTED, rejected.outcome());
        assertEquals(List.of(), rejected.awaiting());
    }

    @Test
    void afterARevisionApprovalIsAskedAgainOnlyWhereARelevantValueChanged() {
        ApprovalProcess approved = ApprovalProcess.start(POLICY, facts("25", "5000", "20"))
                .approve("discount", "manager", MANAGER, "", AT).approve("discount", "director", DIRECTOR, "", AT)
                .approve("margin", "finance", FINANCE, "", AT).approve("margin", "legal", FINANCE, "", AT);
        assertEquals(ApprovalOutcome.APPROVED, approved.outcome());

        // the margin changed (still under 25%), the discount facts did not: only the margin rule asks again
        ApprovalProcess revised = approved.afterRevision(facts("25", "5000", "18"));
        assertTrue(revised.isApproved("discount"));
        assertTrue(revised.steps().stream().filter(s -> s.ruleId().equals("discount")).allMatch(ApprovalStep::carriedOver));
        assertEquals(List.of("margin/finance", "margin/legal"), names(revised.awaiting()));

        // nothing relevant changed (the products are not looked at by the discount rule; the margin rule looks at them)
        ApprovalProcess same = approved.afterRevision(facts("25", "5000", "20"));
        assertEquals(ApprovalOutcome.APPROVED, same.outcome());

        // a net amount change matters to the discount rule even when it still applies through condition 1
        ApprovalProcess bigger = approved.afterRevision(facts("25", "9000", "20"));
        assertEquals(List.of("discount/manager"), names(bigger.awaiting()));
        assertTrue(bigger.isApproved("margin"));

        // a rule that no longer applies drops out
        assertEquals(ApprovalOutcome.APPROVED, approved.afterRevision(facts("5", "5000", "40")).outcome());
    }

    @Test
    void rejectsBadRulesWithEveryProblem() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> ApprovalRule.builder("bad")
                .when(ApprovalCondition.greaterThan("discountPercent", "20"))
                .when(ApprovalCondition.greaterThan("netAmount", "1"))
                .logic("1 OR 3").build());
        assertEquals(List.of("logic: condition 3 does not exist (the rule has 2)", "logic: condition 2 is not used in '1 OR 3'",
                "levels: a rule needs at least one approval level"), e.problems());
        IllegalArgumentException threshold = assertThrows(IllegalArgumentException.class,
                () -> ApprovalCondition.greaterThan("discountPercent", "twenty"));
        assertEquals("threshold of condition on 'discountPercent' must be a number but was 'twenty'", threshold.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApprovalCondition.anyOf("product"));
        InvalidConfigurationException twice = assertThrows(InvalidConfigurationException.class, () -> ApprovalPolicy.of("p", 1,
                ApprovalRule.builder("a").when(ApprovalCondition.atLeast("x", "1")).approvedBy("m").build(),
                ApprovalRule.builder("a").when(ApprovalCondition.atMost("x", "1")).approvedBy("m", "m").build()));
        assertTrue(twice.getMessage().contains("levels[1]: level 'm' appears twice") || twice.getMessage().contains("is used twice"), twice.getMessage());
    }

    @Test
    void conditionsOnAbsentFactsAreFalse() {
        ApprovalFacts none = ApprovalFacts.builder().build();
        assertFalse(ApprovalCondition.greaterThan("x", "0").test(none));
        assertFalse(ApprovalCondition.atMost("x", "0").test(none));
        assertFalse(ApprovalCondition.anyOf("p", "a").test(none));
        assertEquals("discountPercent > 20", ApprovalCondition.greaterThan("discountPercent", "20").toString());
    }

    private static List<String> ids(List<ApprovalRule> rules) {
        return rules.stream().map(ApprovalRule::id).toList();
    }

    private static List<String> names(List<ApprovalStep> steps) {
        return steps.stream().map(s -> s.ruleId() + "/" + s.level().name()).toList();
    }
}
