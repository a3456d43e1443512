package io.crmkit.pricing.internal;

import java.util.Collection;
import java.util.List;

/**
 * Argument checks whose messages name the field and the offending value, shared by crm-pricing's packages
 * (crm-core's {@code Require} is not exported). Not exported.
 */
public final class Checks {

    private Checks() {
    }

    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null"); // no message supplier: nothing allocated when it holds
        }
        return value;
    }

    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
        }
        return trimmed;
    }

    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive but was " + value);
        }
        return value;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative but was " + value);
        }
        return value;
    }

    public static <T> List<T> listOf(Collection<? extends T> values, String field) {
        nonNull(values, field);
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }
}
