package io.crmkit.core.activity;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;
import java.time.Instant;

/** An activity that already happened was logged. */
public record ActivityLogged(ActivityId activityId, ActivityType type, Links links, UserId owner, Instant happenedAt, Instant occurredAt) implements DomainEvent {
}
