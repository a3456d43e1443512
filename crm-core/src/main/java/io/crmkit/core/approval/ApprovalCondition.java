package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A test on one fact: a comparison of a number, or "any of these labels". A condition on a fact that is absent is
 * false.
 *
 * @param fact      the fact's name
 * @param operator  the test
 * @param threshold the number compared with (number operators only)
 * @param values    the labels looked for ({@link Operator#ANY_OF} only)
 */
public record ApprovalCondition(String fact, Operator operator, Optional<BigDecimal> threshold, Set<String> values) {

    /** The tests. */
    public enum Operator {
        /** number &gt; threshold */
        GREATER_THAN(">"),
        /** number &ge; threshold */
        AT_LEAST(">="),
        /** number &lt; threshold */
        LESS_THAN("<"),
        /** number &le; threshold */
        AT_MOST("<="),
        /** at least one of the fact's labels is among the values */
        ANY_OF("any of");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** {@code >=}, {@code any of}, ... */
        public String symbol() {
            return symbol;
        }
    }

    /** Validates: numbers for comparisons, a non-empty set of labels for {@code ANY_OF}. */
    public ApprovalCondition {
        fact = Require.nonBlank(fact, "fact");
        Require.nonNull(operator, "operator");
        Require.nonNull(threshold, "threshold");
        values = Set.copyOf(Require.nonNull(values, "values"));
        if (operator == Operator.ANY_OF) {
            Require.argument(threshold.isEmpty() && !values.isEmpty(), "condition on '" + fact + "' with any-of needs labels and no number");
        } else {
            Require.argument(threshold.isPresent() && values.isEmpty(), "condition on '" + fact + "' with " + operator.symbol()
                    + " needs a number and no labels");
        }
    }

    /** {@code fact > threshold}. */
    public static ApprovalCondition greaterThan(String fact, String threshold) {
        return number(fact, Operator.GREATER_THAN, threshold);
    }

    /** {@code fact >= threshold}. */
    public static ApprovalCondition atLeast(String fact, String threshold) {
        return number(fact, Operator.AT_LEAST, threshold);
    }

    /** {@code fact < threshold}. */
    public static ApprovalCondition lessThan(String fact, String threshold) {
        return number(fact, Operator.LESS_THAN, threshold);
    }

    /** {@code fact <= threshold}. */
    public static ApprovalCondition atMost(String fact, String threshold) {
        return number(fact, Operator.AT_MOST, threshold);
    }

    /** One of the fact's labels is among {@code values}. */
    public static ApprovalCondition anyOf(String fact, String... values) {
        return new ApprovalCondition(fact, Operator.ANY_OF, Optional.empty(), Set.of(values));
    }

    /** A number comparison. */
    public static ApprovalCondition number(String fact, Operator operator, String threshold) {
        Require.nonNull(threshold, "threshold");
        try {
            return new ApprovalCondition(fact, operator, Optional.of(new BigDecimal(threshold.strip())), Set.of());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threshold of condition on '" + fact + "' must be a number but was '" + threshold + "'", e);
        }
    }

    /** True if the condition holds for {@code facts}. */
    public boolean test(ApprovalFacts facts) {
        if (operator == Operator.ANY_OF) {
            for (String label : facts.labels(fact)) {
                if (values.contains(label)) {
                    return true;
                }
            }
            return false;
        }
        Optional<BigDecimal> value = facts.number(fact);
        if (value.isEmpty()) {
            return false;
        }
        int c = value.get().compareTo(threshold.orElseThrow());
        return switch (operator) {
            case GREATER_THAN -> c > 0;
            case AT_LEAST -> c >= 0;
            case LESS_THAN -> c < 0;
            case AT_MOST -> c <= 0;
            case ANY_OF -> throw new AssertionError();
        };
    }

    /** {@code discountPercent > 20}. */
    @Override
    public String toString() {
        return fact + " " + operator.symbol() + " " + (operator == Operator.ANY_OF ? new java.util.TreeSet<>(values).toString()
                : threshold.orElseThrow().toPlainString());
    }
}
