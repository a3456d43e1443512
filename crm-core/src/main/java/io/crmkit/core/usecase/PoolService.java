package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.internal.Require;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.pool.ClaimRefusal;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.ClaimUsage;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.pool.RecycleDue;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Use cases of one public pool: put customers in, claim them under the caps, hand them out, give them back, and
 * sweep the pool (recycle neglected customers, remind their holders). Each call is one transaction and every move
 * publishes its event. A claim is atomic: of two reps claiming one customer at once, one gets it and the other a
 * {@link ClaimRefusal#ALREADY_HELD} refusal. When a rep takes a customer, the account's owner becomes that rep; when
 * the customer returns to the pool, the account keeps its last owner as the owner of record.
 */
public final class PoolService {

    private final CrmPorts ports;
    private final UnitOfWork work;
    private final PooledAccounts entries;
    private final PoolRules rules;

    PoolService(CrmPorts ports, UnitOfWork work, PooledAccounts entries, PoolRules rules) {
        this.ports = ports;
        this.work = work;
        this.entries = entries;
        this.rules = rules;
    }

    /** The rules this pool runs by. */
    public PoolRules rules() {
        return rules;
    }

    /** Puts account {@code id} into the pool, unheld, at the account's tier. Refused if it is in a pool already. */
    public PooledAccount enter(AccountId id) {
        Require.nonNull(id, "id");
        return ports.transactions().inTransaction(() -> {
            Account account = UnitOfWork.found(ports.accounts().find(id), "account", id);
            entries.find(id).ifPresent(e -> {
                throw new IllegalStateException("account " + id + " is already in pool '" + e.pool() + "'");
            });
            return work.apply(PooledAccount.enter(id, rules.name(), account.tier(), work.now()), entries::save);
        });
    }

    /** The pool entry of {@code id}, if it has one. */
    public Optional<PooledAccount> find(AccountId id) {
        return entries.find(Require.nonNull(id, "id"));
    }

    /**
     * {@code user} claims customer {@code id}. Refused, changing nothing, when it is held or locked, when the user
     * reached the daily claim cap or the holding cap, or within the cooldown after they held it.
     */
    public ClaimResult claim(AccountId id, UserId user) {
        Require.nonNull(id, "id");
        Require.nonNull(user, "user");
        try {
            return ports.transactions().inTransaction(() -> {
                PooledAccount entry = entry(id);
                Instant now = work.now();
                ClaimResult result = entry.claim(user, now, usage(user, now), rules);
                if (result instanceof ClaimResult.Claimed claimed) {
                    PooledAccount saved = work.apply(claimed.change(), entries::save);
                    takeOwnership(id, user);
                    return new ClaimResult.Claimed(new Changed<>(saved, claimed.change().events()));
                }
                return result;
            });
        } catch (ConcurrentUpdateException conflict) {
            PooledAccount now = entry(id);
            if (now.inPool()) {
                throw conflict; // something else changed meanwhile (the account, say): nothing was claimed, try again
            }
            return new ClaimResult.Refused(ClaimRefusal.ALREADY_HELD, "customer " + id + " was claimed at the same time by "
                    + now.holding().orElseThrow().owner());
        }
    }

    /**
     * A manager hands customer {@code id} to {@code to}: out of the pool (protection starts now, caps do not apply)
     * or from another rep (the recycling clock is kept).
     */
    public PooledAccount assign(AccountId id, UserId to) {
        Require.nonNull(to, "to");
        return ports.transactions().inTransaction(() -> {
            PooledAccount saved = work.apply(entry(id).assignTo(to, work.now()), entries::save);
            takeOwnership(id, to);
            return saved;
        });
    }

    /**
     * Moves every customer {@code from} holds in this pool to {@code to} in one transaction, keeping each one's
     * recycling clock: for a rep who leaves. Returns the customers moved.
     */
    public List<PooledAccount> transferAll(UserId from, UserId to) {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        return ports.transactions().inTransaction(() -> {
            List<PooledAccount> moved = new ArrayList<>();
            for (PooledAccount entry : heldInThisPool(from)) {
                moved.add(work.apply(entry.assignTo(to, work.now()), entries::save));
                takeOwnership(entry.id(), to);
            }
            return moved;
        });
    }

    /** Returns every customer {@code from} holds in this pool to the pool, with {@code reason}: for a rep who leaves. */
    public List<PooledAccount> returnAll(UserId from, String reason) {
        Require.nonNull(from, "from");
        return ports.transactions().inTransaction(() -> {
            List<PooledAccount> returned = new ArrayList<>();
            for (PooledAccount entry : heldInThisPool(from)) {
                returned.add(work.apply(entry.giveBack(from, reason, work.now()), entries::save));
            }
            return returned;
        });
    }

    /**
     * Sends every account {@code from} owns to this pool, for an owner who leaves: customers they hold here are given
     * back with {@code reason}, and accounts not in any pool enter this one unheld. Accounts held in another pool are
     * left to that pool. One transaction; returns the entries now in this pool.
     */
    public List<PooledAccount> takeOverAccountsOf(UserId from, String reason) {
        Require.nonNull(from, "from");
        return ports.transactions().inTransaction(() -> {
            List<PooledAccount> taken = new ArrayList<>();
            for (Account account : ports.accounts().findByOwner(from)) {
                Optional<PooledAccount> entry = entries.find(account.id());
                if (entry.isEmpty()) {
                    taken.add(work.apply(PooledAccount.enter(account.id(), rules.name(), account.tier(), work.now()), entries::save));
                } else if (entry.get().pool().equals(rules.name()) && entry.get().heldBy(from)) {
                    taken.add(work.apply(entry.get().giveBack(from, reason, work.now()), entries::save));
                }
            }
            return taken;
        });
    }

    /** The holder {@code by} gives customer {@code id} back, with a reason. */
    public PooledAccount giveBack(AccountId id, UserId by, String reason) {
        return change(id, (e, at) -> e.giveBack(by, reason, at));
    }

    /** Locks (or unlocks) customer {@code id}: locked customers are neither claimed nor recycled. */
    public PooledAccount lock(AccountId id, boolean lock) {
        return change(id, (e, at) -> e.lock(lock, at));
    }

    /** Records a won deal with held customer {@code id}: it is not recycled from now on. */
    public PooledAccount recordWin(AccountId id) {
        return change(id, (e, at) -> e.recordWin(at));
    }

    /** When held customer {@code id} returns to the pool, or empty if it is unheld or exempt. */
    public Optional<RecycleDue> recycleDue(AccountId id) {
        PooledAccount entry = entry(id);
        return entry.recycleDue(followUps(entry.id()), rules);
    }

    /**
     * Recycles every held customer of this pool whose deadline has passed and reminds the holders of those whose
     * reminder has come (once per deadline). Each customer is its own transaction, so one conflict does not undo the
     * others; a customer changed concurrently is left for the next sweep.
     */
    public Sweep sweep() {
        List<AccountId> recycled = new ArrayList<>();
        List<AccountId> reminded = new ArrayList<>();
        List<AccountId> skipped = new ArrayList<>();
        for (PooledAccount held : entries.held(rules.name())) {
            try {
                ports.transactions().inTransaction(() -> {
                    PooledAccount entry = entry(held.id());
                    Changed<PooledAccount> change = entry.sweep(entry.recycleDue(followUps(entry.id()), rules), work.now());
                    work.apply(change, entries::save);
                    if (change.changed()) {
                        (change.aggregate().inPool() ? recycled : reminded).add(entry.id());
                    }
                    return null;
                });
            } catch (ConcurrentUpdateException changedMeanwhile) {
                skipped.add(held.id());
            }
        }
        return new Sweep(recycled, reminded, skipped);
    }

    /**
     * What a sweep did.
     *
     * @param recycled customers sent back to the pool
     * @param reminded customers whose holders were reminded
     * @param skipped  customers changed concurrently, left for the next sweep
     */
    public record Sweep(List<AccountId> recycled, List<AccountId> reminded, List<AccountId> skipped) {
        /** Copies the lists. */
        public Sweep {
            recycled = List.copyOf(recycled);
            reminded = List.copyOf(reminded);
            skipped = List.copyOf(skipped);
        }
    }

    /** Loads entry {@code id}, applies {@code command} at the current instant and stores the result, in one transaction. */
    private PooledAccount change(AccountId id, BiFunction<PooledAccount, Instant, Changed<PooledAccount>> command) {
        return ports.transactions().inTransaction(() -> work.apply(command.apply(entry(id), work.now()), entries::save));
    }

    private PooledAccount entry(AccountId id) {
        return UnitOfWork.found(entries.find(Require.nonNull(id, "id")), "pool entry of account", id);
    }

    private List<PooledAccount> heldInThisPool(UserId owner) {
        return entries.heldBy(owner).stream().filter(e -> e.pool().equals(rules.name())).toList();
    }

    private ClaimUsage usage(UserId user, Instant now) {
        Instant startOfDay = LocalDate.ofInstant(now, ports.clock().getZone()).atStartOfDay(ports.clock().getZone()).toInstant();
        int claimsToday = (int) entries.claimedSince(user, startOfDay).stream().filter(e -> e.pool().equals(rules.name())).count();
        int holding = (int) heldInThisPool(user).stream()
                .filter(e -> rules.wonCountTowardsHolding() || e.wonAt().isEmpty()).count();
        return new ClaimUsage(claimsToday, holding);
    }

    private List<Instant> followUps(AccountId id) {
        return ports.activities().findByAccount(id).stream()
                .filter(a -> a.status() == ActivityStatus.DONE)
                .map(Activity::timelineInstant)
                .toList();
    }

    private void takeOwnership(AccountId id, UserId owner) {
        Account account = UnitOfWork.found(ports.accounts().find(id), "account", id);
        work.apply(account.reassign(owner, work.now()), ports.accounts()::save);
    }
}
