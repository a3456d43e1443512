package io.crmkit.core.json;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ReopenRule;
import io.crmkit.core.opportunity.StageCriteria;
import io.crmkit.core.opportunity.StageCriterion;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Probability;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PipelineJsonTest {

    private static final String DIRECT = """
            {
              "id": "01900000-0000-7000-8000-000000000001",
              "name": "Direct sales",
              "stages": [
                {"key": "qualify",  "name": "Qualify",  "probability": 0.10, "forecastCategory": "PIPELINE"},
                {"key": "proposal", "name": "Proposal", "probability": 0.50, "forecastCategory": "BEST_CASE",
                 "entryCriteria": ["primary-contact", "amount"]},
                {"key": "negotiation", "name": "Negotiation", "probability": 0.8, "forecastCategory": "commit",
                 "entryCriteria": ["decision-role:economic_buyer"]},
                {"key": "won",  "name": "Closed won",  "outcome": "WON", "entryCriteria": ["amount"]},
                {"key": "lost", "name": "Closed lost", "outcome": "LOST"}
              ],
              "reopen": {"won": false, "lost": true, "windowDays": 90}
            }
            """;

    private final PipelineJson json = PipelineJson.standard();

    @Test
    void readsAPipelineWithTheSameMeaningAsTheBuilder() {
        Pipeline read = json.read(DIRECT);

        Pipeline built = Pipeline.builder(PipelineId.of("01900000-0000-7000-8000-000000000001"), "Direct sales")
                .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
                .open("negotiation", "Negotiation", 0.8, ForecastCategory.COMMIT, StageCriteria.decisionRole(DecisionRole.ECONOMIC_BUYER))
                .won("won", "Closed won", StageCriteria.amount())
                .lost("lost", "Closed lost")
                .reopenRule(new ReopenRule(false, true, Optional.of(Duration.ofDays(90))))
                .build();
        assertEquals(built, read);
        assertEquals(OpportunityStatus.WON, read.wonStage().outcome());
        assertEquals(Probability.ONE, read.wonStage().probability());
    }

    @Test
    void writesWhatItReads() {
        Pipeline pipeline = json.read(DIRECT);

        assertEquals(pipeline, json.read(json.write(pipeline)));
        assertEquals(json.write(pipeline), json.write(json.read(json.write(pipeline))));
    }

    @Test
    void reportsEveryProblemWithItsJsonPath() {
        String bad = """
                {
                  "id": "not-a-uuid",
                  "colour": "blue",
                  "stages": [
                    {"key": "Qualify!", "name": "Qualify", "probability": 1.5, "forecastCategory": "PIPELINE"},
                    {"key": "proposal", "probability": "high", "forecastCategory": "MAYBE", "entryCriteria": ["amount", "budget"]},
                    {"key": "won", "name": "Won", "outcome": "WON"}
                  ],
                  "reopen": {"windowDays": -3}
                }
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(bad));

        List<String> problems = e.problems();
        assertTrue(problems.contains("$.id: must be a UUID but was 'not-a-uuid'"), problems::toString);
        assertTrue(problems.contains("$.colour: unknown field (expected one of [id, name, reopen, stages])"), problems::toString);
        assertTrue(problems.contains("$.name: is required"), problems::toString);
        assertTrue(problems.contains("$.stages[0].probability: probability must be in [0,1] but was 1.5"), problems::toString);
        assertTrue(problems.contains("$.stages[1].name: is required"), problems::toString);
        assertTrue(problems.contains("$.stages[1].probability: must be a number but was string \"high\""), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.stages[1].forecastCategory: must be one of [PIPELINE")
                && p.endsWith("but was 'MAYBE'")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.stages[1].entryCriteria[1]: unknown criterion \"budget\"")),
                problems::toString);
        assertTrue(problems.contains("$.reopen.windowDays: must be a whole number of days >= 1 but was -3"), problems::toString);
        assertTrue(problems.contains("$.stages[0]: stage key must be 1-64 characters of a-z, 0-9, '-' or '_' but was 'Qualify!'"),
                problems::toString);
        assertTrue(problems.contains("$.stages: a pipeline needs at least one lost stage"),
                "the pipeline's shape is checked even when some stages are unreadable: " + problems);
        assertEquals(11, problems.size(), problems::toString);
    }

    @Test
    void reportsStructuralProblemsOfTheWholePipeline() {
        String noLostStage = """
                {"id": "01900000-0000-7000-8000-000000000002", "name": "Broken",
                 "stages": [{"key": "a", "name": "A", "probability": 0.2, "forecastCategory": "PIPELINE", "entryCriteria": ["amount"]},
                            {"key": "a", "name": "A again", "probability": 0.4, "forecastCategory": "PIPELINE"},
                            {"key": "won", "name": "Won", "outcome": "WON"}]}
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(noLostStage));

        assertEquals(List.of("$.stages[1]: duplicate stage key 'a'",
                "$.stages[0]: the first stage 'a' is where opportunities open and cannot have entry criteria",
                "$.stages: a pipeline needs at least one lost stage"), e.problems());
    }

    @Test
    void rejectsGarbageWithOneClearProblem() {
        assertEquals(List.of("$: must be an object but was array"),
                assertThrows(InvalidConfigurationException.class, () -> json.read("[1,2]")).problems());
        assertTrue(assertThrows(InvalidConfigurationException.class, () -> json.read("{\"id\": "))
                .problems().get(0).startsWith("$: not valid JSON"));
        assertTrue(assertThrows(InvalidConfigurationException.class, () -> json.read("{\"name\": \"a\", \"name\": \"b\"}"))
                .problems().get(0).contains("Duplicate field 'name'"));
        assertEquals(List.of("$: must be an object but was missing"),
                assertThrows(InvalidConfigurationException.class, () -> json.read("")).problems());
    }

    @Test
    void knowsTheHostsOwnCriteriaOnlyWhenRegistered() {
        StageCriterion signedNda = StageCriteria.of("signed-nda", "a signed NDA is required", o -> o.lines().size() > 0);
        Pipeline pipeline = Pipeline.builder(PipelineId.newId(), "Project sales")
                .open("scoping", "Scoping", 0.2, ForecastCategory.PIPELINE)
                .open("design", "Solution design", 0.5, ForecastCategory.BEST_CASE, signedNda)
                .won("won", "Won").lost("lost", "Lost").build();

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> json.write(pipeline));
        assertTrue(unknown.getMessage().contains("'signed-nda'"), unknown.getMessage());

        PipelineJson withNda = json.withCriterion(signedNda);
        assertEquals(pipeline, withNda.read(withNda.write(pipeline)));
    }
}
