package io.crmkit.scoring.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Many leads laid out for scoring in bulk ({@link Scorer#scoreInto(LeadBatch, java.time.Instant, ScoreTable)}): every
 * lead's attribute ids and values, and every lead's event types and times, copied into a few flat arrays, lead after
 * lead. Scoring a batch then reads memory front to back instead of following each lead's own objects, which is what
 * bounds the speed of scoring many leads; each lead's events are grouped by type, which changes no score. Building a
 * batch from profile and history objects ({@link #of}) costs about as much as scoring them one by one, and up to
 * five times as much when the collector moves its large arrays, so build it once and score it as often as needed
 * (every night as events age, after each rule change). A host that reads leads from its own storage can fill a batch
 * row by row with a {@link #builder()} instead, without a profile or history object per lead. Immutable and
 * thread-safe.
 */
public final class LeadBatch {

    /** The most attributes, and the most events, one batch holds: the largest array a JVM reliably allocates. */
    private static final int MAX = Integer.MAX_VALUE - 8;

    private final int size;
    /** The objects the batch was built from, or null if it was built row by row (then they are rebuilt on request). */
    private final Profile[] profiles;
    private final Engagement[] engagements;
    /** Lead i's attributes are ids[attributeStart[i]..attributeStart[i + 1]), cells and values likewise. */
    final int[] attributeStart;
    final int[] ids;
    final long[] cells;
    final Object[] values;
    /**
     * Lead i's events are typeIds[eventStart[i]..eventStart[i + 1]), by type and newest first within a type,
     * epochSeconds likewise.
     */
    final int[] eventStart;
    final int[] typeIds;
    final long[] epochSeconds;

    private LeadBatch(Profile[] profiles, Engagement[] engagements) {
        int n = profiles.length;
        this.size = n;
        this.profiles = profiles;
        this.engagements = engagements;
        attributeStart = new int[n + 1];
        eventStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            long attributes = (long) attributeStart[i] + this.profiles[i].ids.length;
            long events = (long) eventStart[i] + this.engagements[i].typeIds.length;
            if (attributes > MAX || events > MAX) {
                throw tooLarge("leads up to leads[" + i + "]");
            }
            attributeStart[i + 1] = (int) attributes;
            eventStart[i + 1] = (int) events;
        }
        ids = new int[attributeStart[n]];
        cells = new long[attributeStart[n]];
        values = new Object[attributeStart[n]];
        typeIds = new int[eventStart[n]];
        epochSeconds = new long[eventStart[n]];
        for (int i = 0; i < n; i++) {
            Profile p = this.profiles[i];
            System.arraycopy(p.ids, 0, ids, attributeStart[i], p.ids.length);
            System.arraycopy(p.cells, 0, cells, attributeStart[i], p.cells.length);
            System.arraycopy(p.byId, 0, values, attributeStart[i], p.byId.length);
            byType(this.engagements[i], eventStart[i]);
        }
    }

    private LeadBatch(Builder b) {
        size = b.leads;
        profiles = null;
        engagements = null;
        attributeStart = Arrays.copyOf(b.attributeStart, size + 1);
        ids = (int[]) b.ids.toArray();
        cells = (long[]) b.cells.toArray();
        values = (Object[]) b.values.toArray();
        eventStart = Arrays.copyOf(b.eventStart, size + 1);
        typeIds = (int[]) b.typeIds.toArray();
        epochSeconds = (long[]) b.epochSeconds.toArray();
    }

    private static IllegalArgumentException tooLarge(String what) {
        return new IllegalArgumentException(what + " have more attributes or events than one batch holds (" + MAX
                + "); split them into several batches");
    }

    /** Copies a lead's events, newest first, to {@code at} and orders them as a batch keeps them. */
    private void byType(Engagement e, int at) {
        int n = e.typeIds.length;
        System.arraycopy(e.typeIds, 0, typeIds, at, n);
        System.arraycopy(e.epochSeconds, 0, epochSeconds, at, n);
        sortByType(typeIds, epochSeconds, at, at + n);
    }

    /**
     * Orders events {@code from..to} by type and newest first within a type, as a batch keeps them (an insertion sort:
     * a lead's history is short). Scoring counts each rule's events newest first within their type and adds whole
     * centipoints, so the order between types changes no score, and events of one type in a row let the processor
     * predict the scorer's branch on the type.
     */
    private static void sortByType(int[] types, long[] seconds, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int type = types[i];
            long second = seconds[i];
            int j = i - 1;
            while (j >= from && (types[j] > type || types[j] == type && seconds[j] < second)) {
                types[j + 1] = types[j];
                seconds[j + 1] = seconds[j];
                j--;
            }
            types[j + 1] = type;
            seconds[j + 1] = second;
        }
    }

    /** A batch of {@code leads}, in their order. */
    public static LeadBatch of(List<ScoringInput> leads) {
        Objects.requireNonNull(leads, "leads");
        Profile[] profiles = new Profile[leads.size()];
        Engagement[] engagements = new Engagement[leads.size()];
        int i = 0;
        for (ScoringInput lead : leads) {
            if (lead == null) {
                throw new NullPointerException("leads[" + i + "] must not be null");
            }
            profiles[i] = lead.profile();
            engagements[i++] = lead.engagement();
        }
        return new LeadBatch(profiles, engagements);
    }

    /** Starts a batch filled lead by lead from plain values. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of leads. */
    public int size() {
        return size;
    }

    /** The profile of lead {@code i}: the one the batch was built from, or an equal one rebuilt from the batch. */
    public Profile profile(int i) {
        Objects.checkIndex(i, size);
        if (profiles != null) {
            return profiles[i];
        }
        Map<String, Object> byName = new HashMap<>();
        for (int a = attributeStart[i]; a < attributeStart[i + 1]; a++) {
            byName.put(Vocabulary.name(ids[a]), values[a]);
        }
        return byName.isEmpty() ? Profile.empty() : Profile.of(Map.copyOf(byName));
    }

    /**
     * The events of lead {@code i}: the history the batch was built from, or one rebuilt from the batch with the same
     * events (events of one instant may come in another order, which changes no score).
     */
    public Engagement engagement(int i) {
        Objects.checkIndex(i, size);
        if (engagements != null) {
            return engagements[i];
        }
        Engagement.Builder history = Engagement.builder();
        for (int e = eventStart[i]; e < eventStart[i + 1]; e++) {
            history.add(Vocabulary.name(typeIds[e]), Instant.ofEpochSecond(epochSeconds[e]));
        }
        return history.build();
    }

    /**
     * Fills a batch lead by lead from plain values, validated and normalised as {@link Profile.Builder} and
     * {@link Engagement.Builder} do: set the current lead's attributes and add its events, then {@link #endLead()}.
     * A value that is refused leaves the lead as it was. Not thread-safe.
     */
    public static final class Builder {
        private int leads;
        private int[] attributeStart = new int[64];
        private int[] eventStart = new int[64];
        // the current lead's attributes (sorted at its end) and its events
        private int leadAttributes;
        private int[] leadIds = new int[16];
        private long[] leadCells = new long[16];
        private Object[] leadValues = new Object[16];
        private int leadEvents;
        private int[] leadTypes = new int[16];
        private long[] leadSeconds = new long[16];
        // the ended leads' columns
        private final Blocks ids = new Blocks(int[]::new);
        private final Blocks cells = new Blocks(long[]::new);
        private final Blocks values = new Blocks(Object[]::new);
        private final Blocks typeIds = new Blocks(int[]::new);
        private final Blocks epochSeconds = new Blocks(long[]::new);

        private Builder() {
        }

        /** A text attribute of the current lead (stored stripped and lower-cased); blank text is ignored. */
        public Builder text(String attribute, String value) {
            String name = Text.attribute(attribute);
            String text = Profile.textValue(name, value);
            if (text != null) {
                put(name, text);
            }
            return this;
        }

        /** A numeric attribute of the current lead; NaN and infinities are rejected. */
        public Builder number(String attribute, double value) {
            String name = Text.attribute(attribute);
            put(name, Profile.numberValue(name, value));
            return this;
        }

        /** A yes/no attribute of the current lead. */
        public Builder flag(String attribute, boolean value) {
            put(Text.attribute(attribute), value);
            return this;
        }

        /** A multi-valued text attribute of the current lead (each value normalised); an empty collection is ignored. */
        public Builder texts(String attribute, Collection<String> value) {
            String name = Text.attribute(attribute);
            Set<String> set = Profile.textsValue(name, value);
            if (set != null) {
                put(name, set);
            }
            return this;
        }

        /** Sets attribute {@code name} (validated) of the current lead to {@code value}, replacing an earlier value. */
        private void put(String name, Object value) {
            int id = Vocabulary.id(name);
            for (int a = 0; a < leadAttributes; a++) {
                if (leadIds[a] == id) {
                    leadValues[a] = value;
                    return;
                }
            }
            if (leadAttributes == leadIds.length) {
                leadIds = Arrays.copyOf(leadIds, 2 * leadAttributes);
                leadCells = Arrays.copyOf(leadCells, 2 * leadAttributes);
                leadValues = Arrays.copyOf(leadValues, 2 * leadAttributes);
            }
            leadIds[leadAttributes] = id;
            leadValues[leadAttributes++] = value;
        }

        /** An event of the current lead, of {@code type} (e.g. {@code page_view}) at {@code at}. */
        public Builder event(String type, Instant at) {
            int id = Vocabulary.id(Text.name(type, "event type"));
            long second = Objects.requireNonNull(at, "at").getEpochSecond();
            if (leadEvents == leadTypes.length) {
                leadTypes = Arrays.copyOf(leadTypes, 2 * leadEvents);
                leadSeconds = Arrays.copyOf(leadSeconds, 2 * leadEvents);
            }
            leadTypes[leadEvents] = id;
            leadSeconds[leadEvents++] = second;
            return this;
        }

        /** Ends the current lead (with whatever it has, possibly nothing) and returns its index in the batch. */
        public int endLead() {
            int n = leadAttributes;
            if ((long) attributeStart[leads] + n > MAX || (long) eventStart[leads] + leadEvents > MAX || leads == MAX - 1) {
                throw tooLarge("the leads so far and this one");
            }
            for (int i = 1; i < n; i++) { // insertion by id: profiles are small
                int id = leadIds[i];
                Object value = leadValues[i];
                int j = i - 1;
                while (j >= 0 && leadIds[j] > id) {
                    leadIds[j + 1] = leadIds[j];
                    leadValues[j + 1] = leadValues[j];
                    j--;
                }
                leadIds[j + 1] = id;
                leadValues[j + 1] = value;
            }
            for (int a = 0; a < n; a++) {
                leadCells[a] = Profile.cell(leadValues[a]);
            }
            sortByType(leadTypes, leadSeconds, 0, leadEvents);
            ids.append(leadIds, n);
            cells.append(leadCells, n);
            values.append(leadValues, n);
            typeIds.append(leadTypes, leadEvents);
            epochSeconds.append(leadSeconds, leadEvents);
            if (leads + 2 > attributeStart.length) {
                attributeStart = Arrays.copyOf(attributeStart, (int) Math.min(MAX, 2L * attributeStart.length));
                eventStart = Arrays.copyOf(eventStart, (int) Math.min(MAX, 2L * eventStart.length));
            }
            attributeStart[leads + 1] = attributeStart[leads] + n;
            eventStart[leads + 1] = eventStart[leads] + leadEvents;
            Arrays.fill(leadValues, 0, n, null);
            leadAttributes = 0;
            leadEvents = 0;
            return leads++;
        }

        /**
         * The batch of the leads ended so far, and of the current one if it has any attribute or event. The builder
         * can go on: a later batch holds these leads and the ones added after.
         */
        public LeadBatch build() {
            if (leadAttributes > 0 || leadEvents > 0) {
                endLead();
            }
            return new LeadBatch(this);
        }
    }

    /**
     * A column filled in blocks of {@value #BLOCK} elements and copied into one array at the end: a growing column
     * never allocates and copies an array as large as itself, which the collector would have to move or mark.
     */
    private static final class Blocks {
        private static final int BLOCK = 1 << 14;

        private final IntFunction<Object> create;
        private final List<Object> full = new ArrayList<>();
        private Object current;
        private int used = BLOCK;

        Blocks(IntFunction<Object> create) {
            this.create = create;
        }

        /** Appends the first {@code length} elements of {@code source}, an array of this column's type. */
        void append(Object source, int length) {
            for (int from = 0; from < length; ) {
                if (used == BLOCK) {
                    if (current != null) {
                        full.add(current);
                    }
                    current = create.apply(BLOCK);
                    used = 0;
                }
                int n = Math.min(length - from, BLOCK - used);
                System.arraycopy(source, from, current, used, n);
                used += n;
                from += n;
            }
        }

        /** The elements appended so far, as one array. */
        Object toArray() {
            int length = full.size() * BLOCK + (current == null ? 0 : used);
            Object out = create.apply(length);
            int at = 0;
            for (Object block : full) {
                System.arraycopy(block, 0, out, at, BLOCK);
                at += BLOCK;
            }
            if (current != null) {
                System.arraycopy(current, 0, out, at, used);
            }
            return out;
        }
    }
}
