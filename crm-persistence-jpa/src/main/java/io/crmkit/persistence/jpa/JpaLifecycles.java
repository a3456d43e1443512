package io.crmkit.persistence.jpa;

import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.CustomerLifecycles;

import java.util.Optional;

/** {@link CustomerLifecycles} in {@code crm_lifecycle} and {@code crm_lifecycle_change}. */
final class JpaLifecycles implements CustomerLifecycles {

    private final AggregateStore<AccountId, CustomerLifecycle, LifecycleRow> store;

    JpaLifecycles(Session session) {
        this.store = new AggregateStore<>(session, "lifecycle", LifecycleRow.class, LifecycleRow::new, AccountId::value,
                (row, key) -> row.account = key, LifecycleMapper::write, LifecycleMapper::read,
                CustomerLifecycle::withVersion);
    }

    @Override
    public Optional<CustomerLifecycle> find(AccountId account) {
        return store.find(account);
    }

    @Override
    public CustomerLifecycle save(CustomerLifecycle lifecycle) {
        return store.save(lifecycle);
    }
}
