package io.crmkit.scoring.predictive;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CrossValidationProperties {

    @Property(tries = 300)
    void stratifiedFoldsPartitionTheRowsAndKeepThePositiveRate(@ForAll @IntRange(min = 2, max = 12) int k,
                                                              @ForAll @IntRange(min = 0, max = 400) int extraRows,
                                                              @ForAll @IntRange(min = 0, max = 100) int positivePercent,
                                                              @ForAll("seeds") long seed) {
        // given
        int n = k + extraRows;
        Dataset data = labelsOnly(n, positivePercent, seed);
        double rate = data.positiveRate();

        // when
        List<Fold> folds = CrossValidation.stratified(k, seed).folds(data);

        // then
        assertEquals(k, folds.size());
        int[] timesTested = new int[n];
        for (Fold fold : folds) {
            int[] test = fold.testRows();
            int[] training = fold.trainingRows();
            assertEquals(n, test.length + training.length, "test and training rows make up the data");
            boolean[] inTest = new boolean[n];
            int positives = 0;
            for (int row : test) {
                timesTested[row]++;
                inTest[row] = true;
                positives += data.label(row) ? 1 : 0;
            }
            for (int row : training) {
                assertTrue(!inTest[row], "row " + row + " is both in training and test of " + fold);
            }
            assertTrue(Math.abs(positives - rate * test.length) <= 1, "fold " + fold.index() + " has " + positives
                    + " positives in " + test.length + " rows; overall rate " + rate);
            assertTrue(Math.abs(test.length - (double) n / k) < 1, "fold " + fold.index() + " has " + test.length + " rows of " + n);
        }
        for (int row = 0; row < n; row++) {
            assertEquals(1, timesTested[row], "row " + row + " is tested exactly once");
        }
    }

    @Property(tries = 50)
    void theSameSeedGivesTheSameFolds(@ForAll @IntRange(min = 2, max = 10) int k, @ForAll("seeds") long seed) {
        Dataset data = labelsOnly(97, 30, seed);
        assertEquals(CrossValidation.stratified(k, seed).folds(data), CrossValidation.stratified(k, seed).folds(data));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().withoutEdgeCases();
    }

    private static Dataset labelsOnly(int n, int positivePercent, long seed) {
        Random random = new Random(seed);
        Dataset.Builder builder = Dataset.builder("y");
        for (int i = 0; i < n; i++) {
            builder.add(random.nextInt(100) < positivePercent);
        }
        return builder.build();
    }
}
