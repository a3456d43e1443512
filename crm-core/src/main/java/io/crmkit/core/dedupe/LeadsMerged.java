package io.crmkit.core.dedupe;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Duplicate leads were merged into {@code master}: every merged lead with its previous status (each is now
 * DISQUALIFIED as a DUPLICATE, or stayed DISQUALIFIED, or, if it was CONVERTED, stayed CONVERTED with its
 * conversion), every master field filled or replaced with its old value, the tags the master gained, the activities
 * moved to it and the opportunities of merged CONVERTED leads moved to the master's account, each with the account and
 * primary contact it had before. Enough for a host to undo the merge.
 */
public record LeadsMerged(LeadId master, List<MergedLead> merged, List<FieldTaken> fieldsTaken, List<String> tagsAdded,
                          List<ActivityId> activitiesMoved, List<OpportunityMove> opportunitiesMoved, Instant occurredAt)
        implements DomainEvent {

    /** Validates. */
    public LeadsMerged {
        Require.nonNull(master, "master");
        merged = Require.listOf(merged, "merged");
        fieldsTaken = Require.listOf(fieldsTaken, "fieldsTaken");
        tagsAdded = Require.listOf(tagsAdded, "tagsAdded");
        activitiesMoved = Require.listOf(activitiesMoved, "activitiesMoved");
        opportunitiesMoved = Require.listOf(opportunitiesMoved, "opportunitiesMoved");
        Require.nonNull(occurredAt, "occurredAt");
        Require.argument(!merged.isEmpty(), "a merge needs at least one merged lead");
        Set<LeadId> mergedIds = new HashSet<>();
        merged.forEach(m -> mergedIds.add(m.id()));
        for (OpportunityMove move : opportunitiesMoved) {
            Require.argument(mergedIds.contains(move.lead()), "opportunity " + move.opportunity()
                    + " moved from lead " + move.lead() + ", which is not among the merged leads " + mergedIds);
        }
    }

    /** A merge that moved no opportunity (no merged lead was CONVERTED, or its conversion had none). */
    public LeadsMerged(LeadId master, List<MergedLead> merged, List<FieldTaken> fieldsTaken, List<String> tagsAdded,
                       List<ActivityId> activitiesMoved, Instant occurredAt) {
        this(master, merged, fieldsTaken, tagsAdded, activitiesMoved, List.of(), occurredAt);
    }

    /**
     * The ids of the moved opportunities, each once, in the order they were first moved. {@link #opportunitiesMoved()}
     * lists every move in order: an opportunity appears there twice if it passed through the accounts of two merged
     * leads, so undo the moves in reverse order.
     */
    public List<OpportunityId> opportunityIdsMoved() {
        return opportunitiesMoved.stream().map(OpportunityMove::opportunity).distinct().toList();
    }

    /** The ids of the merged leads. */
    public List<LeadId> mergedIds() {
        return merged.stream().map(MergedLead::id).toList();
    }
}
