package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;

import java.time.Instant;

/** A quote was drafted with its first version. */
public record QuoteDrafted(QuoteId quoteId, int versionNumber, Money grandTotal, Instant occurredAt) implements QuoteEvent {
}
