package io.crmkit.scoring.rules;

import java.util.Optional;

/**
 * One line of a score's explanation: a rule (or a cap, with an id starting {@code cap:}) and the points it added,
 * in hundredths of a point so that contributions add up to the score exactly.
 *
 * @param ruleId      the rule, or {@code cap:fit}, {@code cap:engagement}, {@code cap:group:NAME}, {@code cap:total}
 * @param dimension   the dimension it counts in; empty for {@code cap:total}, which applies to the combined score
 * @param centipoints points times 100
 * @param reason      why, e.g. "Requested a demo (2 events)"
 */
public record Contribution(String ruleId, Optional<Dimension> dimension, long centipoints, String reason) {

    /** The points, e.g. 12.5. */
    public double points() {
        return centipoints / 100.0;
    }
}
