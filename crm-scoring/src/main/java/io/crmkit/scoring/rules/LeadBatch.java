package io.crmkit.scoring.rules;

import java.util.List;
import java.util.Objects;

/**
 * Many leads laid out for scoring in bulk ({@link Scorer#scoreInto(LeadBatch, java.time.Instant, ScoreTable)}): every
 * lead's attribute ids and values, and every lead's event types and times, copied into a few flat arrays, lead after
 * lead. Scoring a batch then reads memory front to back instead of following each lead's own objects, which is what
 * bounds the speed of scoring many leads; each lead's events are grouped by type, which changes no score. Building a
 * batch costs two to six times as much as scoring its leads one by one, so build it once and score it as often as
 * needed (every night as events age, after each rule change); it keeps the profiles and histories it was built from
 * for explanations. Immutable and thread-safe.
 */
public final class LeadBatch {

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
        this.profiles = profiles;
        this.engagements = engagements;
        attributeStart = new int[n + 1];
        eventStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            long attributes = (long) attributeStart[i] + this.profiles[i].ids.length;
            long events = (long) eventStart[i] + this.engagements[i].typeIds.length;
            if (attributes > Integer.MAX_VALUE - 8 || events > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("leads up to leads[" + i + "] have more attributes or events than one batch holds ("
                        + (Integer.MAX_VALUE - 8) + "); split them into several batches");
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

    /**
     * Copies a lead's events grouped by type, newest first within a type (a stable sort by type of the newest-first
     * history). Scoring counts each rule's events newest first within their type and adds whole centipoints, so the
     * order between types changes no score; events of a type in a row let the processor predict the scorer's
     * branch on the type.
     */
    private void byType(Engagement e, int at) {
        int[] ids = e.typeIds;
        int n = ids.length;
        System.arraycopy(ids, 0, typeIds, at, n);
        System.arraycopy(e.epochSeconds, 0, epochSeconds, at, n);
        for (int i = at + 1; i < at + n; i++) { // insertion sort: histories are short, and it is stable
            int type = typeIds[i];
            long second = epochSeconds[i];
            int j = i - 1;
            while (j >= at && typeIds[j] > type) {
                typeIds[j + 1] = typeIds[j];
                epochSeconds[j + 1] = epochSeconds[j];
                j--;
            }
            typeIds[j + 1] = type;
            epochSeconds[j + 1] = second;
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

    /** The number of leads. */
    public int size() {
        return profiles.length;
    }

    /** The profile of lead {@code i}. */
    public Profile profile(int i) {
        return profiles[i];
    }

    /** The events of lead {@code i}. */
    public Engagement engagement(int i) {
        return engagements[i];
    }
}
