package io.crmkit.scoring.rules;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test on one profile attribute. Text is compared case-insensitively (values are normalised to lower case and
 * stripped, as {@link Profile} normalises its values); numbers by {@link Range}.
 */
public sealed interface Condition permits Condition.Equals, Condition.In, Condition.Range, Condition.Contains,
        Condition.Exists, Condition.Missing {

    /** The attribute tested. */
    String attribute();

    /** The attribute equals {@code value} (for a multi-valued attribute: contains it). */
    static Condition equalTo(String attribute, String value) {
        return new Equals(attribute, value);
    }

    /** The attribute is one of {@code values}. */
    static Condition in(String attribute, Set<String> values) {
        return new In(attribute, values);
    }

    /** The numeric attribute is in [{@code min}, {@code max}); use infinities for open ends. */
    static Condition range(String attribute, double min, double max) {
        return new Range(attribute, min, max);
    }

    /** The text attribute contains {@code text}. */
    static Condition contains(String attribute, String text) {
        return new Contains(attribute, text);
    }

    /** The attribute has a value. */
    static Condition exists(String attribute) {
        return new Exists(attribute);
    }

    /** The attribute has no value. */
    static Condition missing(String attribute) {
        return new Missing(attribute);
    }

    /** Equality with a text value. */
    record Equals(String attribute, String value) implements Condition {
        /** Validates and normalises. */
        public Equals {
            attribute = Text.attribute(attribute);
            value = Text.value(value, "value of " + attribute);
        }
    }

    /** Membership in a set of text values. */
    record In(String attribute, Set<String> values) implements Condition {
        /** Validates and normalises. */
        public In {
            attribute = Text.attribute(attribute);
            String a = attribute;
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("values of " + attribute + " must not be empty");
            }
            values = values.stream().map(v -> Text.value(v, "value of " + a)).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** A numeric range, lower bound inclusive, upper exclusive. */
    record Range(String attribute, double min, double max) implements Condition {
        /** Validates: min < max, neither NaN. */
        public Range {
            attribute = Text.attribute(attribute);
            if (Double.isNaN(min) || Double.isNaN(max) || !(min < max)) {
                throw new IllegalArgumentException("range of " + attribute + " must have min < max but was [" + min + ", " + max + ")");
            }
        }

        /** True if the two ranges share a value. */
        public boolean overlaps(Range other) {
            return min < other.max && other.min < max;
        }
    }

    /** Substring of a text value. */
    record Contains(String attribute, String text) implements Condition {
        /** Validates and normalises. */
        public Contains {
            attribute = Text.attribute(attribute);
            text = Text.value(text, "text of " + attribute);
        }
    }

    /** Presence of a value. */
    record Exists(String attribute) implements Condition {
        /** Validates. */
        public Exists {
            attribute = Text.attribute(attribute);
        }
    }

    /** Absence of a value. */
    record Missing(String attribute) implements Condition {
        /** Validates. */
        public Missing {
            attribute = Text.attribute(attribute);
        }
    }
}
