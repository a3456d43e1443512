package io.crmkit.scoring.predictive;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CrossValidationTest {

    @Test
    void trainsEachModelOnlyOnItsTrainingFoldAndTestsOnTheRest() {
        // given: rows carry their own id, so the trainer can see which rows it got
        Dataset.Builder builder = Dataset.builder("y").numeric("id");
        for (int i = 0; i < 100; i++) {
            builder.add(i % 4 == 0, i);
        }
        Dataset data = builder.build();
        List<Set<Integer>> seen = new ArrayList<>();
        Trainer<TrainedModel> spy = training -> {
            Set<Integer> ids = new HashSet<>();
            for (int i = 0; i < training.size(); i++) {
                ids.add((int) training.row(i).number("id").orElseThrow());
            }
            seen.add(ids);
            return row -> 0.5;
        };

        // when
        CrossValidation cv = CrossValidation.stratified(5, 7);
        CrossValidationResult result = cv.run(data, spy);

        // then
        List<Fold> folds = cv.folds(data);
        for (int f = 0; f < 5; f++) {
            Set<Integer> training = seen.get(f);
            assertEquals(80, training.size());
            for (int row : folds.get(f).testRows()) {
                assertTrue(!training.contains(row), "fold " + f + " trained on its test row " + row);
            }
        }
        assertEquals(5, result.folds().size());
        result.folds().forEach(e -> assertEquals(0.5, e.auc(), 1e-12, "a constant model ranks no better than chance"));
        assertEquals(100, result.outOfFold().rows());
    }

    @Test
    void evaluatesAnyTrainerByItsOutOfFoldPredictions() {
        // given: a trainer of a model that knows nothing, and logistic regression
        Dataset data = SyntheticLeads.standard(2000, 1);
        Trainer<TrainedModel> knowsNothing = training -> row -> 0.5;

        // when
        CrossValidationResult chance = CrossValidation.stratified(5, 1).run(data, knowsNothing);
        CrossValidationResult logistic = CrossValidation.stratified(5, 1).run(data, LogisticRegression.ofDefaults());

        // then: logistic regression ranks nearly as well as the true probabilities, which no model can beat
        double[] truth = new double[data.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = SyntheticLeads.standardProbability(data.row(i));
        }
        double best = Metrics.auc(truth, data.labels());
        assertEquals(0.5, chance.meanAuc(), 1e-12);
        assertTrue(logistic.outOfFold().auc() > best - 0.01, logistic.summary() + " vs the truth's " + best);
        assertTrue(logistic.meanLogLoss() < chance.meanLogLoss(), logistic.summary() + " vs " + chance.summary());
        assertTrue(logistic.meanBrier() < chance.meanBrier());
        assertTrue(logistic.meanTopDecileLift() > 1.5, logistic.summary());
        assertTrue(logistic.outOfFold().calibration().expectedCalibrationError() < 0.03, logistic.outOfFold().calibration().format());
    }

    @Test
    void isReproducibleForASeedAndChangesWithIt() {
        Dataset data = SyntheticLeads.standard(1000, 2);
        CrossValidationResult a = CrossValidation.stratified(5, 11).run(data, LogisticRegression.ofDefaults());
        CrossValidationResult b = CrossValidation.stratified(5, 11).run(data, LogisticRegression.ofDefaults());
        CrossValidationResult c = CrossValidation.stratified(5, 12).run(data, LogisticRegression.ofDefaults());

        assertEquals(a.folds(), b.folds());
        assertNotEquals(a.folds(), c.folds());
        assertTrue(!Arrays.equals(CrossValidation.stratified(5, 11).folds(data).get(0).testRows(),
                CrossValidation.stratified(5, 12).folds(data).get(0).testRows()));
    }

    @Test
    void rejectsTooFewRowsOfAClassAndModelsThatAreNotProbabilities() {
        Dataset.Builder builder = Dataset.builder("y");
        for (int i = 0; i < 50; i++) {
            builder.add(i < 3);
        }
        Dataset threePositives = builder.build();
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.stratified(5, 1).run(threePositives, LogisticRegression.ofDefaults()));
        assertTrue(few.getMessage().contains("at least 5 positive and 5 negative rows but there are 3 and 47"), few.getMessage());

        Dataset data = SyntheticLeads.standard(200, 3);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.stratified(5, 1).run(data, training -> row -> 1.5));
        assertTrue(bad.getMessage().contains("must be in [0, 1] but was 1.5"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.stratified(1, 1));
    }
}
