package io.crmkit.scoring.predictive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class NaiveBayesTest {

    private static final NaiveBayes TWO_BINS = NaiveBayes.custom()
            .encoding(EncodingConfig.custom().quantileBins(2).build()).build();

    /**
     * Eight leads: 3 converted, 5 not. Channel (one missing): converted web 2, event 1; not converted web 1, event 3.
     * Pages in two bins cut at the median, 6: below it 0 converted and 4 not, from 6 up 3 converted and 1 not.
     */
    private static Dataset eightLeads() {
        return Dataset.builder("converted").categorical("channel").numeric("pages")
                .add(true, "web", 8)
                .add(true, "web", 9)
                .add(false, "web", 2)
                .add(true, "event", 7)
                .add(false, "event", 1)
                .add(false, "event", 3)
                .add(false, "event", 6)
                .add(false, null, 4)
                .build();
    }

    @Test
    void countsEachValuePerClassWithLaplaceSmoothing() {
        // when
        NaiveBayesModel model = TWO_BINS.train(eightLeads());

        // then: prior odds 3/5; P(web | yes) = (2+1)/(3+2), P(web | no) = (1+1)/(4+2) (the missing channel is not counted)
        assertEquals(Math.log(3.0 / 5), model.priorLogOdds(), 1e-15);
        Map<String, Double> weights = model.weights();
        assertEquals(List.of("channel=event", "channel=web", "pages<6", "pages>=6"), List.copyOf(weights.keySet()));
        assertEquals(Math.log((2.0 / 5) / (4.0 / 6)), weights.get("channel=event"), 1e-12);
        assertEquals(Math.log((3.0 / 5) / (2.0 / 6)), weights.get("channel=web"), 1e-12);
        assertEquals(Math.log((1.0 / 5) / (5.0 / 7)), weights.get("pages<6"), 1e-12);
        assertEquals(Math.log((4.0 / 5) / (2.0 / 7)), weights.get("pages>=6"), 1e-12);
        // a web lead who read 10 pages: odds 3/5 * 1.8 * 2.8 = 3.024
        double odds = 0.6 * 1.8 * 2.8;
        assertEquals(odds / (1 + odds), model.probability(Row.builder().category("channel", "web").number("pages", 10).build()), 1e-12);
        // an event lead who read 2: odds 3/5 * 0.6 * 0.28
        double low = 0.6 * 0.6 * 0.28;
        assertEquals(low / (1 + low), model.probability(Row.builder().category("channel", "event").number("pages", 2).build()), 1e-12);
        assertEquals(List.of("channel", "pages"), model.columns());
        assertEquals(3, model.positives());
        assertEquals(5, model.negatives());
    }

    @Test
    void smoothingIsConfigurable() {
        NaiveBayesModel model = NaiveBayes.from(TWO_BINS).alpha(0.5).build().train(eightLeads());

        // P(web | yes) = (2+0.5)/(3+1), P(web | no) = (1+0.5)/(4+1)
        assertEquals(Math.log((2.5 / 4) / (1.5 / 5)), model.weights().get("channel=web"), 1e-12);
        assertEquals(0.5, model.alpha());
    }

    @Test
    void anUnseenOrMissingValueIsNoEvidence() {
        // given: a referral lead that is left out of training, as a cross-validation fold would leave it out
        Dataset data = Dataset.builder("converted").categorical("channel").numeric("pages")
                .add(true, "web", 8).add(false, "event", 1).add(true, "event", 7).add(false, "web", 2)
                .add(true, "referral", 5)
                .build();
        NaiveBayesModel model = TWO_BINS.train(data.subset(new int[] {0, 1, 2, 3}));

        // when
        double referral = model.probability(data.row(4));
        double noChannel = model.probability(Row.builder().number("pages", 5).build());

        // then
        assertFalse(model.weights().containsKey("channel=referral"), model.weights().toString());
        assertEquals(noChannel, referral);
        assertEquals(model.probabilities(data)[4], referral);
        // nothing known at all: the prior, 2 of 4 converted
        assertEquals(0.5, model.probability(Row.builder().category("channel", "phone").build()), 1e-15);
        assertEquals(0.5, model.probability(Row.builder().build()), 1e-15);
    }

    @Test
    void batchAndRowByRowPredictionsAgree() {
        Dataset data = SyntheticLeads.standard(2_000, 3);
        NaiveBayesModel model = NaiveBayes.custom().encoding(EncodingConfig.custom().cross("channel", "months").build())
                .build().train(data);

        double[] batch = model.probabilities(data);

        for (int i = 0; i < data.size(); i++) {
            assertEquals(model.probability(data.row(i)), batch[i], 1e-12, "row " + i);
        }
    }

    @Test
    void rankingRecoversAKnownEffect() {
        // leads drawn from a logistic model: naive Bayes has the wrong shape but must still rank them well
        Dataset data = SyntheticLeads.standard(20_000, 11);

        CrossValidationResult cv = CrossValidation.stratified(5, 1).run(data, NaiveBayes.ofDefaults());
        CrossValidationResult logistic = CrossValidation.stratified(5, 1).run(data, LogisticRegression.ofDefaults());

        assertTrue(cv.meanAuc() > logistic.meanAuc() - 0.02, cv.summary() + " vs logistic " + logistic.summary());
        assertTrue(cv.meanAuc() > 0.7, cv.summary());
    }

    @Test
    void extremeDataNeverYieldsNaN() {
        // given: 200 columns that each give the answer away, and almost no smoothing
        int columns = 200;
        Dataset.Builder builder = Dataset.builder("y");
        for (int c = 0; c < columns; c++) {
            builder.categorical("c" + c);
        }
        for (int i = 0; i < 1_000; i++) {
            Object[] values = new Object[columns];
            boolean label = i % 2 == 0;
            java.util.Arrays.fill(values, label ? "yes" : "no");
            builder.add(label, values);
        }
        Dataset data = builder.build();
        NaiveBayesModel model = NaiveBayes.custom().alpha(Double.MIN_VALUE).build().train(data);

        // when: rows where every column agrees, and one where they cancel out
        Row.Builder mixed = Row.builder();
        for (int c = 0; c < columns; c++) {
            mixed.category("c" + c, c % 2 == 0 ? "yes" : "no");
        }
        double[] p = model.probabilities(data);

        // then
        assertTrue(model.logit(data.row(0)) > 10_000, "the evidence adds up in log space: " + model.logit(data.row(0)));
        for (int i = 0; i < p.length; i++) {
            assertEquals(data.label(i) ? 1.0 : 0.0, p[i], "row " + i);
        }
        assertEquals(0.5, model.probability(mixed.build()), 1e-9);
        Evaluation evaluation = Evaluation.of(p, data.labels());
        assertEquals(1.0, evaluation.auc());
        assertTrue(Double.isFinite(evaluation.logLoss()));
    }

    @Test
    void randomDataGivesProbabilitiesInTheUnitInterval() {
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            Dataset.Builder builder = Dataset.builder("y").numeric("x").categorical("k");
            int n = 2 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                Double x = random.nextInt(5) == 0 ? null : random.nextBoolean() ? random.nextGaussian() * 1e300 : (double) random.nextInt(3);
                String k = random.nextInt(4) == 0 ? null : "k" + random.nextInt(1 + random.nextInt(30));
                builder.add(i < 1 || i >= 2 && random.nextInt(10) == 0, x, k);
            }
            Dataset data = builder.build();
            double alpha = List.of(1e-300, 1e-9, 1.0, 1e6).get(random.nextInt(4));
            NaiveBayesModel model = NaiveBayes.custom().alpha(alpha)
                    .encoding(EncodingConfig.custom().quantileBins(2 + random.nextInt(20)).cross("x", "k").build())
                    .build().train(data);
            for (double p : model.probabilities(data)) {
                assertTrue(p >= 0 && p <= 1, "trial " + trial + ": " + p + " from " + model);
            }
        }
    }

    @Test
    void rejectsBadSettingsAndDataItCannotLearnFrom() {
        for (double alpha : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1e7}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NaiveBayes.custom().alpha(alpha));
            assertTrue(e.getMessage().contains("alpha must be in (0, 1000000] (a value seen in one class only would"
                    + " otherwise be certain proof) but was " + alpha), e.getMessage());
        }
        Dataset allNegative = Dataset.builder("y").categorical("k").add(false, "a").add(false, "b").build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NaiveBayes.ofDefaults().train(allNegative))
                .getMessage().contains("training needs positive and negative rows"));
        NaiveBayes crossesNothing = NaiveBayes.custom().encoding(EncodingConfig.custom().cross("channel", "nope").build()).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> crossesNothing.train(eightLeads())).getMessage()
                .contains("the encoding crosses column 'nope' but the training data has no such column; columns: [channel, pages]"));
        NaiveBayes binsCategory = NaiveBayes.custom().encoding(EncodingConfig.custom().quantileBins("channel", 3).build()).build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> binsCategory.train(eightLeads())).getMessage()
                .contains("the encoding bins column 'channel' but it is categorical"));
    }

    @Test
    void isItsOwnImmutableConfiguration() {
        NaiveBayes custom = NaiveBayes.custom().alpha(2).build();

        assertEquals(1.0, NaiveBayes.ofDefaults().alpha());
        assertEquals(EncodingConfig.ofDefaults(), NaiveBayes.ofDefaults().encoding());
        assertEquals(custom, NaiveBayes.from(custom).build());
        assertEquals(custom.hashCode(), NaiveBayes.from(custom).build().hashCode());
        assertFalse(custom.equals(NaiveBayes.ofDefaults()));
    }
}
