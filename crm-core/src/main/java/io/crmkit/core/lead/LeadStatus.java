package io.crmkit.core.lead;

import io.crmkit.core.shared.TransitionTable;

/**
 * Where a lead stands. The allowed moves are {@link #TRANSITIONS}:
 * <pre>
 * NEW          -> WORKING, NURTURING, QUALIFIED, DISQUALIFIED
 * WORKING      -> NURTURING, QUALIFIED, DISQUALIFIED
 * NURTURING    -> WORKING, QUALIFIED, DISQUALIFIED
 * QUALIFIED    -> CONVERTED, DISQUALIFIED
 * DISQUALIFIED -> WORKING   (reopened)
 * CONVERTED    -> (terminal)
 * </pre>
 */
public enum LeadStatus {
    /** Captured, nobody has worked on it yet. */
    NEW,
    /** A rep is working on it. */
    WORKING,
    /** Not ready to buy; kept warm by marketing. */
    NURTURING,
    /** Passed the qualification policy; ready to convert. */
    QUALIFIED,
    /** Converted into account, contact and (optionally) opportunity. Terminal. */
    CONVERTED,
    /** Not worth pursuing, with a reason; may be reopened. */
    DISQUALIFIED;

    /** The lead lifecycle's transition table. */
    public static final TransitionTable<LeadStatus> TRANSITIONS = TransitionTable.of(LeadStatus.class)
            .allow(NEW, WORKING, NURTURING, QUALIFIED, DISQUALIFIED)
            .allow(WORKING, NURTURING, QUALIFIED, DISQUALIFIED)
            .allow(NURTURING, WORKING, QUALIFIED, DISQUALIFIED)
            .allow(QUALIFIED, CONVERTED, DISQUALIFIED)
            .allow(DISQUALIFIED, WORKING)
            .build();
}
