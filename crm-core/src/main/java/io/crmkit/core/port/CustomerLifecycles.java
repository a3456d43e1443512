package io.crmkit.core.port;

import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.party.AccountId;
import java.util.Optional;

/** Where accounts' lifecycle stages are stored. */
public interface CustomerLifecycles {
    /** The lifecycle of {@code account}, if tracked. */
    Optional<CustomerLifecycle> find(AccountId account);

    /** Stores {@code lifecycle} with optimistic locking (see {@link Leads#save}). */
    CustomerLifecycle save(CustomerLifecycle lifecycle);
}
