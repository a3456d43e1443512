package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.scoring.predictive.Evaluation;
import io.crmkit.scoring.predictive.LogisticModelJson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.crmkit.scoring.opportunity.Deals.DIRECT;
import static io.crmkit.scoring.opportunity.Deals.DIRECT_SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class WinProbabilityModelTest {

    /**
     * 3,000 synthetic deals over a year: product A wins far more often than B; lost deals drop out at any stage and
     * close within 3 weeks of entering it, won deals reach negotiation and take 2 to 9 weeks there; won deals have an
     * activity every few days, lost ones go quiet after the first week.
     */
    private static List<ClosedOpportunity> synthetic(int n, long seed, boolean withActivities) {
        Random random = new Random(seed);
        List<String> stages = List.of("qualify", "proposal", "negotiation");
        List<ClosedOpportunity> deals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean a = random.nextBoolean();
            boolean won = random.nextDouble() < (a ? 0.7 : 0.3);
            String stage = won ? "negotiation" : stages.get(random.nextInt(3));
            LocalDate entered = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            int stay = won ? 14 + random.nextInt(50) : 1 + random.nextInt(21);
            ClosedOpportunity deal = (won ? ClosedOpportunity.won("S-" + i, DIRECT, stage, entered.plusDays(stay))
                    : ClosedOpportunity.lost("S-" + i, DIRECT, stage, entered.plusDays(stay)))
                    .withProduct(a ? "A" : "B").withSegment(random.nextBoolean() ? "retail" : "medical")
                    .withAmount(a ? 5000 + random.nextInt(1000) : 500 + random.nextInt(100)).enteredStageOn(entered);
            if (withActivities) {
                List<LocalDate> activities = new ArrayList<>();
                for (int d = 0; d < (won ? stay : Math.min(stay, 7)); d += 1 + random.nextInt(4)) {
                    activities.add(entered.plusDays(d));
                }
                deal = deal.withActivities(activities);
            }
            deals.add(deal);
        }
        return deals;
    }

    private static OpportunitySnapshot.Builder negotiating(String product, int days) {
        return OpportunitySnapshot.builder(DIRECT, "negotiation").product(product).segment("retail").daysInStage(days)
                .amount("A".equals(product) ? 5500 : 550);
    }

    private static double logOdds(WinProbabilityModel model, OpportunitySnapshot.Builder snapshot) {
        double p = model.probability(snapshot.build()).value();
        return Math.log(p / (1 - p));
    }

    @Test
    void learnsProductDaysInStageAndActivityRecencyFromClosedDeals() {
        WinProbabilityModel model = WinProbabilityModel.train(List.of(DIRECT_SALES), synthetic(3000, 1, true),
                WinProbabilityConfig.ofDefaults());

        double a = logOdds(model, negotiating("A", 0).daysSinceLastActivity(0));
        double b = logOdds(model, negotiating("B", 0).daysSinceLastActivity(0));
        double active = logOdds(model, negotiating("A", 14).daysSinceLastActivity(0));
        double quiet = logOdds(model, negotiating("A", 14).daysSinceLastActivity(10));
        double later = logOdds(model, negotiating("A", 30).daysSinceLastActivity(0));

        String coefficients = model.logisticModel().coefficients().toString();
        assertTrue(a > b + 1, "product A wins more often: log-odds " + a + " vs " + b + " " + coefficients);
        assertTrue(active > quiet + 1, "a deal gone quiet for 10 days is a worse bet: " + active + " vs " + quiet + " " + coefficients);
        assertTrue(later > a + 1, "a deal still negotiating after 30 days has outlived the lost ones: " + later + " vs " + a);
        assertTrue(model.logisticModel().columns().containsAll(List.of(WinProbabilityModel.DAYS_IN_STAGE, WinProbabilityModel.AMOUNT,
                WinProbabilityModel.DAYS_SINCE_ACTIVITY, WinProbabilityModel.PRODUCT, WinProbabilityModel.SEGMENT,
                WinProbabilityModel.STAGE)), model.logisticModel().columns().toString());
    }

    @Test
    void aDealCountsInEveryStageItReachedSoEarlyStagesAreWorseBets() {
        WinProbabilityModel model = WinProbabilityModel.train(DIRECT_SALES, synthetic(3000, 2, false));

        double qualify = model.probability(OpportunitySnapshot.builder(DIRECT, "qualify").product("A").build()).value();
        double negotiation = model.probability(OpportunitySnapshot.builder(DIRECT, "negotiation").product("A").build()).value();

        assertTrue(qualify < negotiation, qualify + " vs " + negotiation);
    }

    @Test
    void ranksLaterDealsItHasNotSeenWell() {
        TimeOrderedSplit split = TimeOrderedSplit.of(synthetic(4000, 3, true), 0.75);
        WinProbabilityEvaluation evaluation = WinProbabilityEvaluation.run(List.of(DIRECT_SALES), split,
                StageWinRatesConfig.ofDefaults(), WinProbabilityConfig.ofDefaults());

        Evaluation during = evaluation.result(WinProbabilityEvaluation.Approach.LOGISTIC_MODEL, SnapshotPolicy.Kind.AT_LANDMARKS)
                .orElseThrow().evaluation();
        Evaluation rates = evaluation.result(WinProbabilityEvaluation.Approach.HISTORICAL_WIN_RATE, SnapshotPolicy.Kind.AT_LANDMARKS)
                .orElseThrow().evaluation();
        Evaluation defaults = evaluation.result(WinProbabilityEvaluation.Approach.STAGE_DEFAULT, SnapshotPolicy.Kind.AT_LANDMARKS)
                .orElseThrow().evaluation();

        assertTrue(during.auc() > 0.85, during.summary());
        assertTrue(rates.auc() > 0.7 && rates.auc() < during.auc(), rates.summary());
        assertTrue(defaults.auc() > 0.5 && defaults.auc() < rates.auc(), "stage defaults rank only by stage: " + defaults.summary());
        assertEquals(7, evaluation.results().size());
        assertTrue(evaluation.results().get(6).leaks());
    }

    @Test
    void inputsThatNeverVaryDropOutAndUnseenValuesAddNothing() {
        WinProbabilityModel model = WinProbabilityModel.train(DIRECT_SALES, synthetic(500, 4, false));

        assertFalse(model.logisticModel().columns().contains(WinProbabilityModel.DAYS_SINCE_ACTIVITY), model.toString());
        assertFalse(model.logisticModel().columns().contains(WinProbabilityModel.PIPELINE), model.toString());
        double known = model.probability(OpportunitySnapshot.builder(DIRECT, "proposal").build()).value();
        double unseen = model.probability(OpportunitySnapshot.builder(DIRECT, "proposal").product("Z").segment("mining")
                .daysSinceLastActivity(3).build()).value();
        assertEquals(known, unseen, 1e-12);
        // the logistic model exports like any other
        assertEquals(model.logisticModel().coefficients(), LogisticModelJson.read(LogisticModelJson.write(model.logisticModel())).coefficients());
    }

    @Test
    void refusesHistoryOfOneOutcomeAndOpportunitiesOfOtherPipelines() {
        List<ClosedOpportunity> allWon = Deals.deals(DIRECT, "qualify", "A", null, 5, 0);
        WinProbabilityModel model = WinProbabilityModel.train(DIRECT_SALES, synthetic(200, 5, false));

        String oneOutcome = assertThrows(IllegalArgumentException.class, () -> WinProbabilityModel.train(DIRECT_SALES, allWon)).getMessage();
        assertTrue(oneOutcome.contains("needs won and lost deals but the 5 closed deals have 5 won"), oneOutcome);
        assertThrows(IllegalArgumentException.class, () -> model.probability(OpportunitySnapshot.builder(
                PipelineId.of("01900000-0000-7000-8000-0000000000ff"), "qualify").build()));
        assertThrows(IllegalArgumentException.class, () -> model.probability(OpportunitySnapshot.builder(DIRECT, "lost").build()));
        assertThrows(IllegalArgumentException.class, () -> WinProbabilityEvaluation.run(List.of(DIRECT_SALES),
                TimeOrderedSplit.of(synthetic(200, 6, false), 0.5), StageWinRatesConfig.ofDefaults(),
                WinProbabilityConfig.custom().snapshots(SnapshotPolicy.atClose()).build()));
        assertThrows(IllegalArgumentException.class, () -> WinProbabilityConfig.custom().amountBands(1));
        assertThrows(IllegalArgumentException.class, () -> WinProbabilityConfig.custom().l2(0));
    }
}
