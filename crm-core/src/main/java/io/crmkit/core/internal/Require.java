package io.crmkit.core.internal;

import java.util.Collection;
import java.util.List;

/**
 * Argument checks whose messages name the field and the offending value. Not exported: each module has its own.
 */
public final class Require {

    private Require() {
    }

    /** Returns {@code value}, or throws {@link NullPointerException} naming {@code field}. */
    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            // no message supplier: a capturing lambda would be allocated on every call, on hot paths too
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /** Returns {@code value} trimmed, or throws naming {@code field} if it is null or blank. */
    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
        }
        return trimmed;
    }

    /** Returns {@code value} trimmed, throwing if blank or longer than {@code max} characters. */
    public static String text(String value, String field, int max) {
        String trimmed = nonBlank(value, field);
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters but was "
                    + trimmed.length() + " ('" + abbreviate(trimmed) + "')");
        }
        return trimmed;
    }

    /** Returns an immutable copy of {@code values}, rejecting a null list or null elements. */
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

    /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition} holds. */
    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Returns {@code value} if it is zero or positive. */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative but was " + value);
        }
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
