package io.crmkit.scoring.predictive;

import java.util.Objects;

/** Argument checks whose messages name the field and the offending value (crm-core's {@code Require} is not exported). */
final class Checks {

    private Checks() {
    }

    static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    static String nonBlank(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
        }
        return value;
    }

    static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number but was " + value);
        }
        return value;
    }

    static double positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive finite number but was " + value);
        }
        return value;
    }

    static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
        }
        return value;
    }

    /** Checks that two parallel arrays of predictions and labels are usable: non-null, non-empty, equal length. */
    static void predictions(double[] scores, String scoresField, boolean[] labels) {
        nonNull(scores, scoresField);
        nonNull(labels, "labels");
        argument(scores.length == labels.length, scoresField + " and labels must have the same length but had "
                + scores.length + " and " + labels.length);
        argument(scores.length > 0, scoresField + " must not be empty");
    }

    /** Shortest readable text for a number: {@code 30} rather than {@code 30.0}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
