package io.crmkit.core.party;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A company the host does business with: prospect, customer, partner or supplier (several at once), with its
 * firmographics, tier, owner and parent account. Immutable: commands return the new state with its events.
 */
public record Account(AccountId id, long version, String name, Set<AccountRole> roles, CompanyProfile profile,
                      Tier tier, UserId owner, Optional<AccountId> parent, Tags tags, Instant createdAt)
        implements Aggregate<AccountId> {

    /** Validates: name 1..200 characters, at least one role, not its own parent. */
    public Account {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        name = Require.text(name, "account name", 200);
        Require.nonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("account " + id + " must have at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Require.nonNull(profile, "profile");
        Require.nonNull(tier, "tier");
        Require.nonNull(owner, "owner");
        Require.nonNull(parent, "parent");
        if (parent.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("account " + id + " cannot be its own parent");
        }
        Require.nonNull(tags, "tags");
        Require.nonNull(createdAt, "createdAt");
    }

    /** A new prospect account owned by {@code owner}. */
    public static Changed<Account> open(AccountId id, String name, CompanyProfile profile, UserId owner, Instant at) {
        Account account = new Account(id, 0, name, Set.of(AccountRole.PROSPECT), profile, Tier.UNRATED, owner,
                Optional.empty(), Tags.empty(), at);
        return Changed.of(account, new AccountOpened(id, account.name, owner, at));
    }

    /** True if the account holds {@code role}. */
    public boolean is(AccountRole role) {
        return roles.contains(role);
    }

    /** Makes the account a customer (dropping the prospect role); no change if it already is one. */
    public Changed<Account> becomeCustomer(Instant at) {
        if (is(AccountRole.CUSTOMER)) {
            return Changed.none(this);
        }
        EnumSet<AccountRole> next = EnumSet.copyOf(roles);
        next.remove(AccountRole.PROSPECT);
        next.add(AccountRole.CUSTOMER);
        return Changed.of(with(next, profile, tier, owner, parent, tags), new AccountRolesChanged(id, roles, next, at));
    }

    /** Adds {@code role} (partner, supplier...). */
    public Changed<Account> addRole(AccountRole role, Instant at) {
        if (is(Require.nonNull(role, "role"))) {
            return Changed.none(this);
        }
        if (role == AccountRole.CUSTOMER) {
            return becomeCustomer(at);
        }
        EnumSet<AccountRole> next = EnumSet.copyOf(roles);
        next.add(role);
        return Changed.of(with(next, profile, tier, owner, parent, tags), new AccountRolesChanged(id, roles, next, at));
    }

    /** Fills the profile's empty fields from {@code other}, keeping every field already known. */
    public Changed<Account> fillEmptyFrom(CompanyProfile other, Instant at) {
        return withProfile(profile.fillEmptyFrom(other), at);
    }

    /** Replaces the profile. */
    public Changed<Account> withProfile(CompanyProfile next, Instant at) {
        List<String> fields = profile.differences(Require.nonNull(next, "profile"));
        if (fields.isEmpty()) {
            return Changed.none(this);
        }
        return Changed.of(with(roles, next, tier, owner, parent, tags), new AccountUpdated(id, fields, at));
    }

    /** Sets the tier. */
    public Changed<Account> withTier(Tier next, Instant at) {
        if (tier == Require.nonNull(next, "tier")) {
            return Changed.none(this);
        }
        return Changed.of(with(roles, profile, next, owner, parent, tags), new AccountUpdated(id, List.of("tier"), at));
    }

    /** Hands the account to another owner. */
    public Changed<Account> reassign(UserId next, Instant at) {
        if (owner.equals(Require.nonNull(next, "owner"))) {
            return Changed.none(this);
        }
        return Changed.of(with(roles, profile, tier, next, parent, tags), new AccountReassigned(id, owner, next, at));
    }

    /** Places the account under {@code parentId} (a subsidiary of it). Cycles longer than one are the caller's to check. */
    public Changed<Account> withParent(AccountId parentId, Instant at) {
        Require.nonNull(parentId, "parent");
        if (parent.filter(parentId::equals).isPresent()) {
            return Changed.none(this);
        }
        return Changed.of(with(roles, profile, tier, owner, Optional.of(parentId), tags),
                new AccountUpdated(id, List.of("parent"), at));
    }

    /** Replaces the tags. */
    public Changed<Account> withTags(Tags next, Instant at) {
        if (tags.equals(Require.nonNull(next, "tags"))) {
            return Changed.none(this);
        }
        return Changed.of(with(roles, profile, tier, owner, parent, next), new AccountUpdated(id, List.of("tags"), at));
    }

    /** The same account at {@code storedVersion}; for stores. */
    public Account withVersion(long storedVersion) {
        return new Account(id, storedVersion, name, roles, profile, tier, owner, parent, tags, createdAt);
    }

    private Account with(Set<AccountRole> r, CompanyProfile p, Tier t, UserId o, Optional<AccountId> pa, Tags tg) {
        return new Account(id, version, name, r, p, t, o, pa, tg, createdAt);
    }
}
