package io.crmkit.scoring.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A lead's behaviour events (page views, form submissions, email opens and clicks, events attended, downloads,
 * unsubscribes), each a type and an instant. Immutable and stored newest first, so scoring walks it without
 * sorting or allocating.
 */
public final class Engagement {

    private static final Engagement NONE = new Engagement(new String[0], new long[0]);

    private final String[] types;
    /** Read directly by the scorer and by compiled engagement rules ({@link EngagementCompiler}). */
    final int[] typeIds;
    final long[] epochSeconds;

    /**
     * Allocates the history and then the two arrays scoring reads, one after the other, so that they lie together in
     * memory.
     */
    private Engagement(String[] types, long[] epochSeconds) {
        this.types = types;
        this.typeIds = new int[types.length];
        this.epochSeconds = epochSeconds.clone();
        for (int i = 0; i < types.length; i++) {
            typeIds[i] = Vocabulary.id(types[i]);
        }
    }

    /** No events. */
    public static Engagement none() {
        return NONE;
    }

    /** Starts a history. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of events. */
    public int size() {
        return types.length;
    }

    /** The type of the {@code i}-th newest event. */
    public String type(int i) {
        return types[i];
    }

    int typeId(int i) {
        return typeIds[i];
    }

    /** When the {@code i}-th newest event happened, in epoch seconds. */
    public long epochSecond(int i) {
        return epochSeconds[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Engagement e && Arrays.equals(e.types, types) && Arrays.equals(e.epochSeconds, epochSeconds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(types) + Arrays.hashCode(epochSeconds);
    }

    @Override
    public String toString() {
        return "Engagement[" + types.length + " events]";
    }

    /** Builds an {@link Engagement}; events may be added in any order. */
    public static final class Builder {
        private record Event(String type, long at) {
        }

        private final List<Event> events = new ArrayList<>();

        private Builder() {
        }

        /** Adds an event of {@code type} (e.g. {@code page_view}) at {@code at}. */
        public Builder add(String type, Instant at) {
            Objects.requireNonNull(at, "at");
            events.add(new Event(Text.name(type, "event type"), at.getEpochSecond()));
            return this;
        }

        /** The history, newest first (events of one instant keep the order they were added in). */
        public Engagement build() {
            if (events.isEmpty()) {
                return NONE;
            }
            List<Event> sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparingLong(Event::at).reversed());
            String[] t = new String[sorted.size()];
            long[] s = new long[sorted.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = sorted.get(i).type();
                s[i] = sorted.get(i).at();
            }
            return new Engagement(t, s);
        }
    }
}
