package io.crmkit.scoring.predictive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class LogisticRegressionTest {

    private static final LogisticRegression NEARLY_UNPENALISED =
            LogisticRegression.with(LogisticRegressionConfig.custom().l2(1e-6).build());

    @Test
    void recoversTheCoefficientsOfTheModelThatGeneratedTheData() {
        // given: logit = -3 + 0.4 * pages - 0.5 * months + {event 0.8, referral 0.3, web -0.4}
        Dataset data = SyntheticLeads.standard(40_000, 42);

        // when
        LogisticModel model = NEARLY_UNPENALISED.train(data);

        // then: numbers are standardised, so the coefficient is per standard deviation (pages: sd 2, months: sd 1)
        Map<String, Double> beta = model.coefficients();
        assertEquals(0.4 * sd(data, "pages"), beta.get("pages"), 0.05);
        assertEquals(-0.5 * sd(data, "months"), beta.get("months"), 0.05);
        // one-hot categories are identified up to a constant: compare differences
        assertEquals(0.8 - (-0.4), beta.get("channel=event") - beta.get("channel=web"), 0.08);
        assertEquals(0.3 - (-0.4), beta.get("channel=referral") - beta.get("channel=web"), 0.08);
        // and the probability of a lead matches the true one
        Row lead = Row.builder().number("pages", 9).number("months", 1).category("channel", "event").build();
        double truth = 1 / (1 + Math.exp(-(-3 + 0.4 * 9 - 0.5 + 0.8)));
        assertEquals(truth, model.probability(lead), 0.02);
    }

    @Test
    void namesCoefficientsByFeature() {
        LogisticModel model = LogisticRegression.ofDefaults().train(SyntheticLeads.standard(2_000, 1));

        assertEquals(List.of("pages", "months", "channel=event", "channel=referral", "channel=web"),
                List.copyOf(model.coefficients().keySet()));
        assertEquals(List.of("pages", "months", "channel"), model.columns());
        assertEquals("converted", model.target());
    }

    @Test
    void anUnseenOrMissingCategoryAddsNothingAndDoesNotFail() {
        Dataset data = SyntheticLeads.standard(2_000, 1);
        LogisticModel model = LogisticRegression.ofDefaults().train(data);
        Row unseen = Row.builder().number("pages", 5).number("months", 0).category("channel", "podcast").build();
        Row missing = Row.builder().number("pages", 5).number("months", 0).build();
        Row web = Row.builder().number("pages", 5).number("months", 0).category("channel", "web").build();

        double numbersOnly = model.intercept()
                + (5 - mean(data, "pages")) / sd(data, "pages") * model.coefficients().get("pages")
                + (0 - mean(data, "months")) / sd(data, "months") * model.coefficients().get("months");

        assertEquals(numbersOnly, model.logit(unseen), 1e-9);
        assertEquals(model.logit(missing), model.logit(unseen));
        assertEquals(model.coefficients().get("channel=web"), model.logit(web) - model.logit(unseen), 1e-12);
        assertEquals(1 / (1 + Math.exp(-numbersOnly)), model.probability(unseen), 1e-9);
    }

    @Test
    void aMissingNumberCountsAsTheTrainingMean() {
        Dataset data = SyntheticLeads.standard(2_000, 1);
        LogisticModel model = LogisticRegression.ofDefaults().train(data);
        double meanPages = mean(data, "pages");

        Row missing = Row.builder().number("months", 0.3).category("channel", "web").build();
        Row atMean = Row.builder().number("pages", meanPages).number("months", 0.3).category("channel", "web").build();

        assertEquals(model.probability(atMean), model.probability(missing), 1e-12);
    }

    @Test
    void ignoresAColumnThatDoesNotVary() {
        Dataset.Builder builder = Dataset.builder("y").numeric("x").numeric("constant").categorical("country");
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            double x = random.nextGaussian();
            builder.add(random.nextDouble() < 1 / (1 + Math.exp(-2 * x)), x, 7.0, "CH");
        }

        LogisticModel model = LogisticRegression.ofDefaults().train(builder.build());

        assertEquals(List.of("x"), model.columns());
        Row row = Row.builder().number("x", 0.5).number("constant", 1e6).category("country", "CH").build();
        Row other = Row.builder().number("x", 0.5).number("constant", -3).category("country", "FR").build();
        assertEquals(model.probability(row), model.probability(other));
    }

    @Test
    void binsNumbersAtTrainingQuantilesToLearnAStepEffect() {
        // conversion jumps when score >= 50 and is flat otherwise: a straight line cannot express that
        Dataset.Builder builder = Dataset.builder("y").numeric("score");
        Random random = new Random(9);
        for (int i = 0; i < 5_000; i++) {
            double score = i % 100;
            builder.add(random.nextDouble() < (score >= 50 ? 0.6 : 0.1), score);
        }
        Dataset data = builder.build();
        LogisticRegression binned = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().quantileBins("score", 4).build()).build());

        LogisticModel model = binned.train(data);

        assertEquals(List.of("score<25", "score[25,50)", "score[50,75)", "score>=75"),
                List.copyOf(model.coefficients().keySet()));
        assertEquals(0.1, model.probability(Row.builder().number("score", 10).build()), 0.03);
        assertEquals(0.1, model.probability(Row.builder().number("score", 49).build()), 0.03);
        assertEquals(0.6, model.probability(Row.builder().number("score", 50).build()), 0.03);
        assertEquals(0.6, model.probability(Row.builder().number("score", 1e9).build()), 0.03);
        double straight = LogisticRegression.ofDefaults().train(data).probability(Row.builder().number("score", 49).build());
        assertTrue(straight > 0.2, "a straight line overestimates just below the step: " + straight);
    }

    @Test
    void aCrossLearnsAnEffectOfACombinationThatNoSingleColumnShows() {
        // converts when region and product match (exclusive or): neither column alone says anything
        Dataset.Builder builder = Dataset.builder("won").categorical("region").categorical("product");
        Random random = new Random(13);
        for (int i = 0; i < 4_000; i++) {
            boolean north = random.nextBoolean();
            boolean pro = random.nextBoolean();
            builder.add(random.nextDouble() < (north == pro ? 0.7 : 0.2), north ? "north" : "south", pro ? "pro" : "basic");
        }
        Dataset data = builder.build();
        LogisticRegression crossed = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().cross("region", "product").build()).build());

        LogisticModel plain = LogisticRegression.ofDefaults().train(data);
        LogisticModel model = crossed.train(data);

        Row northPro = Row.builder().category("region", "north").category("product", "pro").build();
        Row northBasic = Row.builder().category("region", "north").category("product", "basic").build();
        Row eastPro = Row.builder().category("region", "east").category("product", "pro").build();
        assertEquals(0.7, model.probability(northPro), 0.04);
        assertEquals(0.2, model.probability(northBasic), 0.04);
        assertEquals(0.45, plain.probability(northPro), 0.04, "without the cross the model cannot tell");
        assertTrue(model.coefficients().containsKey("region=north & product=pro"), model.coefficients().toString());
        // an unseen combination adds nothing
        assertEquals(model.logit(eastPro) - model.coefficients().get("product=pro"), model.intercept(), 1e-12);
    }

    @Test
    void rejectsBinningAColumnThatIsNotANumericColumnOfTheData() {
        Dataset data = SyntheticLeads.standard(200, 1);
        LogisticRegression categorical = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().quantileBins("channel", 4).build()).build());
        LogisticRegression unknown = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().quantileBins("page", 4).build()).build());

        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> categorical.train(data));
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> unknown.train(data));

        assertTrue(a.getMessage().contains("'channel' but it is categorical"), a.getMessage());
        assertTrue(b.getMessage().contains("no such column; columns: [pages, months, channel]"), b.getMessage());
        LogisticRegression crossUnknown = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().cross("channel", "day").build()).build());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> crossUnknown.train(data));
        assertTrue(c.getMessage().contains("crosses column 'day' but the training data has no such column"), c.getMessage());
    }

    @Test
    void refusesMoreFeaturesThanTheDenseSolverCanTakeNamingTheCulprit() {
        // every value of pages is distinct: crossing it with channel makes a feature per row
        Dataset data = SyntheticLeads.standard(3_000, 1);
        LogisticRegression crossed = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().cross("channel", "pages").build()).build());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> crossed.train(data));

        assertTrue(e.getMessage().contains("features, more than 2000: [channel*pages has 3000]"), e.getMessage());
    }

    @Test
    void aStrongerPenaltyShrinksTheCoefficients() {
        Dataset data = SyntheticLeads.standard(1_000, 3);
        LogisticModel loose = LogisticRegression.ofDefaults().train(data);
        LogisticModel tight = LogisticRegression.with(LogisticRegressionConfig.custom().l2(1_000).build()).train(data);

        assertTrue(Math.abs(tight.coefficients().get("pages")) < Math.abs(loose.coefficients().get("pages")) / 2,
                tight.coefficients() + " vs " + loose.coefficients());
    }

    @Test
    void isDeterministicAndScoresADatasetLikeItsRows() {
        Dataset data = SyntheticLeads.standard(3_000, 4);
        LogisticModel a = LogisticRegression.ofDefaults().train(data);
        LogisticModel b = LogisticRegression.ofDefaults().train(data);

        assertEquals(a.coefficients(), b.coefficients());
        assertEquals(a.intercept(), b.intercept());
        double[] batch = a.probabilities(data);
        double[] oneByOne = new double[data.size()];
        for (int i = 0; i < oneByOne.length; i++) {
            oneByOne[i] = a.probability(data.row(i));
            assertTrue(oneByOne[i] >= 0 && oneByOne[i] <= 1);
        }
        assertArrayEquals(oneByOne, batch);
    }

    @Test
    void needsBothClassesToTrain() {
        Dataset.Builder builder = Dataset.builder("y").numeric("x");
        for (int i = 0; i < 10; i++) {
            builder.add(false, i);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogisticRegression.ofDefaults().train(builder.build()));
        assertTrue(e.getMessage().contains("positive and negative rows but the 10 rows have 0 positive"), e.getMessage());
    }

    @Test
    void configurationRejectsBadValuesNamingThem() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> LogisticRegressionConfig.custom().l2(0));
        assertTrue(zero.getMessage().contains("l2 must be a positive finite number"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogisticRegressionConfig.custom().maxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegressionConfig.custom().tolerance(0));
        assertThrows(IllegalArgumentException.class, () -> EncodingConfig.custom().quantileBins(1));
        assertThrows(IllegalArgumentException.class, () -> EncodingConfig.custom().quantileBins("a", 4).quantileBins("a", 5));
        LogisticRegressionConfig custom = LogisticRegressionConfig.custom().l2(3).build();
        assertEquals(custom, LogisticRegressionConfig.from(custom).build());
        assertFalse(custom.equals(LogisticRegressionConfig.ofDefaults()));
    }

    @Test
    void stopsWithAClearErrorWhenTheSolverRunsOutOfSteps() {
        Dataset data = SyntheticLeads.standard(1_000, 3);
        LogisticRegression oneStep = LogisticRegression.with(LogisticRegressionConfig.custom().maxIterations(1).build());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> oneStep.train(data));
        assertTrue(e.getMessage().contains("did not converge in 1 Newton steps"), e.getMessage());
    }

    private static double sd(Dataset data, String column) {
        double mean = mean(data, column);
        double squares = 0;
        for (int i = 0; i < data.size(); i++) {
            double d = data.row(i).number(column).orElseThrow() - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / data.size());
    }

    private static double mean(Dataset data, String column) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += data.row(i).number(column).orElseThrow();
        }
        return sum / data.size();
    }
}
