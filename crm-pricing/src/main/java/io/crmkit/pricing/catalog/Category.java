package io.crmkit.pricing.catalog;

import io.crmkit.pricing.internal.Checks;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A node of the category hierarchy written as a slash-separated path, {@code hardware/servers/rack}; a category is
 * {@link #isWithin within} itself and each of its ancestors.
 */
public record Category(String path) {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** Validates: lower-case segments of letters, digits, {@code _} and {@code -}, separated by {@code /}. */
    public Category {
        Checks.nonNull(path, "category");
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("category must be a path of lower-case segments such as hardware/servers but was '"
                        + path + "'");
            }
        }
    }

    /** {@code of("hardware/servers")}. */
    public static Category of(String path) {
        return new Category(path);
    }

    /** True if this is {@code other} or lies below it. */
    public boolean isWithin(Category other) {
        Checks.nonNull(other, "other");
        String parent = other.path;
        return path.startsWith(parent) && (path.length() == parent.length() || path.charAt(parent.length()) == '/');
    }

    /** The segments from the root: {@code [hardware, servers]}. */
    public List<String> segments() {
        return List.of(path.split("/"));
    }

    @Override
    public String toString() {
        return path;
    }
}
