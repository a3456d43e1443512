package io.crmkit.scoring.forecast;

import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TimeSeriesForecastTest {

    private static final double[] SEASON = {-20, 10, 30, -5, 0, 15, -10, 5, -25, 20, 0, -20};

    private static double[] additive(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 2 * t + SEASON[t % 12];
        }
        return y;
    }

    private static double[] multiplicative(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = (100 + 3 * t) * (1 + SEASON[t % 12] / 50);
        }
        return y;
    }

    @Test
    void holtWintersAdditiveContinuesAnAdditiveSeasonalPatternExactly() {
        double[] y = additive(48);

        SeriesForecast f = HoltWinters.additive(12).forecast(y, 12, 0.95);

        assertArrayEquals(java.util.Arrays.copyOfRange(additive(60), 48, 60), f.point(), 1e-6);
        Backtest b = Backtest.run(y, 12, 25, 6, 0.95);
        assertEquals("Holt-Winters additive", b.chosen().method());
        assertTrue(b.chosen().smape() < 1e-6, b.toString());
        assertTrue(b.beatsBaseline());
        assertEquals(108, b.chosen().points());
    }

    @Test
    void holtWintersMultiplicativeWinsOnSeasonalSwingsThatGrowWithTheLevel() {
        double[] y = multiplicative(48);

        Backtest b = Backtest.run(y, 12, 25, 6, 0.95);

        assertEquals("Holt-Winters multiplicative", b.chosen().method());
        double additive = b.scores().stream().filter(s -> s.method().equals("Holt-Winters additive")).findFirst().orElseThrow().smape();
        assertTrue(b.chosen().smape() < additive / 10, b.scores().toString());
        assertEquals("seasonal naive", b.scores().get(b.scores().size() - 1).method());
    }

    @Test
    void intervalsContainThePointWidenWithTheHorizonAndCoverNoisyData() {
        Random random = new Random(7);
        double[] y = new double[72];
        for (int t = 0; t < y.length; t++) {
            y[t] = 500 + 4 * t + 3 * SEASON[t % 12] + 15 * random.nextGaussian();
        }
        int covered = 0;
        int total = 0;
        for (int origin = 36; origin + 1 <= y.length; origin++) {
            SeriesForecast f = HoltWinters.additive(12).forecast(java.util.Arrays.copyOf(y, origin), 1, 0.9);
            covered += f.lower()[0] <= y[origin] && y[origin] <= f.upper()[0] ? 1 : 0;
            total++;
        }
        SeriesForecast f = HoltWinters.additive(12).forecast(y, 24, 0.9);
        for (int h = 0; h < 24; h++) {
            assertTrue(f.lower()[h] < f.point()[h] && f.point()[h] < f.upper()[h]);
            if (h > 0) {
                assertTrue(f.upper()[h] - f.lower()[h] >= f.upper()[h - 1] - f.lower()[h - 1] - 1e-9);
            }
        }
        assertTrue(covered >= 0.75 * total, covered + " of " + total + " one-step 90% intervals held the actual value");
    }

    @Test
    void linearTrendIsTheLeastSquaresLineWithItsPredictionInterval() {
        double[] y = {3, 5, 4, 8, 9, 12, 11, 15};
        SimpleRegression regression = new SimpleRegression();
        for (int t = 0; t < y.length; t++) {
            regression.addData(t, y[t]);
        }

        SeriesForecast f = new LinearTrend().forecast(y, 2, 0.95);

        assertEquals(regression.predict(8), f.point()[0], 1e-9);
        assertEquals(regression.predict(9), f.point()[1], 1e-9);
        double s = Math.sqrt(regression.getMeanSquareError());
        double q = new org.apache.commons.math3.distribution.TDistribution(6).inverseCumulativeProbability(0.975);
        double half = q * s * Math.sqrt(1 + 1.0 / 8 + (8 - 3.5) * (8 - 3.5) / regression.getXSumSquares());
        assertEquals(f.point()[0] + half, f.upper()[0], 1e-9);
    }

    @Test
    void seasonalNaiveRepeatsTheLastSeason() {
        double[] y = {1, 2, 3, 4, 5, 6, 7};

        SeriesForecast f = new SeasonalNaive(3).forecast(y, 5, 0.8);

        assertArrayEquals(new double[]{5, 6, 7, 5, 6}, f.point(), 0);
        assertTrue(f.upper()[3] - f.point()[3] > f.upper()[0] - f.point()[0], "a season further out is less certain");
    }

    @Test
    void monthlyWonRevenueOfTheSalesOpportunitiesDataIsForecastByBacktest() throws Exception {
        Path dir = Path.of("../../shared/datasets/crm-sales-opportunities");
        SalesOpportunitiesData data = SalesOpportunitiesData.read(dir.resolve("sales_pipeline.csv"));
        SortedMap<YearMonth, Double> expected = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("sales_pipeline.csv")).subList(1, 8801)) {
            String[] f = line.split(",", -1);
            if (f[4].equals("Won")) {
                expected.merge(YearMonth.parse(f[6].substring(0, 7)), Double.parseDouble(f[7]), Double::sum);
            }
        }

        SortedMap<YearMonth, Double> months = SalesPipelineForecasts.wonRevenueByMonth(data);
        double[] series = months.values().stream().mapToDouble(Double::doubleValue).toArray();
        // a quarter has a slow first month and a strong last one: a season of 3 months
        Backtest b = Backtest.run(series, 3, 7, 1, 0.8);

        assertEquals(expected, months);
        assertEquals(10, series.length);
        assertTrue(b.chosen().method().startsWith("Holt-Winters"), b.scores().toString());
        assertTrue(b.beatsBaseline(), b.scores().toString());
        assertEquals(3, b.chosen().points());
        assertEquals(1, b.forecast().horizon());
    }

    @Test
    void rejectsHistoriesAMethodCannotUse() {
        assertEquals("Holt-Winters additive needs at least 25 periods of history but had 24",
                assertThrows(IllegalArgumentException.class, () -> HoltWinters.additive(12).forecast(additive(24), 1, 0.9)).getMessage());
        assertEquals("history[2] must be finite but was NaN", assertThrows(IllegalArgumentException.class,
                () -> new LinearTrend().forecast(new double[]{1, 2, Double.NaN, 4}, 1, 0.9)).getMessage());
        double[] withZero = additive(30);
        withZero[4] = 0;
        assertEquals("multiplicative seasonality needs positive values but history[4] was 0.0",
                assertThrows(IllegalArgumentException.class, () -> HoltWinters.multiplicative(12).forecast(withZero, 1, 0.9)).getMessage());
        assertEquals("level must be in (0,1) but was 1.0",
                assertThrows(IllegalArgumentException.class, () -> new SeasonalNaive(1).forecast(new double[]{1, 2}, 1, 1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Backtest.run(additive(30), 12, 25, 6, 0.9));
    }
}
