package io.crmkit.scoring.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is known about a lead, as named attributes: text (normalised to lower case), numbers, flags and sets of
 * text (tags, interests). Standard lead fields and a host's custom attributes look the same to rules.
 * Immutable; build with {@link #builder()} or {@link LeadProfiles#of}.
 */
public final class Profile {

    private static final Profile EMPTY = new Profile(Map.of());

    private final Map<String, Object> values;
    /** The attributes' vocabulary ids, sorted, and their values in the same order: small whatever the vocabulary. */
    final int[] ids;
    /** Read directly by the scorer and by compiled fit rules ({@link FitCompiler}). */
    final Object[] byId;

    private Profile(Map<String, Object> values) {
        this.values = values;
        int[] sorted = values.keySet().stream().mapToInt(Vocabulary::id).sorted().toArray();
        this.ids = sorted;
        this.byId = new Object[sorted.length];
        values.forEach((name, value) -> byId[Arrays.binarySearch(sorted, Vocabulary.id(name))] = value);
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
            Objects.requireNonNull(value, () -> "value of " + name + " must not be null");
            if (!value.isBlank()) {
                values.put(name, Text.value(value, "value of " + name));
            }
            return this;
        }

        /** A numeric attribute; NaN and infinities are rejected. */
        public Builder number(String attribute, double value) {
            String name = Text.attribute(attribute);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value of " + name + " must be a finite number but was " + value);
            }
            values.put(name, value);
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
            Objects.requireNonNull(value, () -> "values of " + name + " must not be null");
            Set<String> set = value.stream().map(v -> Text.value(v, "value of " + name)).collect(Collectors.toUnmodifiableSet());
            if (!set.isEmpty()) {
                values.put(name, set);
            }
            return this;
        }

        /** The profile. */
        public Profile build() {
            return values.isEmpty() ? EMPTY : new Profile(Map.copyOf(values));
        }
    }
}
