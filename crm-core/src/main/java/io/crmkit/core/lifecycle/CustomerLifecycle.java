package io.crmkit.core.lifecycle;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle stage of one account and how it got there. {@link #advanceTo} only moves forwards (a request to
 * move back or stay is no change, so events may arrive in any order); {@link #reset} moves anywhere, with a reason.
 */
public record CustomerLifecycle(AccountId id, long version, LifecycleStage stage, List<LifecycleChange> history)
        implements Aggregate<AccountId> {

    /** Validates: the history is non-empty and ends in {@code stage}. */
    public CustomerLifecycle {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        Require.nonNull(stage, "stage");
        history = Require.listOf(history, "history");
        Require.argument(!history.isEmpty() && history.get(history.size() - 1).to() == stage,
                "lifecycle of account " + id + " must have a history ending in " + stage);
    }

    /** Starts tracking {@code account} at {@code stage}. */
    public static Changed<CustomerLifecycle> start(AccountId account, LifecycleStage stage, String cause, Instant at) {
        LifecycleChange first = new LifecycleChange(Optional.empty(), stage, cause, at);
        return Changed.of(new CustomerLifecycle(account, 0, stage, List.of(first)),
                new LifecycleStageAdvanced(account, Optional.empty(), stage, first.cause(), at));
    }

    /** Moves forward to {@code target}; no change if the account is already there or further. */
    public Changed<CustomerLifecycle> advanceTo(LifecycleStage target, String cause, Instant at) {
        Require.nonNull(target, "target");
        if (!target.isAfter(stage)) {
            return Changed.none(this);
        }
        LifecycleStage.TRANSITIONS.require("lifecycle of account " + id, stage, target);
        return Changed.of(append(target, cause, at), new LifecycleStageAdvanced(id, Optional.of(stage), target, cause, at));
    }

    /** Moves to any other stage, typically backwards (a customer who asked to be treated as a lead again). */
    public Changed<CustomerLifecycle> reset(LifecycleStage target, String reason, Instant at) {
        Require.nonNull(target, "target");
        Require.argument(target != stage, "lifecycle of account " + id + " is already at " + stage);
        return Changed.of(append(target, reason, at), new LifecycleStageReset(id, stage, target, reason, at));
    }

    /** The same lifecycle at {@code storedVersion}; for stores. */
    public CustomerLifecycle withVersion(long storedVersion) {
        return new CustomerLifecycle(id, storedVersion, stage, history);
    }

    private CustomerLifecycle append(LifecycleStage target, String cause, Instant at) {
        List<LifecycleChange> next = new ArrayList<>(history);
        next.add(new LifecycleChange(Optional.of(stage), target, cause, at));
        return new CustomerLifecycle(id, version, target, next);
    }
}
