package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags customers whose probability of still being active is below a threshold, as
 * {@link CustomerChurnRiskFlagged events} for the host to publish (a retention campaign, a task for the account owner).
 *
 * @param threshold the probability below which a customer is at risk, in (0, 1]
 */
public record ChurnRisk(double threshold) {

    public ChurnRisk {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1] but was " + threshold);
        }
    }

    /** One event per customer whose P(alive) under {@code model} is below the threshold, in the customers' order. */
    public List<CustomerChurnRiskFlagged> flag(PurchaseModel model, List<CustomerSummary> customers, Instant occurredAt) {
        Checks.nonNull(model, "model");
        Checks.nonNull(customers, "customers");
        Checks.nonNull(occurredAt, "occurredAt");
        List<CustomerChurnRiskFlagged> events = new ArrayList<>();
        for (CustomerSummary c : customers) {
            double p = model.probabilityAlive(c);
            if (p < threshold) {
                events.add(new CustomerChurnRiskFlagged(c.customerId(), p, threshold, model.name(), occurredAt));
            }
        }
        return List.copyOf(events);
    }
}
