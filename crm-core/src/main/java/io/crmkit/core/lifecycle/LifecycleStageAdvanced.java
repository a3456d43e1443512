package io.crmkit.core.lifecycle;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.Optional;

/** An account's lifecycle moved forward (or started, when {@code from} is empty). */
public record LifecycleStageAdvanced(AccountId accountId, Optional<LifecycleStage> from, LifecycleStage to, String cause,
                                     Instant occurredAt) implements DomainEvent {
}
