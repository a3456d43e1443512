package io.crmkit.core.activity;

import io.crmkit.core.shared.DomainEvent;
import java.time.Instant;
import java.util.Optional;

/** An open activity's due time moved. */
public record ActivityRescheduled(ActivityId activityId, Optional<Instant> from, Instant to, Instant occurredAt) implements DomainEvent {
}
