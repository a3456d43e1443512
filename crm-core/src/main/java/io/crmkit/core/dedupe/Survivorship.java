package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which value of each {@link MergeField} survives a merge. Immutable; the default is {@link Rule#FILL_EMPTY} for
 * every field.
 *
 * <pre>{@code
 * Survivorship rules = Survivorship.ofDefaults().with(MergeField.PHONE, Survivorship.Rule.PREFER_NEWEST);
 * }</pre>
 */
public final class Survivorship {

    /** How a field's surviving value is chosen. */
    public enum Rule {
        /** The master's value; if it has none, the newest duplicate's that has one. */
        FILL_EMPTY,
        /** The value of the most recently captured lead that has one (master included). */
        PREFER_NEWEST,
        /** The master's value, even if it has none. */
        PREFER_MASTER
    }

    private static final Survivorship DEFAULTS = new Survivorship(new EnumMap<>(MergeField.class));

    private final Map<MergeField, Rule> rules;

    private Survivorship(Map<MergeField, Rule> rules) {
        this.rules = rules;
    }

    /** FILL_EMPTY for every field. */
    public static Survivorship ofDefaults() {
        return DEFAULTS;
    }

    /** These rules with {@code field} decided by {@code rule}. */
    public Survivorship with(MergeField field, Rule rule) {
        Require.nonNull(field, "field");
        Require.nonNull(rule, "rule");
        EnumMap<MergeField, Rule> next = new EnumMap<>(MergeField.class);
        next.putAll(rules);
        next.put(field, rule);
        return new Survivorship(next);
    }

    /** The rule for {@code field}. */
    public Rule ruleFor(MergeField field) {
        return rules.getOrDefault(Require.nonNull(field, "field"), Rule.FILL_EMPTY);
    }

    @Override
    public String toString() {
        return "Survivorship" + rules + " (others FILL_EMPTY)";
    }
}
