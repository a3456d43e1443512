package io.crmkit.core.json;

import io.crmkit.core.shared.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class SalesOpsJsonEdgeCasesTest {

    private static final String ANA = "01900000-0000-7000-8000-0000000000a1";

    @Test
    void anInfiniteMinScoreIsAProblemNotAnIllegalArgumentException() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> SalesOpsJson.readAssignmentRules("""
                        {"rules": [{"id": "r", "when": {"minScore": 1e400}, "user": "%s"}]}""".formatted(ANA)));
        assertTrue(e.problems().get(0).startsWith("$.rules[0].when.minScore"), e.problems().toString());
    }

    @Test
    void aTierGivenTwiceInDifferentCaseIsReportedNotSilentlyOverwritten() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> SalesOpsJson.readPoolRules("""
                        {"name": "east", "followUpDays": 15, "followUpDaysByTier": {"gold": 30, "GOLD": 45}}"""));
        assertTrue(e.problems().get(0).startsWith("$.followUpDaysByTier.GOLD"), e.problems().toString());
    }
}
