package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

import java.util.Optional;

/**
 * One level of one rule in a running process.
 *
 * @param ruleId      the rule
 * @param level       the level
 * @param decision    the decision, once made
 * @param carriedOver true if the approval was kept from before a revision because nothing the rule looks at changed
 */
public record ApprovalStep(String ruleId, ApprovalLevel level, Optional<ApprovalDecision> decision, boolean carriedOver) {

    /** Validates. */
    public ApprovalStep {
        Require.nonNull(ruleId, "ruleId");
        Require.nonNull(level, "level");
        Require.nonNull(decision, "decision");
        Require.argument(!carriedOver || decision.map(ApprovalDecision::approved).orElse(false), "only an approval can be carried over");
    }

    /** True if decided, either way. */
    public boolean isDecided() {
        return decision.isPresent();
    }

    /** True if approved. */
    public boolean isApproved() {
        return decision.map(ApprovalDecision::approved).orElse(false);
    }
}
