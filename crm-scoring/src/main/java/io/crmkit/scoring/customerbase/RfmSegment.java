package io.crmkit.scoring.customerbase;

/**
 * The named segments of the usual recency-frequency grid (R and F scores 1 to 5). The {@link #of(int, int)} map covers
 * every cell:
 * <pre>
 *          F=1            F=2              F=3              F=4        F=5
 *   R=5    New            Potential loyal  Potential loyal  Champions  Champions
 *   R=4    Promising      Potential loyal  Potential loyal  Champions  Champions
 *   R=3    About to sleep About to sleep   Need attention   Loyal      Loyal
 *   R=2    Hibernating    Hibernating      At risk          At risk    Cannot lose
 *   R=1    Lost           Lost             At risk          At risk    Cannot lose
 * </pre>
 */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL("Loyal"),
    POTENTIAL_LOYALIST("Potential loyalist"),
    NEW_CUSTOMERS("New customers"),
    PROMISING("Promising"),
    NEED_ATTENTION("Need attention"),
    ABOUT_TO_SLEEP("About to sleep"),
    AT_RISK("At risk"),
    CANNOT_LOSE_THEM("Cannot lose them"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    /** The segment's name for people. */
    public String label() {
        return label;
    }

    /** The segment of recency score {@code r} and frequency score {@code f}, each 1 to 5. */
    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("RFM scores must be 1 to 5 but were r=" + r + ", f=" + f);
        }
        if (r >= 4) {
            return f >= 4 ? CHAMPIONS : f >= 2 ? POTENTIAL_LOYALIST : r == 5 ? NEW_CUSTOMERS : PROMISING;
        }
        if (r == 3) {
            return f >= 4 ? LOYAL : f == 3 ? NEED_ATTENTION : ABOUT_TO_SLEEP;
        }
        if (f == 5) {
            return CANNOT_LOSE_THEM;
        }
        if (f >= 3) {
            return AT_RISK;
        }
        return r == 2 ? HIBERNATING : LOST;
    }
}
