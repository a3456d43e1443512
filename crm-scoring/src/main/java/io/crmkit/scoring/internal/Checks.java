package io.crmkit.scoring.internal;

import java.util.Objects;

/**
 * Argument checks whose messages name the field and the offending value, shared by crm-scoring's packages
 * (crm-core's {@code Require} is not exported). Not exported.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
        }
        return value;
    }

    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number but was " + value);
        }
        return value;
    }

    public static double positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive finite number but was " + value);
        }
        return value;
    }

    public static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
        }
        return value;
    }

    /** Checks that two parallel arrays of predictions and labels are usable: non-null, non-empty, equal length. */
    public static void predictions(double[] scores, String scoresField, boolean[] labels) {
        nonNull(scores, scoresField);
        nonNull(labels, "labels");
        argument(scores.length == labels.length, scoresField + " and labels must have the same length but had "
                + scores.length + " and " + labels.length);
        argument(scores.length > 0, scoresField + " must not be empty");
    }

    /** Shortest readable text for a number: {@code 30} rather than {@code 30.0}. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** {@code id} if it is a positive record id (Odoo's ids start at 1). */
    public static long positiveId(long id, String field) {
        if (id <= 0) {
            throw new IllegalArgumentException(field + " must be a positive Odoo record id but was " + id);
        }
        return id;
    }
}
