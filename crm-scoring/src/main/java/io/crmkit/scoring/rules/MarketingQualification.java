package io.crmkit.scoring.rules;

import io.crmkit.core.lead.LeadId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The MQL threshold with hysteresis: {@link LeadBecameMarketingQualified} is emitted when a lead's score reaches the
 * threshold, once, and not again until a score below the threshold has been seen and the threshold is crossed
 * again. Pure: the host keeps each lead's last {@link LeadScore#marketingQualified()} flag and passes it back.
 */
public final class MarketingQualification {

    private MarketingQualification() {
    }

    /**
     * The event to emit for a lead whose previous score was {@code wasQualified} and whose new score (from
     * {@code ruleSet}) is {@code score}; empty if the threshold was not crossed upwards.
     */
    public static Optional<LeadBecameMarketingQualified> crossing(LeadId lead, boolean wasQualified, LeadScore score,
                                                                  RuleSet ruleSet, Instant at) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(at, "at");
        if (wasQualified || !score.marketingQualified()) {
            return Optional.empty();
        }
        return Optional.of(new LeadBecameMarketingQualified(lead, score.total(), ruleSet.marketingQualifiedThreshold(),
                ruleSet.id(), ruleSet.version(), at));
    }
}
