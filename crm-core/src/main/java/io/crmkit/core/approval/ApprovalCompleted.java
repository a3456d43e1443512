package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

import java.time.Instant;
import java.util.List;

/**
 * Every level of every applicable rule approved, or no rule applied: the subject may go ahead.
 *
 * @param subject    what was approved
 * @param rules      the ids of the rules that were approved; empty if none applied
 * @param occurredAt when
 */
public record ApprovalCompleted(ApprovalSubject subject, List<String> rules, Instant occurredAt) implements ApprovalEvent {

    /** Validates and copies. */
    public ApprovalCompleted {
        Require.nonNull(subject, "subject");
        rules = Require.listOf(rules, "rules");
        Require.nonNull(occurredAt, "occurredAt");
    }
}
