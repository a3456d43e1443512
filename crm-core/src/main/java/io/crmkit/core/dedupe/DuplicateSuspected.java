package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;

/** A lead was captured and stored, but it may duplicate the {@code matches} (best first), for a person to review. */
public record DuplicateSuspected(LeadId lead, SourceChannel channel, List<Match> matches, Instant occurredAt)
        implements DomainEvent {

    /** Validates. */
    public DuplicateSuspected {
        Require.nonNull(lead, "lead");
        Require.nonNull(channel, "channel");
        matches = Require.listOf(matches, "matches");
        Require.argument(!matches.isEmpty(), "a suspected duplicate names at least one match");
        Require.nonNull(occurredAt, "occurredAt");
    }

    /** The ids the lead may duplicate, best match first. */
    public List<LeadId> mayDuplicate() {
        return matches.stream().map(m -> m.other(lead)).toList();
    }
}
