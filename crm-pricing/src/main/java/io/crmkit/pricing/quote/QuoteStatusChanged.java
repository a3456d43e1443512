package io.crmkit.pricing.quote;

import java.time.Instant;

/** A quote moved from one status to another. */
public record QuoteStatusChanged(QuoteId quoteId, int versionNumber, QuoteStatus from, QuoteStatus to, Instant occurredAt) implements QuoteEvent {
}
