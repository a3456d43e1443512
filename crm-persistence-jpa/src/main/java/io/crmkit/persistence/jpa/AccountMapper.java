package io.crmkit.persistence.jpa;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountRole;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.UserId;

/** Copies an {@link Account} into an {@link AccountRow} and back. */
final class AccountMapper {

    private AccountMapper() {
    }

    static void write(Account account, AccountRow row) {
        row.name = account.name();
        row.roles = Columns.enums(account.roles());
        row.profile = ProfileColumns.of(account.profile());
        row.tier = account.tier().name();
        row.owner = account.owner().value();
        row.parent = account.parent().map(AccountId::value).orElse(null);
        row.tags = Columns.tags(account.tags());
        row.createdAt = account.createdAt();
    }

    static Account read(AccountRow row) {
        return new Account(new AccountId(row.id), row.version, row.name, Columns.enums(row.roles, AccountRole.class),
                (row.profile == null ? new ProfileColumns() : row.profile).toProfile(), Tier.valueOf(row.tier), new UserId(row.owner),
                Columns.opt(row.parent, AccountId::new), Columns.tags(row.tags), row.createdAt);
    }
}
