package io.crmkit.core.assignment;

/** How a team picks the rep for a lead, among the members who may take it today. */
public enum Distribution {
    /**
     * In member order, after the last one assigned; if that rep has left the team, from the rep now in their place.
     */
    ROUND_ROBIN,
    /** The member with the smallest share of their monthly capacity used; ties in round-robin order. */
    LOAD_BALANCED,
    /** Members with the most skills among the lead's product interests, round-robin among them; everyone if nobody has one. */
    SKILL_MATCH,
    /**
     * Smooth weighted round-robin: over time each member gets leads in proportion to their weight. The credit is kept
     * per rep, so it survives reordering the team; ties go to the member listed first.
     */
    WEIGHTED
}
