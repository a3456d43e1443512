package io.crmkit.core.activity;

import io.crmkit.core.shared.DomainEvent;
import java.time.Instant;

/** An open activity was cancelled. */
public record ActivityCancelled(ActivityId activityId, Links links, String reason, Instant occurredAt) implements DomainEvent {
}
