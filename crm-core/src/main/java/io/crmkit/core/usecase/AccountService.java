package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountRole;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Account use cases: open an account directly (not from a lead), update its profile, tier, tags and roles, hand it
 * to another owner, place it under a parent. Each call is one transaction; unknown ids throw
 * {@link java.util.NoSuchElementException}.
 */
public final class AccountService {

    private static final int MAX_HIERARCHY_DEPTH = 100;

    private final CrmPorts ports;
    private final UnitOfWork work;

    AccountService(CrmPorts ports, UnitOfWork work) {
        this.ports = ports;
        this.work = work;
    }

    /** Opens a prospect account; its lifecycle starts at LEAD. */
    public Account open(String name, CompanyProfile profile, UserId owner) {
        return ports.transactions().inTransaction(() ->
                work.apply(Account.open(AccountId.newId(), name, profile, owner, work.now()), ports.accounts()::save));
    }

    /** The account with {@code id}, if stored. */
    public Optional<Account> find(AccountId id) {
        return ports.accounts().find(Require.nonNull(id, "id"));
    }

    /** Replaces the firmographics. */
    public Account updateProfile(AccountId id, CompanyProfile profile) {
        return change(id, (a, at) -> a.withProfile(profile, at));
    }

    /** Sets the tier (VIP level). */
    public Account setTier(AccountId id, Tier tier) {
        return change(id, (a, at) -> a.withTier(tier, at));
    }

    /** Replaces the tags. */
    public Account setTags(AccountId id, Tags tags) {
        return change(id, (a, at) -> a.withTags(tags, at));
    }

    /** Adds a role (partner, supplier, ...). */
    public Account addRole(AccountId id, AccountRole role) {
        return change(id, (a, at) -> a.addRole(role, at));
    }

    /** Hands the account to {@code owner}. */
    public Account reassign(AccountId id, UserId owner) {
        return change(id, (a, at) -> a.reassign(owner, at));
    }

    /**
     * Places the account under {@code parent}, which must exist and must not be the account itself or one of its
     * subsidiaries (no cycles in the hierarchy).
     */
    public Account setParent(AccountId id, AccountId parent) {
        Require.nonNull(parent, "parent");
        return change(id, (a, at) -> {
            Set<AccountId> seen = new HashSet<>();
            seen.add(a.id());
            Optional<AccountId> next = Optional.of(parent);
            while (next.isPresent()) {
                AccountId current = next.get();
                Require.argument(seen.add(current), "parent " + parent + " would make account " + a.id()
                        + " its own ancestor");
                Require.argument(seen.size() <= MAX_HIERARCHY_DEPTH, "account hierarchy deeper than " + MAX_HIERARCHY_DEPTH);
                next = UnitOfWork.found(ports.accounts().find(current), "parent account", current).parent();
            }
            return a.withParent(parent, at);
        });
    }

    private Account change(AccountId id, BiFunction<Account, Instant, Changed<Account>> command) {
        return ports.transactions().inTransaction(() -> {
            Account a = UnitOfWork.found(ports.accounts().find(Require.nonNull(id, "id")), "account", id);
            return work.apply(command.apply(a, work.now()), ports.accounts()::save);
        });
    }
}
