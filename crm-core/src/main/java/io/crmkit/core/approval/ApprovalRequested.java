package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

import java.time.Instant;
import java.util.List;

/**
 * Approval was asked for: rules of the policy apply to the subject (again, after a revision that kept only some
 * approvals).
 *
 * @param subject       what is to be approved
 * @param policyId      the policy
 * @param policyVersion its version
 * @param rules         the ids of the rules that apply, in policy order
 * @param awaiting      the levels that may decide now
 * @param occurredAt    when
 */
public record ApprovalRequested(ApprovalSubject subject, String policyId, int policyVersion, List<String> rules,
                                List<Awaiting> awaiting, Instant occurredAt) implements ApprovalEvent {

    /** Validates and copies. */
    public ApprovalRequested {
        Require.nonNull(subject, "subject");
        Require.nonNull(policyId, "policyId");
        rules = Require.listOf(rules, "rules");
        awaiting = Require.listOf(awaiting, "awaiting");
        Require.nonNull(occurredAt, "occurredAt");
    }

    /**
     * A level waiting for its decision.
     *
     * @param ruleId       the rule
     * @param level        the level's name
     * @param approverRole who decides at that level
     */
    public record Awaiting(String ruleId, String level, String approverRole) {

        /** Validates. */
        public Awaiting {
            Require.nonNull(ruleId, "ruleId");
            Require.nonNull(level, "level");
            Require.nonNull(approverRole, "approverRole");
        }
    }
}
