package io.crmkit.pricing.quote;

/** Where a quote is in its lifecycle. */
public enum QuoteStatus {
    /** Being written; lines may change. */
    DRAFT,
    /** Waiting for approvers. */
    IN_REVIEW,
    /** Approved (or needing no approval); may be presented. */
    APPROVED,
    /** In the customer's hands. */
    PRESENTED,
    /** The customer accepted it. */
    ACCEPTED,
    /** The customer turned it down. */
    REJECTED,
    /** Its validity ended before the customer accepted it. */
    EXPIRED
}
