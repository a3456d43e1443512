package io.crmkit.core.playbook;

/** What an {@link Alert} is about. */
public enum AlertKind {
    /** An open deal with no activity for too long. */
    STALE_DEAL,
    /** An open deal whose expected close date has passed. */
    CLOSE_DATE_PASSED,
    /** An open deal in its stage for more than k times the stage's average. */
    STUCK_IN_STAGE,
    /** An open activity past its due time. */
    ACTIVITY_OVERDUE,
    /** A customer with no activity for long enough to be dormant or churned. */
    CHURN_RISK
}
