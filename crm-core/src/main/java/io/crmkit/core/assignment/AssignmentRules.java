package io.crmkit.core.assignment;

import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The ordered assignment rules (first match wins) and the teams they target. Immutable. */
public record AssignmentRules(List<AssignmentRule> rules, Map<String, Team> teams) {

    /** Validates, reporting every problem with its path: no rules, duplicate rule ids, targets naming unknown teams. */
    public AssignmentRules {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(teams, "teams");
        rules = List.copyOf(rules);
        teams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(teams));
        List<String> problems = new ArrayList<>();
        if (rules.isEmpty()) {
            problems.add("rules: must have at least one rule");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            AssignmentRule rule = rules.get(i);
            if (!ids.add(rule.id())) {
                problems.add("rules[" + i + "].id: '" + rule.id() + "' is used by an earlier rule");
            }
            if (rule.target() instanceof Target.Team t && !teams.containsKey(t.team())) {
                problems.add("rules[" + i + "].target: unknown team '" + t.team() + "'");
            }
        }
        teams.forEach((name, team) -> {
            if (!name.equals(team.id())) {
                problems.add("teams." + name + ": holds team '" + team.id() + "'");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("assignment rules", problems);
        }
    }

    /** Starts the rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AssignmentRules}; validation happens in {@link #build()}. */
    public static final class Builder {
        private final List<AssignmentRule> rules = new ArrayList<>();
        private final Map<String, Team> teams = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a team. */
        public Builder team(Team team) {
            teams.put(team.id(), team);
            return this;
        }

        /** Adds the next rule. */
        public Builder rule(AssignmentRule rule) {
            rules.add(rule);
            return this;
        }

        /** Adds the next rule: {@code criteria} (all must match) send the lead to {@code target}. */
        public Builder rule(String id, Target target, Criterion... criteria) {
            return rule(new AssignmentRule(id, List.of(criteria), target));
        }

        /** The validated rules. */
        public AssignmentRules build() {
            return new AssignmentRules(rules, teams);
        }
    }
}
