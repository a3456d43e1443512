package io.crmkit.core.activity;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** An activity's links changed, e.g. a lead's activities now also point at the account it was converted into. */
public record ActivityRelinked(ActivityId activityId, Links from, Links to, Instant occurredAt) implements DomainEvent {
}
