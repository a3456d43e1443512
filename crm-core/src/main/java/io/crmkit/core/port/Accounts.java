package io.crmkit.core.port;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Where accounts are stored. */
public interface Accounts {
    /** The account with {@code id}, if stored. */
    Optional<Account> find(AccountId id);

    /** Stores {@code account} with optimistic locking (see {@link Leads#save}). */
    Account save(Account account);

    /** The accounts owned by {@code owner}, oldest first. */
    List<Account> findByOwner(UserId owner);
}
