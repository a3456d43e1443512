package io.crmkit.core.lifecycle;

/** Derived from inactivity, never stored: see {@link InactivityPolicy}. */
public enum Standing {
    /** Recent activity. */
    ACTIVE,
    /** No activity for a while. */
    DORMANT,
    /** A customer with no activity for long enough to count as lost. */
    CHURNED
}
