package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of free-form labels on a record ("vip", "trade fair 2025"). Each tag is normalised (stripped, inner
 * whitespace collapsed to one space, lower-cased with {@link Locale#ROOT}), so {@code " Trade  Fair "} and
 * {@code "trade fair"} are the same tag; tags are 1 to 50 characters without commas or control characters.
 * Immutable and sorted; {@link #with} and {@link #without} return new sets.
 *
 * @param values the normalised tags, sorted; unmodifiable
 */
public record Tags(Set<String> values) {

    private static final int MAX_LENGTH = 50;
    private static final Tags EMPTY = new Tags(Set.of());

    /**
     * Normalises each tag and copies them into an unmodifiable sorted set (tags equal after normalisation merge).
     *
     * @throws NullPointerException     if {@code values} or a tag is null
     * @throws IllegalArgumentException naming the tag if one is blank, too long, or has a comma or control character
     */
    public Tags {
        Require.nonNull(values, "tags");
        TreeSet<String> sorted = new TreeSet<>();
        for (String tag : values) {
            sorted.add(normalise(tag));
        }
        values = Collections.unmodifiableSortedSet(sorted);
    }

    /** No tags. */
    public static Tags empty() {
        return EMPTY;
    }

    /** The given tags, normalised; duplicates after normalisation merge. */
    public static Tags of(String... tags) {
        Require.nonNull(tags, "tags");
        return new Tags(new HashSet<>(Require.listOf(Arrays.asList(tags), "tags")));
    }

    /** These tags plus {@code tag} (normalised); this set if it is already there. */
    public Tags with(String tag) {
        String normalised = normalise(tag);
        if (values.contains(normalised)) {
            return this;
        }
        Set<String> next = new HashSet<>(values);
        next.add(normalised);
        return new Tags(next);
    }

    /** These tags without {@code tag} (normalised); this set if it is not there. */
    public Tags without(String tag) {
        String key = lookupKey(tag);
        if (!values.contains(key)) {
            return this;
        }
        Set<String> next = new HashSet<>(values);
        next.remove(key);
        return new Tags(next);
    }

    /** True if {@code tag}, normalised, is one of these tags: {@code contains(" VIP ")} finds "vip". */
    public boolean contains(String tag) {
        return values.contains(lookupKey(tag));
    }

    /** The number of tags. */
    public int size() {
        return values.size();
    }

    /** True if there are no tags. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The tags, e.g. {@code "[trade fair, vip]"}. */
    @Override
    public String toString() {
        return values.toString();
    }

    private static String normalise(String tag) {
        Require.nonNull(tag, "tag");
        String key = collapse(tag).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("tag must not be blank but was '" + tag + "'");
        }
        int length = key.codePointCount(0, key.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("tag must be at most " + MAX_LENGTH + " characters but was " + length
                    + " ('" + key.substring(0, 37) + "...')");
        }
        if (key.indexOf(',') >= 0) {
            throw new IllegalArgumentException("tag must not contain ',' but was '" + tag + "'");
        }
        key.codePoints().filter(cp -> Character.getType(cp) == Character.CONTROL).findFirst().ifPresent(cp -> {
            throw new IllegalArgumentException("tag must not contain control characters but '" + escape(tag)
                    + "' has " + String.format("U+%04X", cp));
        });
        return key;
    }

    private static String lookupKey(String tag) {
        Require.nonNull(tag, "tag");
        return collapse(tag).toLowerCase(Locale.ROOT);
    }

    /** Strips and turns each run of whitespace into one space. */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
