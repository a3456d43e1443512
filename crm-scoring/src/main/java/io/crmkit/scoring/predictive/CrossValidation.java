package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold cross-validation: the rows are dealt into {@code k} folds so that every fold has (within one row)
 * the same size and the same share of positives as the whole; each fold is predicted by a model trained on the
 * others. Seeded: the same seed, data and trainer give the same folds and results.
 * <pre>{@code
 * CrossValidationResult result = CrossValidation.stratified(5, 42).run(data, LogisticRegression.ofDefaults());
 * System.out.println(result.summary());
 * }</pre>
 * Immutable and thread-safe.
 */
public final class CrossValidation {

    private final int k;
    private final long seed;

    private CrossValidation(int k, long seed) {
        this.k = k;
        this.seed = seed;
    }

    /** {@code k}-fold stratified cross-validation ({@code k >= 2}) shuffled with {@code seed}. */
    public static CrossValidation stratified(int k, long seed) {
        Checks.atLeast(k, 2, "k");
        return new CrossValidation(k, seed);
    }

    public int k() {
        return k;
    }

    public long seed() {
        return seed;
    }

    /**
     * The folds of {@code data}: the positive rows, shuffled, then the negative rows, shuffled, dealt round-robin.
     * Every row is in exactly one test set; fold sizes differ by at most one, and so do their numbers of positives.
     *
     * @throws IllegalArgumentException if {@code data} has fewer than {@code k} rows
     */
    public List<Fold> folds(Dataset data) {
        Checks.nonNull(data, "data");
        int n = data.size();
        Checks.argument(n >= k, k + "-fold cross-validation needs at least " + k + " rows but there are " + n);
        Random random = new Random(seed);
        int[] positives = new int[data.positives()];
        int[] negatives = new int[data.negatives()];
        int p = 0;
        int q = 0;
        for (int i = 0; i < n; i++) {
            if (data.label(i)) {
                positives[p++] = i;
            } else {
                negatives[q++] = i;
            }
        }
        shuffle(positives, random);
        shuffle(negatives, random);
        int[] foldOf = new int[n];
        int dealt = 0;
        for (int row : positives) {
            foldOf[row] = dealt++ % k;
        }
        for (int row : negatives) {
            foldOf[row] = dealt++ % k;
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int size = 0;
            for (int i = 0; i < n; i++) {
                size += foldOf[i] == f ? 1 : 0;
            }
            int[] test = new int[size];
            int[] training = new int[n - size];
            int t = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (foldOf[i] == f) {
                    test[t++] = i;
                } else {
                    training[r++] = i;
                }
            }
            folds.add(new Fold(f, training, test));
        }
        return List.copyOf(folds);
    }

    /**
     * Trains a model on each fold's training rows with {@code trainer}, predicts its test rows and evaluates them.
     *
     * @throws IllegalArgumentException if a class has fewer than {@code k} rows (a fold would lack it), or the
     *                                  trainer's model returns a probability outside [0, 1] or the wrong number of them
     */
    public CrossValidationResult run(Dataset data, Trainer<?> trainer) {
        Checks.nonNull(data, "data");
        Checks.nonNull(trainer, "trainer");
        Checks.argument(data.positives() >= k && data.negatives() >= k, k + "-fold cross-validation needs at least " + k
                + " positive and " + k + " negative rows but there are " + data.positives() + " and " + data.negatives());
        double[] outOfFold = new double[data.size()];
        List<Evaluation> evaluations = new ArrayList<>();
        for (Fold fold : folds(data)) {
            TrainedModel model = Checks.nonNull(trainer.train(fold.training(data)), "model trained on fold " + fold.index());
            Dataset test = fold.test(data);
            double[] predicted = model.probabilities(test);
            Checks.argument(predicted.length == test.size(), "the model of fold " + fold.index() + " returned "
                    + predicted.length + " probabilities for " + test.size() + " rows");
            evaluations.add(Evaluation.of(predicted, test.labels()));
            int[] rows = fold.testRows();
            for (int i = 0; i < rows.length; i++) {
                outOfFold[rows[i]] = predicted[i];
            }
        }
        return new CrossValidationResult(evaluations, Evaluation.of(outOfFold, data.labels()));
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    @Override
    public String toString() {
        return "CrossValidation[stratified, k=" + k + ", seed=" + seed + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrossValidation that && k == that.k && seed == that.seed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[] {k, seed});
    }
}
