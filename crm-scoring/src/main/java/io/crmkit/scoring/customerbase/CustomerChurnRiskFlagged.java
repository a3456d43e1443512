package io.crmkit.scoring.customerbase;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/**
 * A customer's probability of still being active fell below the churn-risk threshold.
 *
 * @param customerId       the customer
 * @param probabilityAlive the model's probability that the customer is still active
 * @param threshold        the threshold it fell below
 * @param model            the purchase model's name
 * @param occurredAt       when the flag was raised, from the caller's clock
 */
public record CustomerChurnRiskFlagged(String customerId, double probabilityAlive, double threshold, String model,
                                       Instant occurredAt) implements DomainEvent {
}
