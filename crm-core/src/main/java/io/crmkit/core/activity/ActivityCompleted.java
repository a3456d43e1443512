package io.crmkit.core.activity;

import io.crmkit.core.shared.DomainEvent;
import java.time.Instant;
import java.util.Optional;

/** An open activity was done. */
public record ActivityCompleted(ActivityId activityId, Links links, Optional<String> outcome, Instant occurredAt) implements DomainEvent {
}
