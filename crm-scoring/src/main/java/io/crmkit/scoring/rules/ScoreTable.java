package io.crmkit.scoring.rules;

/**
 * Preallocated columns of scores, in centipoints, for batch scoring without allocation per lead
 * ({@link Scorer#scoreInto}). Not thread-safe for writes to the same row.
 */
public final class ScoreTable {

    private final long[] fit;
    private final long[] engagement;
    private final long[] total;

    /** A table of {@code rows} rows. */
    public ScoreTable(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative but was " + rows);
        }
        fit = new long[rows];
        engagement = new long[rows];
        total = new long[rows];
    }

    /** The number of rows. */
    public int size() {
        return total.length;
    }

    /** The fit score of {@code row}, in centipoints. */
    public long fitCentipoints(int row) {
        return fit[row];
    }

    /** The engagement score of {@code row}, in centipoints. */
    public long engagementCentipoints(int row) {
        return engagement[row];
    }

    /** The combined score of {@code row}, in centipoints. */
    public long totalCentipoints(int row) {
        return total[row];
    }

    void set(int row, long f, long e, long t) {
        fit[row] = f;
        engagement[row] = e;
        total[row] = t;
    }
}
