package io.crmkit.core.usecase;

import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What every service does with a change: store it if anything changed, publish its events, keep the lifecycle in step. */
final class UnitOfWork {

    private final CrmPorts ports;
    private final LifecycleService lifecycle;

    UnitOfWork(CrmPorts ports, LifecycleService lifecycle) {
        this.ports = ports;
        this.lifecycle = lifecycle;
    }

    Instant now() {
        return ports.clock().instant();
    }

    <A> A apply(Changed<A> change, UnaryOperator<A> save) {
        if (!change.changed()) {
            return change.aggregate();
        }
        A saved = save.apply(change.aggregate());
        publish(change.events());
        return saved;
    }

    void publish(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        ports.events().publish(events);
        if (lifecycle != null) {
            lifecycle.on(events);
        }
    }

    static <T> T found(Optional<T> value, String what, Object id) {
        return value.orElseThrow(() -> new NoSuchElementException(what + " " + id + " not found"));
    }
}
