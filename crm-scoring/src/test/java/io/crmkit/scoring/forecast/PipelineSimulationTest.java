package io.crmkit.scoring.forecast;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PipelineSimulationTest {

    @Test
    void aSureDealAndAHopelessOneGiveExactPercentiles() {
        List<OpenDeal> deals = List.of(
                new OpenDeal("sure", "ann", 1000, 1, LocalDate.of(2025, 3, 15), ForecastCategory.COMMIT),
                new OpenDeal("never", "ann", 5000, 0, LocalDate.of(2025, 4, 15), ForecastCategory.PIPELINE));

        PipelineSimulation.Result r = PipelineSimulation.run(deals, CloseDates.exact(), new PipelineSimulation.Config(500, 1, 2));

        assertEquals(List.of(YearMonth.of(2025, 3), YearMonth.of(2025, 4)), r.months().stream().map(PipelineSimulation.Revenue::month).toList());
        assertEquals(new PipelineSimulation.Revenue(YearMonth.of(2025, 3), 1000, 1000, 1000, 1000), r.months().get(0));
        assertEquals(new PipelineSimulation.Revenue(YearMonth.of(2025, 4), 0, 0, 0, 0), r.months().get(1));
        assertEquals(1000, r.total().p90());
    }

    @Test
    void simulatesTheOpenDealsOfTheSalesOpportunitiesDataAsAFan() throws Exception {
        SalesOpportunitiesData data = SalesOpportunitiesData.read(
                Path.of("../../shared/datasets/crm-sales-opportunities/sales_pipeline.csv"));
        List<OpenDeal> open = SalesPipelineForecasts.openDeals(data);

        PipelineSimulation.Result a = PipelineSimulation.run(open, CloseDates.uniform(30, 60), PipelineSimulation.Config.of(2000, 42));
        PipelineSimulation.Result b = PipelineSimulation.run(open, CloseDates.uniform(30, 60), new PipelineSimulation.Config(2000, 42, 1));
        PipelineSimulation.Result other = PipelineSimulation.run(open, CloseDates.uniform(30, 60), PipelineSimulation.Config.of(2000, 43));

        assertEquals(a, b);
        assertNotEquals(a.total(), other.total());
        double weighted = WeightedPipeline.total(open);
        assertEquals(weighted, a.total().mean(), 0.01 * weighted);
        assertTrue(a.total().p10() < weighted && weighted < a.total().p90(), a.total().toString());
        for (PipelineSimulation.Revenue m : a.months()) {
            assertTrue(m.p10() <= m.p50() && m.p50() <= m.p90(), m.toString());
        }
        assertTrue(a.months().get(0).month().isAfter(YearMonth.of(2017, 11)), a.months().get(0).toString());
    }

    @Test
    void dealsCloseAfterTheAsOfDayWhenTheSpreadWouldPutThemBefore() {
        List<OpenDeal> deals = List.of(new OpenDeal("soon", "ann", 100, 1, LocalDate.of(2025, 3, 3), ForecastCategory.COMMIT));

        PipelineSimulation.Result r = PipelineSimulation.run(deals, CloseDates.uniform(60, 0).after(LocalDate.of(2025, 2, 28)),
                new PipelineSimulation.Config(300, 5, 2));

        assertEquals(List.of(YearMonth.of(2025, 3)), r.months().stream().map(PipelineSimulation.Revenue::month).toList());
        assertEquals(100, r.months().get(0).p10());
    }

    @Test
    void rejectsBadConfigurationNamingTheValue() {
        assertEquals("trials must be at least 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> new PipelineSimulation.Config(0, 1, 1)).getMessage());
        assertEquals("probability must be in [0,1] but was 1.5 (deal d)", assertThrows(IllegalArgumentException.class,
                () -> new OpenDeal("d", "o", 1, 1.5, LocalDate.EPOCH, ForecastCategory.COMMIT)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CloseDates.empirical(new int[0]));
        assertThrows(IllegalArgumentException.class,
                () -> TeamForecast.of(java.util.Map.of("a", "b", "b", "a")));
    }
}
