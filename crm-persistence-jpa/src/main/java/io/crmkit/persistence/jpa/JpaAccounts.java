package io.crmkit.persistence.jpa;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Accounts;
import io.crmkit.core.shared.UserId;

import java.util.List;
import java.util.Objects;
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

    @Override
    public List<Account> findByOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return store.list("select a from CrmAccount a where a.owner = :owner order by a.createdAt, a.id", "owner", owner.value());
    }
}
