package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values approval rules look at, by name: numbers ({@code discountPercent}, {@code netAmount},
 * {@code marginPercent}) and sets of labels ({@code product}, {@code region}).
 *
 * @param numbers named numbers
 * @param labels  named sets of labels
 */
public record ApprovalFacts(Map<String, BigDecimal> numbers, Map<String, Set<String>> labels) {

    /** Validates and copies. */
    public ApprovalFacts {
        Require.nonNull(numbers, "numbers");
        Require.nonNull(labels, "labels");
        Map<String, BigDecimal> n = new TreeMap<>();
        numbers.forEach((k, v) -> n.put(Require.nonBlank(k, "fact name"), Require.nonNull(v, "fact " + k).stripTrailingZeros()));
        Map<String, Set<String>> l = new TreeMap<>();
        labels.forEach((k, v) -> l.put(Require.nonBlank(k, "fact name"), Set.copyOf(Require.nonNull(v, "fact " + k))));
        for (String k : n.keySet()) {
            Require.argument(!l.containsKey(k), "fact '" + k + "' cannot be both a number and labels");
        }
        numbers = java.util.Collections.unmodifiableMap(n);
        labels = java.util.Collections.unmodifiableMap(l);
    }

    /** Starts an empty set of facts. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number named {@code name}, if present. */
    public Optional<BigDecimal> number(String name) {
        return Optional.ofNullable(numbers.get(name));
    }

    /** The labels named {@code name}; empty if absent. */
    public Set<String> labels(String name) {
        return labels.getOrDefault(name, Set.of());
    }

    /** True if the fact {@code name} has the same value in both (absent in both counts as the same). */
    public boolean sameAs(ApprovalFacts other, String name) {
        return java.util.Objects.equals(numbers.get(name), other.numbers.get(name))
                && java.util.Objects.equals(labels.get(name), other.labels.get(name));
    }

    /** Builds {@link ApprovalFacts}. */
    public static final class Builder {
        private final Map<String, BigDecimal> numbers = new TreeMap<>();
        private final Map<String, Set<String>> labels = new TreeMap<>();

        private Builder() {
        }

        /** A number. */
        public Builder number(String name, BigDecimal value) {
            numbers.put(name, value);
            return this;
        }

        /** Labels. */
        public Builder labels(String name, Set<String> values) {
            labels.put(name, values);
            return this;
        }

        /** The facts. */
        public ApprovalFacts build() {
            return new ApprovalFacts(numbers, labels);
        }
    }
}
