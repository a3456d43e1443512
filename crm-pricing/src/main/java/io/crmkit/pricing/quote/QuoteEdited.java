package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;

import java.time.Instant;

/** A draft's lines were changed and priced again. */
public record QuoteEdited(QuoteId quoteId, int versionNumber, Money grandTotal, Instant occurredAt) implements QuoteEvent {
}
