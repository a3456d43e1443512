package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.shared.Probability;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class StageDefaultsTest {

    private final StageDefaults defaults = StageDefaults.of(List.of(Deals.DIRECT_SALES, Deals.CHANNEL_SALES));

    @Test
    void givesTheDefaultProbabilityOfTheStageWhateverElseIsKnown() {
        assertEquals(Probability.of(0.10), defaults.probability(Deals.open("qualify", null, null)));
        assertEquals(Probability.of(0.70), defaults.probability(OpportunitySnapshot.builder(Deals.DIRECT, "negotiation")
                .product("GTX Pro").segment("retail").daysInStage(400).amount(1e6).daysSinceLastActivity(90).build()));
        assertEquals(Probability.of(0.50), defaults.probability(OpportunitySnapshot.builder(Deals.CHANNEL, "registered").build()));
    }

    @Test
    void rejectsAnUnknownPipelineAnUnknownStageAndAClosedStageNamingThem() {
        PipelineId other = PipelineId.of("01900000-0000-7000-8000-0000000000ff");
        String unknownPipeline = assertThrows(IllegalArgumentException.class,
                () -> defaults.probability(OpportunitySnapshot.builder(other, "qualify").build())).getMessage();
        String unknownStage = assertThrows(IllegalArgumentException.class,
                () -> defaults.probability(Deals.open("demo", null, null))).getMessage();
        String closedStage = assertThrows(IllegalArgumentException.class,
                () -> defaults.probability(Deals.open("won", null, null))).getMessage();

        assertTrue(unknownPipeline.contains(other.toString()) && unknownPipeline.contains("Direct"), unknownPipeline);
        assertTrue(unknownStage.contains("'demo'"), unknownStage);
        assertTrue(closedStage.contains("'won'") && closedStage.contains("closes the opportunity"), closedStage);
    }

    @Test
    void rejectsTwoPipelinesWithOneId() {
        assertThrows(IllegalArgumentException.class, () -> StageDefaults.of(List.of(Deals.DIRECT_SALES, Deals.DIRECT_SALES)));
        assertThrows(IllegalArgumentException.class, () -> StageDefaults.of(List.of()));
    }
}
