package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/**
 * One level of one rule approved.
 *
 * @param subject    what is being approved
 * @param ruleId     the rule
 * @param level      the level's name
 * @param by         who approved
 * @param comment    their comment (may be empty)
 * @param occurredAt when
 */
public record ApprovalLevelApproved(ApprovalSubject subject, String ruleId, String level, UserId by, String comment, Instant occurredAt)
        implements ApprovalEvent {

    /** Validates. */
    public ApprovalLevelApproved {
        Require.nonNull(subject, "subject");
        Require.nonNull(ruleId, "ruleId");
        Require.nonNull(level, "level");
        Require.nonNull(by, "by");
        Require.nonNull(comment, "comment");
        Require.nonNull(occurredAt, "occurredAt");
    }
}
