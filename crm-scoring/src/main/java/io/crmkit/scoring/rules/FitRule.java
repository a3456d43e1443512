package io.crmkit.scoring.rules;


/**
 * A profile rule: {@code points} (negative for a poor fit, such as a competitor's domain) when {@code condition}
 * holds. Counts in the {@link Dimension#FIT fit} dimension.
 *
 * @param id        unique within the rule set, used in explanations
 * @param condition what the profile must satisfy
 * @param points    -10,000 to 10,000
 * @param reason    a human explanation, e.g. "Works in software"
 */
public record FitRule(String id, Condition condition, int points, String reason) {

    /** Validates. */
    public FitRule {
        id = Text.name(id, "rule id");
        if (condition == null) {
            throw new NullPointerException("condition of rule " + id + " must not be null");
        }
        Rules.requirePoints(points, id);
        reason = Rules.reason(reason, id);
    }
}
