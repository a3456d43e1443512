package io.crmkit.core.dedupe;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;

/**
 * Duplicate leads were merged into {@code master}: every merged lead with its previous status (each is now
 * DISQUALIFIED as a DUPLICATE, or stayed DISQUALIFIED), every master field filled or replaced with its old value,
 * the tags the master gained and the activities moved to it. Enough for a host to undo the merge.
 */
public record LeadsMerged(LeadId master, List<MergedLead> merged, List<FieldTaken> fieldsTaken, List<String> tagsAdded,
                          List<ActivityId> activitiesMoved, Instant occurredAt) implements DomainEvent {

    /** Validates. */
    public LeadsMerged {
        Require.nonNull(master, "master");
        merged = Require.listOf(merged, "merged");
        fieldsTaken = Require.listOf(fieldsTaken, "fieldsTaken");
        tagsAdded = Require.listOf(tagsAdded, "tagsAdded");
        activitiesMoved = Require.listOf(activitiesMoved, "activitiesMoved");
        Require.nonNull(occurredAt, "occurredAt");
        Require.argument(!merged.isEmpty(), "a merge needs at least one merged lead");
    }

    /** The ids of the merged leads. */
    public List<LeadId> mergedIds() {
        return merged.stream().map(MergedLead::id).toList();
    }
}
