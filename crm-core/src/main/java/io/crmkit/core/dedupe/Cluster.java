package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;

import java.util.List;

/**
 * Leads found to be one party: at least two members, sorted by id, and the SAME matches that linked them (a member
 * may be linked through another, so not every pair is listed).
 */
public record Cluster(List<LeadId> members, List<Match> links) {

    /** Validates. */
    public Cluster {
        members = Require.listOf(members, "members");
        links = Require.listOf(links, "links");
        Require.argument(members.size() >= 2, "a cluster needs at least two members but had " + members.size());
    }

    /** The weakest link's score: every member is at least this close to another member. */
    public double score() {
        return links.stream().mapToDouble(Match::score).min().orElse(0);
    }
}
