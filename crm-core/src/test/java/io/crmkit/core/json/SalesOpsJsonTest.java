package io.crmkit.core.json;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.assignment.AssignmentRules;
import io.crmkit.core.assignment.Distribution;
import io.crmkit.core.assignment.Target;
import io.crmkit.core.party.Tier;
import io.crmkit.core.playbook.AlertRules;
import io.crmkit.core.playbook.Playbook;
import io.crmkit.core.playbook.TaskTemplate;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.UserId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class SalesOpsJsonTest {

    private static final String ANA = "01900000-0000-7000-8000-0000000000a1";
    private static final String BEN = "01900000-0000-7000-8000-0000000000b2";

    private static List<String> problems(Function<String, ?> reader, String json) {
        return assertThrows(InvalidConfigurationException.class, () -> reader.apply(json)).problems();
    }

    @Test
    void poolRulesReadAsTheBuilderBuildsThem() {
        PoolRules read = SalesOpsJson.readPoolRules("""
                {"name": "east", "followUpDays": 15, "followUpDaysByTier": {"gold": 30}, "extensionDaysPerActivity": 3,
                 "maxProtectionDays": 30, "winWithinDays": 90, "reminderDaysBefore": 2, "dailyClaimCap": 5,
                 "holdingCap": 50, "wonCountTowardsHolding": false, "cooldownDays": 7}""");
        assertEquals(PoolRules.builder("east", 15).followUpDays(Tier.GOLD, 30).extendPerActivity(3, 30).winWithin(90)
                .remindBefore(2).claimCaps(5, 50, false).cooldown(7).build(), read);
        assertEquals(PoolRules.builder("west", 10).build(), SalesOpsJson.readPoolRules("{\"name\": \"west\", \"followUpDays\": 10}"));
    }

    @Test
    void badPoolRulesReportEveryProblemWithItsPath() {
        assertEquals(List.of("$.colour: unknown field (expected one of [cooldownDays, dailyClaimCap, extensionDaysPerActivity, "
                        + "followUpDays, followUpDaysByTier, holdingCap, maxProtectionDays, name, reminderDaysBefore, "
                        + "winWithinDays, wonCountTowardsHolding])",
                "$.name: is required", "$.followUpDays: must be a whole number but was string \"15\"",
                "$.followUpDaysByTier.DIAMOND: must be one of [PLATINUM, GOLD, SILVER, BRONZE, UNRATED] but was 'DIAMOND'",
                "$.wonCountTowardsHolding: must be true or false but was \"no\""),
                problems(SalesOpsJson::readPoolRules, """
                        {"colour": 1, "followUpDays": "15", "followUpDaysByTier": {"DIAMOND": 3}, "wonCountTowardsHolding": "no"}"""));
        assertEquals(List.of("$.followUpDays: must be positive but was 0", "$.dailyClaimCap: must be positive but was -1"),
                problems(SalesOpsJson::readPoolRules, "{\"name\": \"x\", \"followUpDays\": 0, \"dailyClaimCap\": -1}"));
    }

    @Test
    void assignmentRulesWithTeamsMembersLeaveAndCriteria() {
        AssignmentRules rules = SalesOpsJson.readAssignmentRules("""
                {"teams": [{"id": "emea", "distribution": "load_balanced", "members": [
                    {"user": "%s", "monthlyCapacity": 44, "skills": ["CRM"], "weight": 2,
                     "leave": [{"from": "2026-03-02", "to": "2026-03-06"}]},
                    {"user": "%s", "active": false}]}],
                 "rules": [{"id": "big", "when": {"size": ["enterprise"], "minScore": 60, "channel": ["WEB_FORM"]}, "user": "%s"},
                           {"id": "emea", "when": {"region": ["EMEA"], "industry": ["software"]}, "team": "emea"},
                           {"id": "rest", "team": "emea"}]}""".formatted(ANA, BEN, ANA));
        assertEquals(3, rules.rules().size());
        assertEquals(new Target.User(UserId.of(ANA)), rules.rules().get(0).target());
        assertEquals(3, rules.rules().get(0).criteria().size());
        assertEquals(List.of(), rules.rules().get(2).criteria());
        var team = rules.teams().get("emea");
        assertEquals(Distribution.LOAD_BALANCED, team.distribution());
        assertEquals(OptionalInt.of(44), team.members().get(0).monthlyCapacity());
        assertEquals(Set.of("crm"), team.members().get(0).skills());
        assertEquals(1, team.members().get(0).leave().size());
        assertTrue(!team.members().get(1).active());
    }

    @Test
    void badAssignmentRulesReportEveryProblemWithItsPath() {
        assertEquals(List.of(
                        "$.teams[0].distribution: must be one of [ROUND_ROBIN, LOAD_BALANCED, SKILL_MATCH, WEIGHTED] but was 'random'",
                        "$.teams[0].members[0].user: must be a UUID but was 'ana'",
                        "$.teams[0].members[1].leave[0].to: must be a date like 2026-03-01 but was '2026-02-30'",
                        "$.teams[0].members[1].monthlyCapacity: must be a whole number but was number 1.5",
                        "$.rules[0]: must name exactly one of 'user' and 'team'",
                        "$.rules[1].when.score: unknown field (expected one of [channel, grade, industry, minScore, productInterest, region, size])",
                        "$.rules[1].when.size[0]: must be one of [MICRO, SMALL, MEDIUM, LARGE, ENTERPRISE] but was 'huge'"),
                problems(SalesOpsJson::readAssignmentRules, """
                        {"teams": [{"id": "emea", "distribution": "random", "members": [{"user": "ana"},
                            {"user": "%s", "leave": [{"from": "2026-02-01", "to": "2026-02-30"}], "monthlyCapacity": 1.5}]}],
                         "rules": [{"id": "a", "user": "%s", "team": "emea"},
                                   {"id": "b", "when": {"size": ["huge"], "score": 3}, "team": "emea"}]}""".formatted(BEN, ANA)));
        assertEquals(List.of("$.rules[0].target: unknown team 'apac'", "$.rules[1].id: 'r' is used by an earlier rule"),
                problems(SalesOpsJson::readAssignmentRules, """
                        {"rules": [{"id": "r", "team": "apac"}, {"id": "r", "user": "%s"}]}""".formatted(ANA)));
        assertEquals(List.of("$.teams[0].members[1].user: " + ANA + " is listed twice",
                        "$.teams[0]: team 'emea' lists member " + ANA + " twice"),
                problems(SalesOpsJson::readAssignmentRules, """
                        {"teams": [{"id": "emea", "distribution": "ROUND_ROBIN", "members": [{"user": "%s"}, {"user": "%s"}]}],
                         "rules": [{"id": "r", "team": "emea"}]}""".formatted(ANA, ANA)));
    }

    @Test
    void alertRulesAndPlaybooks() {
        assertEquals(new AlertRules(10, false, 3.0),
                SalesOpsJson.readAlertRules("{\"staleAfterDays\": 10, \"closeDatePassed\": false, \"stuckFactor\": 3}"));
        assertEquals(AlertRules.ofDefaults(), SalesOpsJson.readAlertRules("{}"));
        assertEquals(List.of("$.stuckFactor: must be 0 (off) or a finite number of at least 1 but was 0.5"),
                problems(SalesOpsJson::readAlertRules, "{\"stuckFactor\": 0.5}"));

        Playbook playbook = SalesOpsJson.readPlaybook("""
                {"pipeline": "01900000-0000-7000-8000-000000000001",
                 "stages": {"discovery": [{"type": "meeting", "subject": "Discovery call", "dueAfterDays": 2}]}}""");
        assertEquals(Map.of("discovery", List.of(new TaskTemplate(ActivityType.MEETING, "Discovery call", 2))), playbook.tasksByStage());
        assertEquals(List.of("$.pipeline: must be a UUID but was 'direct'", "$.stages.discovery[0].type: is required",
                        "$.stages.discovery[1].dueAfterDays: must be a whole number but was string \"soon\"",
                        "$.stages.proposal: must be an array but was object"),
                problems(SalesOpsJson::readPlaybook, """
                        {"pipeline": "direct", "stages": {"discovery": [{"subject": "x"}, {"type": "TASK", "subject": "y",
                         "dueAfterDays": "soon"}], "proposal": {}}}"""));
    }

    @Test
    void garbageIsReportedNotThrownAsSomethingElse() {
        assertEquals(List.of("$: must be an object but was array"), problems(SalesOpsJson::readPoolRules, "[1, 2]"));
        assertTrue(problems(SalesOpsJson::readAssignmentRules, "{\"rules\": [").get(0).startsWith("$: not valid JSON"));
        assertTrue(problems(SalesOpsJson::readPlaybook, "{\"a\": 1} {}").get(0).startsWith("$: not valid JSON"));
        assertTrue(problems(SalesOpsJson::readAlertRules, "{\"staleAfterDays\": 1, \"staleAfterDays\": 2}").get(0)
                .contains("Duplicate field"));
    }

    @Property(tries = 300)
    void anyTextEitherReadsOrFailsWithProblems(@ForAll String text) {
        for (Function<String, ?> reader : List.<Function<String, ?>>of(SalesOpsJson::readPoolRules,
                SalesOpsJson::readAssignmentRules, SalesOpsJson::readAlertRules, SalesOpsJson::readPlaybook)) {
            try {
                reader.apply(text);
            } catch (InvalidConfigurationException expected) {
                assertTrue(!expected.problems().isEmpty());
            }
        }
    }
}
