package io.crmkit.scoring.customerbase;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Summaries, CLV, RFM, cohorts and churn flags on small hand-made customer bases. */
final class CustomerAnalyticsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final BgNbdModel CDNOW_BGNBD = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaModel CDNOW_SPEND = new GammaGammaModel(6.25, 3.74, 15.44);

    private static Transaction t(String customer, LocalDate date, double amount) {
        return new Transaction(customer, date, amount);
    }

    @Test
    void mergesPurchasesOfOneDayAndMeasuresInWeeksFromTheFirstPurchase() {
        List<Transaction> log = List.of(
                t("a", JAN_1, 10), t("a", JAN_1, 5), t("a", JAN_1.plusDays(14), 20), t("a", JAN_1.plusDays(14), 10),
                t("a", JAN_1.plusDays(28), 30), t("a", JAN_1.plusDays(40), 7), t("a", JAN_1.plusDays(80), 9),
                t("b", JAN_1.plusDays(7), 12), t("c", JAN_1.plusDays(50), 3));

        CustomerSummaries s = CustomerSummaries.of(log, JAN_1.plusDays(42), JAN_1.plusDays(84));

        CustomerSummary a = s.customer("a").orElseThrow();
        assertEquals(3, a.frequency());
        assertEquals(40 / 7.0, a.recency(), 1e-12);
        assertEquals(6.0, a.age(), 1e-12);
        assertEquals((30 + 30 + 7) / 3.0, a.averageRepeatValue(), 1e-12);
        assertEquals(1, a.holdoutPurchases());
        assertEquals(9, a.holdoutValue(), 1e-12);
        CustomerSummary b = s.customer("b").orElseThrow();
        assertEquals(0, b.frequency());
        assertEquals(0, b.recency());
        assertEquals(5.0, b.age(), 1e-12);
        assertEquals(1, s.customersAfterCalibration());
        assertTrue(s.customer("c").isEmpty());
        assertEquals(6.0, s.holdoutWeeks(), 1e-12);
    }

    @Test
    void lifetimeValueIsTheDiscountedSpendOfTheExpectedPurchases() {
        CustomerSummary loyal = CustomerSummary.of("loyal", 10, 38, 39);
        CustomerSummary quiet = CustomerSummary.of("quiet", 10, 5, 39);
        LifetimeValue undiscounted = new LifetimeValue(12, 52.0 / 12, 0, 1);
        LifetimeValue discounted = LifetimeValue.monthly(12, 0.10);

        double plain = undiscounted.of(CDNOW_BGNBD, CDNOW_SPEND, loyal);

        assertEquals(CDNOW_BGNBD.expectedPurchases(52, loyal) * CDNOW_SPEND.expectedAverageSpend(10, 0), plain, 1e-9);
        assertTrue(discounted.of(CDNOW_BGNBD, CDNOW_SPEND, loyal) < plain);
        assertTrue(discounted.of(CDNOW_BGNBD, CDNOW_SPEND, loyal) > 0.9 * plain);
        assertTrue(undiscounted.of(CDNOW_BGNBD, CDNOW_SPEND, quiet) < plain / 5, "a customer who went quiet is worth less");
        assertEquals(0.5 * plain, new LifetimeValue(12, 52.0 / 12, 0, 0.5).of(CDNOW_BGNBD, CDNOW_SPEND, loyal), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new LifetimeValue(0, 4, 0, 1));
        assertEquals("margin must be in [0,1] but was 1.5",
                assertThrows(IllegalArgumentException.class, () -> new LifetimeValue(12, 4, 0, 1.5)).getMessage());
    }

    @Test
    void expectedSpendShrinksAnAverageTowardsThePopulationMean() {
        double population = 6.25 * 15.44 / (3.74 - 1);

        assertEquals(population, CDNOW_SPEND.expectedAverageSpend(0, 0), 1e-12);
        double one = CDNOW_SPEND.expectedAverageSpend(1, 100);
        double many = CDNOW_SPEND.expectedAverageSpend(20, 100);
        assertTrue(population < one && one < many && many < 100, one + " " + many);
        assertThrows(IllegalArgumentException.class, () -> new GammaGammaModel(0.1, 0.5, 1).expectedAverageSpend(1, 10));
    }

    @Test
    void scoresRfmByQuintilesAndNamesTheSegments() {
        List<Transaction> log = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            for (int d = 0; d <= c; d++) {
                log.add(t("c" + c, JAN_1.plusDays(10L * c + d), 10 * (c + 1)));
            }
        }
        log.add(t("late", JAN_1.plusDays(500), 1));

        List<Rfm.Score> scores = Rfm.score(log, JAN_1.plusDays(100));

        assertEquals(10, scores.size());
        Rfm.Score best = scores.stream().filter(s -> s.customerId().equals("c9")).findFirst().orElseThrow();
        Rfm.Score worst = scores.stream().filter(s -> s.customerId().equals("c0")).findFirst().orElseThrow();
        assertEquals("555", best.code());
        assertEquals(RfmSegment.CHAMPIONS, best.segment());
        assertEquals(10, best.purchaseDays());
        assertEquals(100 - 99, best.recencyDays());
        assertEquals("111", worst.code());
        assertEquals(RfmSegment.LOST, worst.segment());
        Map<RfmSegment, Integer> sizes = Rfm.segmentSizes(scores);
        assertEquals(RfmSegment.values().length, sizes.size());
        assertEquals(10, sizes.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void everyRecencyAndFrequencyCellHasASegment() {
        assertEquals(RfmSegment.NEW_CUSTOMERS, RfmSegment.of(5, 1));
        assertEquals(RfmSegment.PROMISING, RfmSegment.of(4, 1));
        assertEquals(RfmSegment.LOYAL, RfmSegment.of(3, 5));
        assertEquals(RfmSegment.NEED_ATTENTION, RfmSegment.of(3, 3));
        assertEquals(RfmSegment.ABOUT_TO_SLEEP, RfmSegment.of(3, 2));
        assertEquals(RfmSegment.CANNOT_LOSE_THEM, RfmSegment.of(1, 5));
        assertEquals(RfmSegment.AT_RISK, RfmSegment.of(2, 4));
        assertEquals(RfmSegment.HIBERNATING, RfmSegment.of(2, 1));
        assertEquals("RFM scores must be 1 to 5 but were r=0, f=3",
                assertThrows(IllegalArgumentException.class, () -> RfmSegment.of(0, 3)).getMessage());
    }

    @Test
    void cohortTableCountsWhoBoughtInEachMonthSinceTheirFirst() {
        List<Transaction> log = List.of(
                t("a", LocalDate.of(2024, 1, 5), 1), t("a", LocalDate.of(2024, 1, 20), 1), t("a", LocalDate.of(2024, 3, 2), 1),
                t("b", LocalDate.of(2024, 1, 31), 1), t("b", LocalDate.of(2024, 2, 1), 1),
                t("c", LocalDate.of(2024, 2, 10), 1), t("c", LocalDate.of(2024, 4, 1), 1));

        CohortRetention table = CohortRetention.monthly(log, LocalDate.of(2024, 3, 31));

        assertEquals(2, table.cohorts().size());
        CohortRetention.Cohort january = table.cohorts().get(0);
        assertEquals(YearMonth.of(2024, 1), january.month());
        assertEquals(2, january.customers());
        assertEquals(List.of(2, 1, 1), january.active());
        assertEquals(0.5, january.retention(1));
        assertEquals(List.of(1, 0), table.cohorts().get(1).active(), "April is after the as-of day");
    }

    @Test
    void flagsCustomersBelowTheThresholdAsEvents() {
        Instant now = Instant.parse("2024-05-01T08:00:00Z");
        List<CustomerSummary> customers = List.of(CustomerSummary.of("new", 0, 0, 39), CustomerSummary.of("regular", 12, 38, 39),
                CustomerSummary.of("gone", 12, 3, 39));

        List<CustomerChurnRiskFlagged> events = new ChurnRisk(0.3).flag(CDNOW_BGNBD, customers, now);

        assertEquals(1, events.size());
        CustomerChurnRiskFlagged gone = events.get(0);
        assertEquals("gone", gone.customerId());
        assertTrue(gone.probabilityAlive() < 0.3);
        assertEquals(0.3, gone.threshold());
        assertEquals("bgnbd", gone.model());
        assertEquals(now, gone.occurredAt());
        assertEquals("threshold must be in (0,1] but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> new ChurnRisk(0)).getMessage());
    }

    @Test
    void aFitThatRunsOutOfEvaluationsSaysSo() {
        List<CustomerSummary> customers = List.of(CustomerSummary.of("a", 3, 20, 39), CustomerSummary.of("b", 0, 0, 39),
                CustomerSummary.of("c", 1, 2, 30));

        FitResult<BgNbdModel> fit = BgNbd.fit(customers, 20);
        FitResult<ParetoNbdModel> pareto = ParetoNbd.fit(customers, 20);

        assertEquals(FitStatus.NOT_CONVERGED, fit.status());
        assertEquals(FitStatus.NOT_CONVERGED, pareto.status());
        assertTrue(Double.isFinite(fit.logLikelihood()));
        assertTrue(fit.evaluations() <= 20, "evaluations " + fit.evaluations());
    }

    @Test
    void rejectsImpossibleHistoriesAndParametersNamingTheValue() {
        assertEquals("a history needs x >= 0 and 0 <= t_x <= T < infinity but was x=2, t_x=10.0, T=5.0",
                assertThrows(IllegalArgumentException.class, () -> CDNOW_BGNBD.probabilityAlive(2, 10, 5)).getMessage());
        assertEquals("alpha must be a positive finite number but was NaN",
                assertThrows(IllegalArgumentException.class, () -> new ParetoNbdModel(1, Double.NaN, 1, 1)).getMessage());
        assertEquals("t must be a finite number of weeks of at least 0 but was -1.0",
                assertThrows(IllegalArgumentException.class, () -> CDNOW_BGNBD.expectedPurchases(-1, 0, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CustomerSummary("x", JAN_1, 0, 1, 2, 0, 0, 0));
    }
}
