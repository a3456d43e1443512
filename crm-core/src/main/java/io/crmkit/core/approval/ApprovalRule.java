package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When approval is needed and by whom: numbered conditions (1-based, in list order) combined by the logic, and the
 * levels that must approve, one after the other ({@link Mode#SEQUENTIAL}) or all at once ({@link Mode#PARALLEL}).
 *
 * @param id         a short key, unique in its policy
 * @param name       a display name ({@code "Discount over 20%"})
 * @param conditions the conditions, numbered from 1
 * @param logic      how they combine
 * @param levels     who approves, in order
 * @param mode       sequential or parallel
 */
public record ApprovalRule(String id, String name, List<ApprovalCondition> conditions, ConditionLogic logic, List<ApprovalLevel> levels,
                           Mode mode) {

    /** How the levels decide. */
    public enum Mode {
        /** Each level decides after the one before approved. */
        SEQUENTIAL,
        /** Every level may decide at once. */
        PARALLEL
    }

    /**
     * Validates.
     *
     * @throws InvalidConfigurationException with every problem: logic out of range, unused conditions, no levels, duplicate levels
     */
    public ApprovalRule {
        id = Require.text(id, "rule id", 100);
        name = Require.text(name, "name of rule " + id, 200);
        conditions = Require.listOf(conditions, "conditions of rule " + id);
        Require.nonNull(logic, "logic of rule " + id);
        levels = Require.listOf(levels, "levels of rule " + id);
        Require.nonNull(mode, "mode of rule " + id);
        List<String> problems = new ArrayList<>(logic.problems(conditions.size()));
        if (levels.isEmpty()) {
            problems.add("levels: a rule needs at least one approval level");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!names.add(levels.get(i).name())) {
                problems.add("levels[" + i + "]: level '" + levels.get(i).name() + "' appears twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("approval rule '" + id + "'", problems);
        }
    }

    /** Starts a rule. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** True if the conditions, combined by the logic, hold for {@code facts}. */
    public boolean appliesTo(ApprovalFacts facts) {
        boolean[] results = new boolean[conditions.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = conditions.get(i).test(facts);
        }
        return logic.evaluate(results);
    }

    /** The names of the facts the conditions look at: if none of them changes, the rule's decision stands. */
    public Set<String> relevantFacts() {
        Set<String> facts = new TreeSet<>();
        conditions.forEach(c -> facts.add(c.fact()));
        return Set.copyOf(facts);
    }

    /** Builds an {@link ApprovalRule}: all conditions must hold and levels are sequential unless told otherwise. */
    public static final class Builder {
        private final String id;
        private String name;
        private final List<ApprovalCondition> conditions = new ArrayList<>();
        private ConditionLogic logic = ConditionLogic.all();
        private final List<ApprovalLevel> levels = new ArrayList<>();
        private Mode mode = Mode.SEQUENTIAL;

        private Builder(String id) {
            this.id = id;
            this.name = id;
        }

        /** The display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Adds condition number {@code n}, where n is how many were added before plus one. */
        public Builder when(ApprovalCondition condition) {
            conditions.add(Require.nonNull(condition, "condition"));
            return this;
        }

        /** At least one condition must hold. */
        public Builder any() {
            this.logic = ConditionLogic.any();
            return this;
        }

        /** Custom logic such as {@code 1 OR (2 AND 3)}. */
        public Builder logic(String expression) {
            this.logic = ConditionLogic.parse(expression);
            return this;
        }

        /** Adds levels in order, each named after its role. */
        public Builder approvedBy(String... roles) {
            for (String role : roles) {
                levels.add(ApprovalLevel.of(role));
            }
            return this;
        }

        /** Every level may decide at once. */
        public Builder parallel() {
            this.mode = Mode.PARALLEL;
            return this;
        }

        /** The rule. */
        public ApprovalRule build() {
            return new ApprovalRule(id, name, conditions, logic, levels, mode);
        }
    }
}
