package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned set of approval rules. Which rules a subject needs does not depend on the order the rules were given in:
 * {@link #rulesFor} returns them by id.
 *
 * @param id      the policy's key ({@code quotes})
 * @param version its version
 * @param rules   the rules, unique ids, kept sorted by id
 */
public record ApprovalPolicy(String id, int version, List<ApprovalRule> rules) {

    /** Validates and sorts by id. */
    public ApprovalPolicy {
        id = Require.text(id, "policy id", 100);
        Require.argument(version >= 1, "version of approval policy " + id + " must be at least 1 but was " + version);
        rules = Require.listOf(rules, "rules");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!ids.add(rules.get(i).id())) {
                problems.add("rules[" + i + "]: id '" + rules.get(i).id() + "' is used twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("approval policy '" + id + "'", problems);
        }
        rules = rules.stream().sorted(Comparator.comparing(ApprovalRule::id)).toList();
    }

    /** A policy of {@code rules}. */
    public static ApprovalPolicy of(String id, int version, ApprovalRule... rules) {
        return new ApprovalPolicy(id, version, List.of(rules));
    }

    /** The rules that apply to {@code facts}, by id. */
    public List<ApprovalRule> rulesFor(ApprovalFacts facts) {
        Require.nonNull(facts, "facts");
        return rules.stream().filter(r -> r.appliesTo(facts)).toList();
    }
}
