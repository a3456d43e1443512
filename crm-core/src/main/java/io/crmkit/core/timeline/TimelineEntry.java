package io.crmkit.core.timeline;

import io.crmkit.core.internal.Require;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * One thing that happened to an account: when, what kind ({@code "activity"}, {@code "opportunity"},
 * {@code "lifecycle"}, {@code "contact"}, {@code "account"}; later modules add {@code "quote"}, {@code "order"},
 * {@code "ticket"}), a one-line summary, and the id of the record it is about.
 */
public record TimelineEntry(Instant at, String kind, String summary, UUID subject) {

    /** Time order only: sorting with it is stable, so entries of one instant keep their sources' order (cause before effect). */
    public static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator.comparing(TimelineEntry::at);

    /** Validates. */
    public TimelineEntry {
        Require.nonNull(at, "at");
        kind = Require.text(kind, "kind", 50);
        summary = Require.text(summary, "summary", 1000);
        Require.nonNull(subject, "subject");
    }
}
