package io.crmkit.scoring.predictive.odoo;

import java.util.Objects;

/** Argument checks whose messages name the field and the offending value. */
final class Require {

    private Require() {
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

    static long positiveId(long id, String field) {
        if (id <= 0) {
            throw new IllegalArgumentException(field + " must be a positive Odoo record id but was " + id);
        }
        return id;
    }

    static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
