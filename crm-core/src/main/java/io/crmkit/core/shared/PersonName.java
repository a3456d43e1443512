package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

/**
 * A person's name. Either part may be empty (web forms often ask for one field), but not both; each is stripped
 * and at most 100 characters. CJK names with no space work as a single {@code last} part.
 */
public record PersonName(String first, String last) {

    /** Validates and normalises. */
    public PersonName {
        first = first == null ? "" : first.strip();
        last = last == null ? "" : last.strip();
        if (first.isEmpty() && last.isEmpty()) {
            throw new IllegalArgumentException("name must have a first or a last name but both were blank");
        }
        if (first.length() > 100) {
            Require.text(first, "first name", 100);
        }
        if (last.length() > 100) {
            Require.text(last, "last name", 100);
        }
    }

    /** A name of {@code first} and {@code last}. */
    public static PersonName of(String first, String last) {
        return new PersonName(first, last);
    }

    /** "First Last", or whichever part there is. */
    public String full() {
        return first.isEmpty() ? last : last.isEmpty() ? first : first + " " + last;
    }

    @Override
    public String toString() {
        return full();
    }
}
