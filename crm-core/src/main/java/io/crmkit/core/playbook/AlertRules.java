package io.crmkit.core.playbook;

import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.List;

/**
 * When deals raise alerts.
 *
 * @param staleAfterDays   an open deal with no activity for this many days is stale
 * @param closeDatePassed  whether an open deal past its expected close date raises an alert
 * @param stuckFactor      an open deal in its stage longer than this many times the stage's average is stuck
 *                         (for example 2.0); 0 turns the check off
 */
public record AlertRules(int staleAfterDays, boolean closeDatePassed, double stuckFactor) {

    /** Validates, naming every problem. */
    public AlertRules {
        List<String> problems = new ArrayList<>();
        if (staleAfterDays < 1) {
            problems.add("staleAfterDays: must be at least 1 but was " + staleAfterDays);
        }
        if (!(stuckFactor == 0 || stuckFactor >= 1 && Double.isFinite(stuckFactor))) {
            problems.add("stuckFactor: must be 0 (off) or a finite number of at least 1 but was " + stuckFactor);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("alert rules", problems);
        }
    }

    /** Stale after 14 days, close dates checked, stuck at twice the average. */
    public static AlertRules ofDefaults() {
        return new AlertRules(14, true, 2.0);
    }
}
