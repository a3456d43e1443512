package io.crmkit.core.activity;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;
import java.time.Instant;

/** An activity was scheduled. */
public record ActivityScheduled(ActivityId activityId, ActivityType type, Links links, UserId owner, Instant due, Instant occurredAt) implements DomainEvent {
}
