package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.PipelineId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crmkit.scoring.opportunity.Deals.DIRECT;
import static io.crmkit.scoring.opportunity.Deals.DIRECT_SALES;
import static io.crmkit.scoring.opportunity.Deals.all;
import static io.crmkit.scoring.opportunity.Deals.deals;
import static io.crmkit.scoring.opportunity.Deals.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class StageWinRatesTest {

    private static final double EPS = 1e-9;

    /**
     * At stage proposal: product A in retail 8 of 10 won, A in medical 3 of 5, B (reached negotiation) 1 of 4;
     * at qualify also 2 lost deals without product. Pipeline level at proposal: 12 of 19, prior 40%.
     */
    private static final List<ClosedOpportunity> HISTORY = all(
            deals(DIRECT, "proposal", "A", "retail", 8, 2),
            deals(DIRECT, "proposal", "A", "medical", 3, 2),
            deals(DIRECT, "negotiation", "B", null, 1, 3),
            deals(DIRECT, "qualify", null, null, 0, 2));

    private static final StageWinRatesConfig MIN_10 = StageWinRatesConfig.custom().minimumClosed(10).smoothing(2).build();

    private static StageWinRates rates(StageWinRatesConfig config) {
        return StageWinRates.learn(List.of(DIRECT_SALES), HISTORY, config);
    }

    private static final double PIPELINE_PROPOSAL = (12 + 2 * 0.4) / (19 + 2);
    private static final double PRODUCT_A = (11 + 2 * PIPELINE_PROPOSAL) / (15 + 2);
    private static final double A_IN_RETAIL = (8 + 2 * PRODUCT_A) / (10 + 2);

    @Test
    void countsAWonDealInEveryStageItReachedAndALostDealInEveryStageUpToTheOneItWasLostIn() {
        StageWinRates rates = rates(StageWinRatesConfig.custom().minimumClosed(1).smoothing(0).build());

        // every deal reached qualify: 12 of 21 won; proposal: 12 of 19; negotiation: only B's, 1 of 4
        assertEquals(12.0 / 21, rates.winRate(open("qualify", null, null)).probability().value(), EPS);
        assertEquals(12.0 / 19, rates.winRate(open("proposal", null, null)).probability().value(), EPS);
        assertEquals(1.0 / 4, rates.winRate(open("negotiation", null, null)).probability().value(), EPS);
        assertEquals(21, rates.closedCount());
    }

    @Test
    void usesTheSegmentWhenItHasEnoughClosedDealsSmoothedTowardsItsProduct() {
        WinRate rate = rates(MIN_10).winRate(open("proposal", "A", "retail"));

        assertEquals(WinRate.Level.SEGMENT, rate.level());
        assertEquals(A_IN_RETAIL, rate.probability().value(), EPS);
        assertEquals(List.of(WinRate.Level.PIPELINE, WinRate.Level.PRODUCT, WinRate.Level.SEGMENT),
                rate.counts().stream().map(WinRate.Count::level).toList());
        assertEquals(List.of(19, 15, 10), rate.counts().stream().map(WinRate.Count::closed).toList());
        assertEquals(List.of(12, 11, 8), rate.counts().stream().map(WinRate.Count::won).toList());
        assertEquals("78.6%: 8 of 10 closed deals of product A in segment retail that reached stage proposal were won "
                + "(smoothed towards 71.9%)", rate.explanation());
    }

    @Test
    void fallsBackFromSegmentToProductToPipelineToTheStageDefaultAndSaysWhy() {
        StageWinRates rates = rates(MIN_10);

        WinRate medical = rates.winRate(open("proposal", "A", "medical"));
        WinRate productB = rates.winRate(open("proposal", "B", "retail"));
        WinRate negotiation = rates.winRate(open("negotiation", "B", null));

        assertEquals(WinRate.Level.PRODUCT, medical.level());
        assertEquals(PRODUCT_A, medical.probability().value(), EPS);
        assertTrue(medical.explanation().endsWith("; product A in segment medical has only 5 (minimum 10)"), medical.explanation());
        assertEquals(WinRate.Level.PIPELINE, productB.level());
        assertEquals(PIPELINE_PROPOSAL, productB.probability().value(), EPS);
        assertTrue(productB.explanation().contains("closed deals of pipeline Direct that reached stage proposal")
                && productB.explanation().contains("product B has only 4 (minimum 10); product B in segment retail has only 0 (minimum 10)"),
                productB.explanation());
        assertEquals(WinRate.Level.STAGE_DEFAULT, negotiation.level());
        assertEquals(0.70, negotiation.probability().value(), EPS);
        assertEquals("70.0%: the default probability of stage negotiation, as only 4 closed deals of pipeline Direct "
                + "reached it (minimum 10); the deal has no segment", negotiation.explanation());
    }

    @Test
    void aLevelIsUsedFromExactlyTheMinimumNumberOfClosedDeals() {
        assertEquals(WinRate.Level.SEGMENT, rates(MIN_10).winRate(open("proposal", "A", "retail")).level());
        assertEquals(WinRate.Level.PRODUCT, rates(StageWinRatesConfig.from(MIN_10).minimumClosed(11).build())
                .winRate(open("proposal", "A", "retail")).level());
        assertEquals(WinRate.Level.PRODUCT, rates(StageWinRatesConfig.from(MIN_10).minimumClosed(15).build())
                .winRate(open("proposal", "A", "retail")).level());
        assertEquals(WinRate.Level.PIPELINE, rates(StageWinRatesConfig.from(MIN_10).minimumClosed(16).build())
                .winRate(open("proposal", "A", "retail")).level());
        assertEquals(WinRate.Level.STAGE_DEFAULT, rates(StageWinRatesConfig.from(MIN_10).minimumClosed(20).build())
                .winRate(open("proposal", "A", "retail")).level());
    }

    @Test
    void smoothingOfTwoWithAFiftyPercentPriorIsLaplacesRuleAndZeroGivesRawShares() {
        List<ClosedOpportunity> three = deals(Deals.CHANNEL, "registered", null, null, 3, 1);
        StageWinRatesConfig anyCount = StageWinRatesConfig.custom().minimumClosed(1).build();
        OpportunitySnapshot registered = OpportunitySnapshot.builder(Deals.CHANNEL, "registered").build();

        double laplace = StageWinRates.learn(List.of(Deals.CHANNEL_SALES), three, anyCount).winRate(registered).probability().value();
        double raw = StageWinRates.learn(List.of(Deals.CHANNEL_SALES), three, StageWinRatesConfig.from(anyCount).smoothing(0).build())
                .winRate(registered).probability().value();

        assertEquals((3 + 1) / (4 + 2.0), laplace, EPS);
        assertEquals(0.75, raw, EPS);
        assertEquals(0.8, rates(StageWinRatesConfig.from(MIN_10).smoothing(0).build())
                .winRate(open("proposal", "A", "retail")).probability().value(), EPS);
    }

    @Test
    void smoothingKeepsASmallUnanimousSegmentAwayFromZeroAndOneHundredPercent() {
        List<ClosedOpportunity> history = all(deals(DIRECT, "proposal", "A", null, 30, 30), deals(DIRECT, "proposal", "A", "rare", 0, 3));
        StageWinRates rates = StageWinRates.learn(List.of(DIRECT_SALES), history,
                StageWinRatesConfig.custom().minimumClosed(3).smoothing(4).build());

        WinRate rare = rates.winRate(open("proposal", "A", "rare"));

        assertEquals(WinRate.Level.SEGMENT, rare.level());
        assertTrue(rare.probability().value() > 0.2 && rare.probability().value() < 0.5, rare.explanation());
    }

    @Test
    void anOpportunityWithoutProductSkipsTheProductAndSegmentLevels() {
        WinRate rate = rates(MIN_10).winRate(open("proposal", null, "retail"));

        assertEquals(WinRate.Level.PIPELINE, rate.level());
        assertEquals(1, rate.counts().size());
        assertTrue(rate.explanation().endsWith("; the deal has no product"), rate.explanation());
    }

    @Test
    void rejectsADealOfAnUnknownPipelineOrStageNamingTheDeal() {
        List<ClosedOpportunity> unknownStage = List.of(ClosedOpportunity.won("X-17", DIRECT, "demo", Deals.DAY));
        List<ClosedOpportunity> wonStage = List.of(ClosedOpportunity.won("X-18", DIRECT, "won", Deals.DAY));
        List<ClosedOpportunity> unknownPipeline = List.of(ClosedOpportunity.won("X-19",
                PipelineId.of("01900000-0000-7000-8000-0000000000ff"), "qualify", Deals.DAY));

        for (List<ClosedOpportunity> bad : List.of(unknownStage, wonStage, unknownPipeline)) {
            String message = assertThrows(IllegalArgumentException.class,
                    () -> StageWinRates.learn(DIRECT_SALES, bad)).getMessage();
            assertTrue(message.startsWith("closed opportunity " + bad.get(0).id() + ": "), message);
        }
    }

    @Test
    void configRejectsBadValuesNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StageWinRatesConfig.custom().minimumClosed(0))
                .getMessage().contains("minimumClosed must be at least 1 but was 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StageWinRatesConfig.custom().smoothing(-1))
                .getMessage().contains("smoothing must be a finite number >= 0 but was -1.0"));
        assertThrows(IllegalArgumentException.class, () -> StageWinRatesConfig.custom().smoothing(Double.NaN));
        assertEquals(StageWinRatesConfig.ofDefaults(), StageWinRatesConfig.from(StageWinRatesConfig.ofDefaults()).build());
        assertEquals(30, StageWinRatesConfig.ofDefaults().minimumClosed());
    }
}
