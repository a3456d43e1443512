package io.crmkit.core.activity;

import io.crmkit.core.shared.TransitionTable;

/** Whether an activity is still to do. {@link #TRANSITIONS}: OPEN -> DONE or CANCELLED; both are terminal. */
public enum ActivityStatus {
    /** To do. */
    OPEN,
    /** Done, with an outcome. */
    DONE,
    /** Will not be done. */
    CANCELLED;

    /** The activity lifecycle's transition table. */
    public static final TransitionTable<ActivityStatus> TRANSITIONS = TransitionTable.of(ActivityStatus.class)
            .allow(OPEN, DONE, CANCELLED)
            .build();
}
