package io.crmkit.scoring.predictive;

import java.util.Arrays;

/** One fold of a cross-validation: the rows held out for testing and the rest, for training, both ascending. */
public final class Fold {

    private final int index;
    private final int[] trainingRows;
    private final int[] testRows;

    Fold(int index, int[] trainingRows, int[] testRows) {
        this.index = index;
        this.trainingRows = trainingRows;
        this.testRows = testRows;
    }

    /** 0 for the first fold. */
    public int index() {
        return index;
    }

    /** The rows to train on (a copy). */
    public int[] trainingRows() {
        return trainingRows.clone();
    }

    /** The rows to test on (a copy). */
    public int[] testRows() {
        return testRows.clone();
    }

    /** The training rows of {@code data}. */
    public Dataset training(Dataset data) {
        return data.subset(trainingRows);
    }

    /** The test rows of {@code data}. */
    public Dataset test(Dataset data) {
        return data.subset(testRows);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fold that && index == that.index && Arrays.equals(testRows, that.testRows)
                && Arrays.equals(trainingRows, that.trainingRows);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(testRows);
    }

    @Override
    public String toString() {
        return "Fold[index=" + index + ", training=" + trainingRows.length + " rows, test=" + testRows.length + " rows]";
    }
}
