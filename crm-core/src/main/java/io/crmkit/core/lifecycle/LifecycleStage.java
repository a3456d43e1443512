package io.crmkit.core.lifecycle;

import io.crmkit.core.shared.TransitionTable;

/**
 * The customer lifecycle, in order. It only moves forwards ({@link #TRANSITIONS}: each stage to any later one);
 * moving back needs an explicit {@link CustomerLifecycle#reset reset}.
 */
public enum LifecycleStage {
    /** Subscribed to content. */
    SUBSCRIBER,
    /** Showed interest. */
    LEAD,
    /** Marketing qualified. */
    MARKETING_QUALIFIED,
    /** Sales qualified. */
    SALES_QUALIFIED,
    /** Has an open opportunity. */
    OPPORTUNITY,
    /** Has bought. */
    CUSTOMER,
    /** Recommends us. */
    EVANGELIST;

    /** Forward-only moves. */
    public static final TransitionTable<LifecycleStage> TRANSITIONS = forwardOnly();

    private static TransitionTable<LifecycleStage> forwardOnly() {
        TransitionTable.Builder<LifecycleStage> table = TransitionTable.of(LifecycleStage.class);
        LifecycleStage[] all = values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                table.allow(all[i], all[j]);
            }
        }
        return table.build();
    }

    /** True if this stage comes after {@code other}. */
    public boolean isAfter(LifecycleStage other) {
        return compareTo(other) > 0;
    }
}
