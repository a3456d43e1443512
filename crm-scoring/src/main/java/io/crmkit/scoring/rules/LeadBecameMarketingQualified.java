package io.crmkit.scoring.rules;

import io.crmkit.core.lead.LeadId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** A lead's combined score reached the MQL threshold of rule set {@code ruleSetId} version {@code version}. */
public record LeadBecameMarketingQualified(LeadId leadId, double score, double threshold, String ruleSetId, int version,
                                           Instant occurredAt) implements DomainEvent {
}
