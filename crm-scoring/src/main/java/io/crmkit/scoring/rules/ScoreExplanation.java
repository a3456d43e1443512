package io.crmkit.scoring.rules;

import java.util.List;

/**
 * A score with the contributions that make it up ("why is this lead hot?"): the centipoints of the contributions
 * of each dimension add up to that dimension's score, and all of them to the total.
 */
public record ScoreExplanation(LeadScore score, List<Contribution> contributions) {

    /** Copies the contributions. */
    public ScoreExplanation {
        contributions = List.copyOf(contributions);
    }
}
