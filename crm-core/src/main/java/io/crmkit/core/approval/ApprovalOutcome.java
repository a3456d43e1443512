package io.crmkit.core.approval;

/** Where an approval process stands. */
public enum ApprovalOutcome {
    /** Some level still has to decide. */
    PENDING,
    /** Every level of every rule approved (or no rule applied). */
    APPROVED,
    /** A level rejected. */
    REJECTED
}
