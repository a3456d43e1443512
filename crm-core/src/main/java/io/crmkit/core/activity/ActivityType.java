package io.crmkit.core.activity;

/** The kinds of activity. */
public enum ActivityType {
    /** A phone call. */
    CALL,
    /** An email. */
    EMAIL,
    /** A meeting, online or in person. */
    MEETING,
    /** A visit to the customer's site. */
    VISIT,
    /** A to-do. */
    TASK,
    /** A note; notes are never due and are done when written. */
    NOTE
}
