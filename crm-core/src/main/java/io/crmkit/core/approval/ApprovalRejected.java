package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/**
 * A level rejected, which rejects the whole process.
 *
 * @param subject    what was to be approved
 * @param ruleId     the rule
 * @param level      the level's name
 * @param by         who rejected
 * @param comment    why
 * @param occurredAt when
 */
public record ApprovalRejected(ApprovalSubject subject, String ruleId, String level, UserId by, String comment, Instant occurredAt)
        implements ApprovalEvent {

    /** Validates. */
    public ApprovalRejected {
        Require.nonNull(subject, "subject");
        Require.nonNull(ruleId, "ruleId");
        Require.nonNull(level, "level");
        Require.nonNull(by, "by");
        Require.nonBlank(comment, "comment");
        Require.nonNull(occurredAt, "occurredAt");
    }
}
