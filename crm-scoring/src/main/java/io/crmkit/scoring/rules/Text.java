package io.crmkit.scoring.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of attribute names and text values, shared by conditions, rules and profiles. */
final class Text {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]{0,63}");

    private Text() {
    }

    /**
     * A validated name: a letter, then letters, digits, '_', '.', ':' or '-', at most 64 characters. Interned: names
     * come from small vocabularies (attributes, event types), and identical instances make the scorer's lookups
     * compare by reference.
     */
    static String name(String name, String field) {
        if (name == null) {
            throw new NullPointerException(field + " must not be null");
        }
        String known = Vocabulary.known(name); // names come from small vocabularies: most were validated before
        if (known != null) {
            return known;
        }
        String n = name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException(field + " must start with a letter and have only letters, digits, '_', '.', ':' or '-'"
                    + " (at most 64) but was '" + name + "'");
        }
        return n.intern();
    }

    static String attribute(String name) {
        return name(name, "attribute");
    }

    /** A text value, stripped and lower-cased; not blank. */
    static String value(String value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return v;
    }
}
