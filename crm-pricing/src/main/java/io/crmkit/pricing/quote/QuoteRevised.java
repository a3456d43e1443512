package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;

import java.time.Instant;

/** A new version of a quote was created as a draft; the previous one stays as it was. */
public record QuoteRevised(QuoteId quoteId, int versionNumber, int previousVersionNumber, QuoteStatus previousStatus, Money grandTotal,
                           Instant occurredAt) implements QuoteEvent {
}
