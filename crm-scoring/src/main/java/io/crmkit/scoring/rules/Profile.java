package io.crmkit.scoring.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What is known about a lead, as named attributes: text (normalised to lower case), numbers, flags and sets of
 * text (tags, interests). Standard lead fields and a host's custom attributes look the same to rules.
 * Immutable; build with {@link #builder()} or {@link LeadProfiles#of}.
 */
public final class Profile {

    private static final Profile EMPTY = of(Map.of());

    private final Map<String, Object> values;
    /** The attributes' vocabulary ids, sorted, and their values in the same order: small whatever the vocabulary. */
    final int[] ids;
    /** Read directly by the scorer and by compiled fit rules ({@link FitCompiler}). */
    final Object[] byId;
    /** The values in the same order as one long each, {@link #cell}: what compiled fit rules read first. */
    final long[] cells;

    /**
     * The upper half of a text value's cell, the lower half is the text's hash code. Numbers are finite, so no number's
     * bits are a NaN, and the tags are NaNs.
     */
    static final int TEXT_TAG = 0x7FF8_0001;
    /** The cell of a flag or a set of text: compiled rules hand these to the interpreter. */
    static final long OTHER_CELL = 0x7FF8_0002L << 32;
    /** The bits a cell holding a number never has all of: a finite double's exponent is never all ones. */
    static final long NOT_A_NUMBER = 0x7FF0_0000_0000_0000L;

    /** Allocates the profile and then its two arrays, one after the other, so that they lie together in memory. */
    private Profile(Map<String, Object> values, int[] ids, Object[] sortedValues) {
        this.values = values;
        this.ids = ids;
        this.byId = sortedValues.clone();
        this.cells = new long[sortedValues.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(sortedValues[i]);
        }
    }

    /** The profile with these (validated, normalised) values. */
    static Profile of(Map<String, Object> values) {
        int[] sorted = values.keySet().stream().mapToInt(Vocabulary::id).sorted().toArray();
        Object[] sortedValues = new Object[sorted.length];
        values.forEach((name, value) -> sortedValues[Arrays.binarySearch(sorted, Vocabulary.id(name))] = value);
        return new Profile(values, Shapes.shared(sorted), sortedValues);
    }

    /**
     * A value as one long, so that compiled rules test most values without reading the value object: a number's own
     * bits; for text, {@link #TEXT_TAG} and the text's hash code; {@link #OTHER_CELL} for anything else.
     */
    static long cell(Object value) {
        if (value instanceof Double number) {
            return Double.doubleToRawLongBits(number);
        }
        if (value instanceof String text) {
            return (long) TEXT_TAG << 32 | (text.hashCode() & 0xFFFF_FFFFL);
        }
        return OTHER_CELL;
    }

    /** The text value of attribute {@code name}, stripped and lower-cased, or null if it is blank (ignored). */
    static String textValue(String name, String value) {
        Objects.requireNonNull(value, () -> "value of " + name + " must not be null");
        return value.isBlank() ? null : Text.value(value, "value of " + name);
    }

    /** The number value of attribute {@code name}; NaN and infinities are rejected. */
    static Double numberValue(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + name + " must be a finite number but was " + value);
        }
        return value;
    }

    /** The values of multi-valued attribute {@code name}, each normalised, or null if there are none (ignored). */
    static Set<String> textsValue(String name, Collection<String> value) {
        Objects.requireNonNull(value, () -> "values of " + name + " must not be null");
        Set<String> set = value.stream().map(v -> Text.value(v, "value of " + name)).collect(Collectors.toUnmodifiableSet());
        return set.isEmpty() ? null : set;
    }

    /**
     * The id arrays of profiles with the same attributes are one array: a host's leads mostly share a few attribute
     * sets, so scoring reads one id array that stays in the cache instead of one per lead. At most {@value #LIMIT}
     * attribute sets are shared; profiles with further sets keep their own array.
     */
    private static final class Shapes {
        private static final int LIMIT = 4_096;
        private static final ConcurrentHashMap<Shape, int[]> SHARED = new ConcurrentHashMap<>();

        private record Shape(int[] ids) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Shape s && Arrays.equals(s.ids, ids);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(ids);
            }
        }

        static int[] shared(int[] ids) {
            Shape shape = new Shape(ids);
            int[] known = SHARED.get(shape);
            if (known != null) {
                return known;
            }
            if (SHARED.size() >= LIMIT) {
                return ids;
            }
            int[] raced = SHARED.putIfAbsent(shape, ids);
            return raced != null ? raced : ids;
        }
    }

    /** No attributes. */
    public static Profile empty() {
        return EMPTY;
    }

    /** Starts a profile. */
    public static Builder builder() {
        return new Builder();
    }

    /** The raw value of {@code attribute}: a lower-case String, a Double, a Boolean or a Set of Strings. */
    public Optional<Object> get(String attribute) {
        return Optional.ofNullable(values.get(attribute));
    }

    /** The attribute names. */
    public Set<String> attributes() {
        return values.keySet();
    }

    /** The value of the attribute with vocabulary id {@code id}, or null: the scorer's lookup. */
    Object raw(int id) {
        int i = Arrays.binarySearch(ids, id);
        return i >= 0 ? byId[i] : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Profile" + values;
    }

    /** Builds a {@link Profile}; each setter validates and normalises at once, and a later value replaces an earlier one. */
    public static final class Builder {
        private final Map<String, Object> values = new HashMap<>();

        private Builder() {
        }

        /** A text attribute (stored stripped and lower-cased); blank text is ignored. */
        public Builder text(String attribute, String value) {
            String name = Text.attribute(attribute);
            String text = textValue(name, value);
            if (text != null) {
                values.put(name, text);
            }
            return this;
        }

        /** A numeric attribute; NaN and infinities are rejected. */
        public Builder number(String attribute, double value) {
            String name = Text.attribute(attribute);
            values.put(name, numberValue(name, value));
            return this;
        }

        /** A yes/no attribute. */
        public Builder flag(String attribute, boolean value) {
            values.put(Text.attribute(attribute), value);
            return this;
        }

        /** A multi-valued text attribute (each value normalised); an empty collection is ignored. */
        public Builder texts(String attribute, Collection<String> value) {
            String name = Text.attribute(attribute);
            Set<String> set = textsValue(name, value);
            if (set != null) {
                values.put(name, set);
            }
            return this;
        }

        /** The profile. */
        public Profile build() {
            return values.isEmpty() ? EMPTY : of(Map.copyOf(values));
        }
    }
}
