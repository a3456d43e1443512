package io.crmkit.core.opportunity;

import io.crmkit.core.shared.Probability;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PipelineTest {

    @Test
    void reportsEveryProblemOfAPipelineInOneMessage() {
        Pipeline.Builder broken = Pipeline.builder(PipelineId.newId(), "Channel sales")
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.amount())
                .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
                .lost("closed-lost", "Closed lost")
                .open("qualify", "Qualify again", 0.10, ForecastCategory.PIPELINE);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, broken::build);

        String message = e.getMessage();
        assertTrue(message.startsWith("pipeline 'Channel sales' is invalid: "), message);
        assertTrue(message.contains("stages[3]: duplicate stage key 'qualify'"), message);
        assertTrue(message.contains("a pipeline needs exactly one won stage but had 0"), message);
        assertTrue(message.contains("stages[0]: the first stage 'proposal' is where opportunities open and cannot have entry criteria"), message);
        assertTrue(message.contains("stages[3]: open stage 'qualify' must come before the closed stages"), message);
        assertEquals(4, message.split("; ").length, message);
    }

    @Test
    void reportsMissingOpenAndLostStagesAndTwoWonStages() {
        List<Stage> stages = List.of(
                new Stage("won", "Closed won", 0, Probability.ONE, ForecastCategory.CLOSED, OpportunityStatus.WON, List.of()),
                new Stage("won-again", "Closed won (renewal)", 1, Probability.ONE, ForecastCategory.CLOSED, OpportunityStatus.WON, List.of()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(PipelineId.newId(), "Renewals", stages, ReopenRule.ofDefaults()));

        assertTrue(e.getMessage().contains("a pipeline needs at least one open stage first"), e::getMessage);
        assertTrue(e.getMessage().contains("exactly one won stage but had 2"), e::getMessage);
        assertTrue(e.getMessage().contains("at least one lost stage"), e::getMessage);
    }

    @Test
    void reportsStagesWhoseOrderDoesNotMatchTheirPosition() {
        List<Stage> stages = List.of(
                new Stage("qualify", "Qualify", 0, Probability.of(0.1), ForecastCategory.PIPELINE, OpportunityStatus.OPEN, List.of()),
                new Stage("won", "Closed won", 5, Probability.ONE, ForecastCategory.CLOSED, OpportunityStatus.WON, List.of()),
                new Stage("lost", "Closed lost", 2, Probability.ZERO, ForecastCategory.OMITTED, OpportunityStatus.LOST, List.of()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(PipelineId.newId(), "Direct sales", stages, ReopenRule.ofDefaults()));

        assertTrue(e.getMessage().contains("stages[1]: order must be 1 but was 5"), e::getMessage);
    }

    @Test
    void wonStageProbabilityMustBeOneHundredPercent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stage("won", "Closed won", 3,
                Probability.of(0.9), ForecastCategory.CLOSED, OpportunityStatus.WON, List.of()));

        assertTrue(e.getMessage().contains("won stage 'won' must have probability 100% and category CLOSED but had 90%"),
                e::getMessage);
    }

    @Test
    void lostStageProbabilityMustBeZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stage("lost", "Closed lost", 4,
                Probability.of(0.05), ForecastCategory.OMITTED, OpportunityStatus.LOST, List.of()));

        assertTrue(e.getMessage().contains("must have probability 0% and category OMITTED"), e::getMessage);
    }

    @Test
    void openStageMayNotUseAClosedForecastCategory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.builder(PipelineId.newId(), "Direct")
                .open("negotiate", "Negotiate", 0.8, ForecastCategory.CLOSED));

        assertTrue(e.getMessage().contains("open stage 'negotiate' must not have category CLOSED"), e::getMessage);
    }

    @Test
    void rejectsStageKeysThatAreNotSlugs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.builder(PipelineId.newId(), "Direct")
                .open("Proposal Sent", "Proposal sent", 0.5, ForecastCategory.BEST_CASE));

        assertTrue(e.getMessage().contains("'Proposal Sent'"), e::getMessage);
    }

    @Test
    void findsStagesByRoleAndKey() {
        Pipeline pipeline = Pipeline.builder(PipelineId.newId(), "Direct sales")
                .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
                .won("won", "Closed won")
                .lost("lost", "Closed lost")
                .lost("no-decision", "No decision")
                .reopenRule(new ReopenRule(true, true, Optional.of(Duration.ofDays(90))))
                .build();

        assertEquals("qualify", pipeline.firstStage().key());
        assertEquals(List.of("qualify", "proposal"), pipeline.openStages().stream().map(Stage::key).toList());
        assertEquals("won", pipeline.wonStage().key());
        assertEquals("lost", pipeline.lostStage().key());
        assertEquals(Probability.ONE, pipeline.wonStage().probability());
        assertEquals(Optional.of(4), pipeline.stage("no-decision").map(Stage::order));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pipeline.requireStage("demo"));
        assertTrue(e.getMessage().contains("stage 'demo' is not in pipeline 'Direct sales' (stages: [qualify, proposal, won, lost, no-decision])"),
                e::getMessage);
    }

    @Test
    void reopenWindowMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReopenRule(true, true, Optional.of(Duration.ZERO)));

        assertTrue(e.getMessage().contains("reopen window must be a positive whole number of days"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> new ReopenRule(true, true, Optional.of(Duration.ofHours(12))),
                "a window is whole days, so it survives the JSON round trip");
    }
}
