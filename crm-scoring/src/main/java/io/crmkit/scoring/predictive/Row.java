package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The input values of one example (a lead to score, a row of training data), by column name. A model reads its
 * numeric columns with {@link #number} and its categorical columns with {@link #category}; a value that is absent, or
 * of the other kind, counts as missing.
 * <pre>{@code
 * Row lead = Row.builder().number("age", 41).category("job", "technician").build();
 * double p = model.probability(lead);
 * }</pre>
 */
public interface Row {

    /** The number in {@code column}, if it holds one. */
    OptionalDouble number(String column);

    /** The category (text) in {@code column}, if it holds one. */
    Optional<String> category(String column);

    /** A builder for a row held in memory. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an immutable {@link Row}; each column may be set once. */
    final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets {@code column} to the finite number {@code value}; leave a column out for a missing value. */
        public Builder number(String column, double value) {
            Checks.finite(value, "value of column '" + column + "'");
            return put(column, value);
        }

        /** Sets {@code column} to the category {@code value}. */
        public Builder category(String column, String value) {
            Checks.nonNull(value, "value of column '" + column + "'");
            return put(column, value);
        }

        private Builder put(String column, Object value) {
            Checks.nonBlank(column, "column");
            Checks.argument(!values.containsKey(column), "column '" + column + "' is already set to " + values.get(column));
            values.put(column, value);
            return this;
        }

        public Row build() {
            return new MapRow(Map.copyOf(values));
        }
    }
}
