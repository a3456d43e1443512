package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/**
 * A decision at one level.
 *
 * @param approved  true to approve, false to reject
 * @param by        who decided
 * @param comment   why (may be empty for an approval, required for a rejection)
 * @param decidedAt when
 */
public record ApprovalDecision(boolean approved, UserId by, String comment, Instant decidedAt) {

    /** Validates. */
    public ApprovalDecision {
        Require.nonNull(by, "by");
        Require.nonNull(comment, "comment");
        comment = comment.strip();
        Require.argument(comment.length() <= 2000, "comment must be at most 2000 characters but was " + comment.length());
        Require.argument(approved || !comment.isEmpty(), "a rejection needs a comment saying why");
        Require.nonNull(decidedAt, "decidedAt");
    }
}
