package io.crmkit.core.port;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import java.util.Optional;

/** Where accounts are stored. */
public interface Accounts {
    /** The account with {@code id}, if stored. */
    Optional<Account> find(AccountId id);

    /** Stores {@code account} with optimistic locking (see {@link Leads#save}). */
    Account save(Account account);
}
