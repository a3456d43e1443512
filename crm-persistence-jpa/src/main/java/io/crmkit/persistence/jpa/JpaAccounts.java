package io.crmkit.persistence.jpa;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Accounts;

import java.util.Optional;

/** {@link Accounts} in {@code crm_account}. */
final class JpaAccounts implements Accounts {

    private final AggregateStore<AccountId, Account, AccountRow> store;

    JpaAccounts(Session session) {
        this.store = new AggregateStore<>(session, "account", AccountRow.class, AccountRow::new, AccountId::value,
                (row, key) -> row.id = key, AccountMapper::write, AccountMapper::read, Account::withVersion);
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return store.find(id);
    }

    @Override
    public Account save(Account account) {
        return store.save(account);
    }
}
