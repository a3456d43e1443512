package io.crmkit.pricing.quote;

import io.crmkit.core.shared.DomainEvent;

/** Something that happened to a quote. */
public sealed interface QuoteEvent extends DomainEvent permits QuoteDrafted, QuoteEdited, QuoteStatusChanged, QuoteRevised {

    /** The quote. */
    QuoteId quoteId();

    /** The version it happened to. */
    int versionNumber();
}
