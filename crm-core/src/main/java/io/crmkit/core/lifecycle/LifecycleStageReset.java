package io.crmkit.core.lifecycle;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** An account's lifecycle was explicitly reset from one stage to another. */
public record LifecycleStageReset(AccountId accountId, LifecycleStage from, LifecycleStage to, String reason,
                                  Instant occurredAt) implements DomainEvent {
}
