package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;

import java.util.List;

/**
 * One entry of the ordered rules: when every criterion matches (no criteria: always), the lead goes to the target.
 */
public record AssignmentRule(String id, List<Criterion> criteria, Target target) {

    /** Validates. */
    public AssignmentRule {
        id = Require.text(id, "rule id", 100);
        criteria = Require.listOf(criteria, "criteria");
        Require.nonNull(target, "target");
    }

    /** Whether every criterion matches {@code subject}. */
    public boolean matches(AssignmentSubject subject) {
        for (Criterion c : criteria) {
            if (!c.test(subject)) {
                return false;
            }
        }
        return true;
    }
}
