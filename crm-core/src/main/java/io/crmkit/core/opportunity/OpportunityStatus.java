package io.crmkit.core.opportunity;

import io.crmkit.core.shared.TransitionTable;

/**
 * Whether an opportunity is still being worked. {@link #TRANSITIONS}: OPEN -> WON or LOST; WON or LOST -> OPEN
 * (reopened, if the pipeline's {@link ReopenRule} allows it).
 */
public enum OpportunityStatus {
    /** In an open stage. */
    OPEN,
    /** Closed won. */
    WON,
    /** Closed lost. */
    LOST;

    /** The opportunity lifecycle's transition table. */
    public static final TransitionTable<OpportunityStatus> TRANSITIONS = TransitionTable.of(OpportunityStatus.class)
            .allow(OPEN, WON, LOST)
            .allow(WON, OPEN)
            .allow(LOST, OPEN)
            .build();
}
