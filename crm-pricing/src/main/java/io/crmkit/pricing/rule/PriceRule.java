package io.crmkit.pricing.rule;

import io.crmkit.core.shared.Money;
import io.crmkit.pricing.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A price rule: when every condition holds, the action changes the price, which is then clamped to the optional
 * unit minimum and maximum (if the minimum is above the maximum, the minimum wins). Lower {@code priority} runs first.
 *
 * @param id         a short key, unique in its rule set, shown in the waterfall
 * @param name       a display name
 * @param priority   the order of evaluation, lowest first (ties by id)
 * @param conditions all must hold; none means the rule applies to every line
 * @param action     what the rule does
 * @param minimum    the lowest unit price it may produce
 * @param maximum    the highest unit price it may produce
 */
public record PriceRule(String id, String name, int priority, List<Condition> conditions, PriceAction action,
                        Optional<Money> minimum, Optional<Money> maximum) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Validates. */
    public PriceRule {
        Checks.nonNull(id, "rule id");
        Checks.argument(ID.matcher(id).matches(), "rule id must be 1 to 64 letters, digits, '.', '_' or '-' but was '" + id + "'");
        name = Checks.nonBlank(name, "name of rule " + id);
        conditions = Checks.listOf(conditions, "conditions of rule " + id);
        Checks.nonNull(action, "action of rule " + id);
        Checks.nonNull(minimum, "minimum of rule " + id);
        Checks.nonNull(maximum, "maximum of rule " + id);
        if (minimum.isPresent() && maximum.isPresent()) {
            Checks.argument(minimum.get().currency().equals(maximum.get().currency()), "minimum and maximum of rule " + id
                    + " must be in one currency but were " + minimum.get() + " and " + maximum.get());
        }
    }

    /** Starts a rule. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** True if every condition holds for {@code line}. */
    public boolean appliesTo(LineFacts line) {
        for (int i = 0, n = conditions.size(); i < n; i++) {
            if (!conditions.get(i).matches(line)) {
                return false;
            }
        }
        return true;
    }

    /** Builds a {@link PriceRule}. */
    public static final class Builder {
        private final String id;
        private String name;
        private int priority = 100;
        private final List<Condition> conditions = new ArrayList<>();
        private PriceAction action;
        private Money minimum;
        private Money maximum;

        private Builder(String id) {
            this.id = id;
            this.name = id;
        }

        /** The display name (the id if not given). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The priority (100 if not given); lower runs first. */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /** Adds a condition. */
        public Builder when(Condition condition) {
            conditions.add(Checks.nonNull(condition, "condition"));
            return this;
        }

        /** The action. */
        public Builder then(PriceAction action) {
            this.action = action;
            return this;
        }

        /** The lowest unit price the rule may produce. */
        public Builder atLeast(Money minimum) {
            this.minimum = Checks.nonNull(minimum, "minimum");
            return this;
        }

        /** The highest unit price the rule may produce. */
        public Builder atMost(Money maximum) {
            this.maximum = Checks.nonNull(maximum, "maximum");
            return this;
        }

        /** The rule. */
        public PriceRule build() {
            return new PriceRule(id, name, priority, conditions, action, Optional.ofNullable(minimum), Optional.ofNullable(maximum));
        }
    }
}
