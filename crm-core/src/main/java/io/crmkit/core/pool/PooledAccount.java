package io.crmkit.core.pool;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer's place in a public pool: unheld (in the pool) or held by a rep since a claim; locked customers stay
 * where they are, and a won deal exempts a held customer from recycling. Immutable: every move returns the new state
 * with its event. Stored with optimistic locking, so of two reps claiming the same customer exactly one wins.
 *
 * @param id          the account
 * @param version     the stored version
 * @param pool        the pool's name
 * @param tier        the customer's level, which may set its follow-up period
 * @param holding     who holds it, if anyone
 * @param lastClaim   the last claim made on it (kept after it returns; a host counts a rep's claims per day by it)
 * @param lastRelease how it last came back to the pool
 * @param locked      locked customers are neither claimed nor recycled
 * @param wonAt       when a deal was last won with it while held; a won customer is not recycled
 */
public record PooledAccount(AccountId id, long version, String pool, Tier tier, Optional<Holding> holding,
                            Optional<Claim> lastClaim, Optional<Release> lastRelease, boolean locked,
                            Optional<Instant> wonAt) implements Aggregate<AccountId> {

    /** Validates. */
    public PooledAccount {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        pool = Require.text(pool, "pool", 100);
        Require.nonNull(tier, "tier");
        Require.nonNull(holding, "holding");
        Require.nonNull(lastClaim, "lastClaim");
        Require.nonNull(lastRelease, "lastRelease");
        Require.nonNull(wonAt, "wonAt");
    }

    /**
     * A claim: who and when.
     *
     * @param by the rep
     * @param at when
     */
    public record Claim(UserId by, Instant at) {
        /** Rejects nulls. */
        public Claim {
            Require.nonNull(by, "by");
            Require.nonNull(at, "at");
        }
    }

    /** Puts customer {@code id} into pool {@code pool}, unheld. */
    public static Changed<PooledAccount> enter(AccountId id, String pool, Tier tier, Instant at) {
        PooledAccount entered = new PooledAccount(id, 0, pool, tier, Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.empty());
        return Changed.of(entered, new CustomerEnteredPool(id, entered.pool, at));
    }

    /** True if no rep holds it. */
    public boolean inPool() {
        return holding.isEmpty();
    }

    /** True if {@code user} holds it. */
    public boolean heldBy(UserId user) {
        return holding.filter(h -> h.owner().equals(user)).isPresent();
    }

    /**
     * {@code user} claims the customer at {@code at}, within the caps of {@code rules} given what they already
     * {@code used}. Refused, with nothing changed, when it is held or locked, when a cap is reached, or when
     * {@code user} returned it (or lost it) less than the cooldown ago.
     */
    public ClaimResult claim(UserId user, Instant at, ClaimUsage used, PoolRules rules) {
        Require.nonNull(user, "user");
        Require.nonNull(at, "at");
        Require.nonNull(used, "used");
        Require.nonNull(rules, "rules");
        if (holding.isPresent()) {
            return new ClaimResult.Refused(ClaimRefusal.ALREADY_HELD,
                    "customer " + id + " is already held by " + holding.get().owner());
        }
        if (locked) {
            return new ClaimResult.Refused(ClaimRefusal.LOCKED, "customer " + id + " is locked");
        }
        if (used.claimsToday() >= rules.dailyClaimCap()) {
            return new ClaimResult.Refused(ClaimRefusal.DAILY_CAP, "user " + user + " made " + used.claimsToday()
                    + " claims today; pool '" + pool + "' allows " + rules.dailyClaimCap() + " a day");
        }
        if (used.holding() >= rules.holdingCap()) {
            return new ClaimResult.Refused(ClaimRefusal.HOLDING_CAP, "user " + user + " holds " + used.holding()
                    + " customers; pool '" + pool + "' allows " + rules.holdingCap());
        }
        Optional<Release> recent = lastRelease.filter(r -> r.previousOwner().equals(user));
        if (recent.isPresent()) {
            Instant free = recent.get().at().plus(Duration.ofDays(rules.cooldownDays()));
            if (at.isBefore(free)) {
                return new ClaimResult.Refused(ClaimRefusal.COOLDOWN, "user " + user + " held customer " + id
                        + " until " + recent.get().at() + " and may claim it again from " + free);
            }
        }
        PooledAccount claimed = new PooledAccount(id, version, pool, tier,
                Optional.of(new Holding(user, at, Optional.empty())), Optional.of(new Claim(user, at)), lastRelease,
                false, Optional.empty());
        return new ClaimResult.Claimed(Changed.of(claimed, new CustomerClaimed(id, pool, user, at)));
    }

    /**
     * A manager hands the customer to {@code to}: out of the pool (its protection starts now, no caps apply) or from
     * another rep (its claim instant is kept, so the recycling clock does not restart). No change if {@code to}
     * holds it already.
     */
    public Changed<PooledAccount> assignTo(UserId to, Instant at) {
        Require.nonNull(to, "to");
        Require.nonNull(at, "at");
        if (heldBy(to)) {
            return Changed.none(this);
        }
        if (locked && holding.isEmpty()) {
            throw new IllegalStateException("customer " + id + " is locked in pool '" + pool + "': unlock it before assigning it");
        }
        Optional<UserId> from = holding.map(Holding::owner);
        Holding next = holding.map(h -> new Holding(to, h.claimedAt(), Optional.empty()))
                .orElseGet(() -> new Holding(to, at, Optional.empty()));
        PooledAccount assigned = new PooledAccount(id, version, pool, tier, Optional.of(next), lastClaim, lastRelease,
                locked, wonAt);
        return Changed.of(assigned, new CustomerAssigned(id, pool, from, to, from.isPresent(), at));
    }

    /** The holder {@code by} gives the customer back, with a reason; only the holder may. */
    public Changed<PooledAccount> giveBack(UserId by, String reason, Instant at) {
        Require.nonNull(by, "by");
        if (!heldBy(by)) {
            throw new IllegalStateException("user " + by + " cannot return customer " + id + ": "
                    + holding.map(h -> "it is held by " + h.owner()).orElse("it is in the pool"));
        }
        Release release = new Release(by, at, reason);
        return Changed.of(released(release), new CustomerReturned(id, pool, by, release.reason(), at));
    }

    /**
     * Sends the customer back to the pool if {@code due} has come; a reminder instead if only its reminder has come
     * (once per deadline); otherwise no change.
     */
    public Changed<PooledAccount> sweep(Optional<RecycleDue> due, Instant at) {
        Require.nonNull(due, "due");
        Require.nonNull(at, "at");
        if (holding.isEmpty() || due.isEmpty()) {
            return Changed.none(this);
        }
        Holding held = holding.get();
        RecycleDue d = due.get();
        if (!at.isBefore(d.at())) {
            String why = d.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            Release release = new Release(held.owner(), at, "recycled: " + why);
            return Changed.of(released(release), new CustomerRecycled(id, pool, held.owner(), d.reason(), d.at(), at));
        }
        if (!at.isBefore(d.remindAt()) && !held.remindedFor().equals(Optional.of(d.at()))) {
            PooledAccount reminded = new PooledAccount(id, version, pool, tier,
                    Optional.of(new Holding(held.owner(), held.claimedAt(), Optional.of(d.at()))), lastClaim,
                    lastRelease, locked, wonAt);
            return Changed.of(reminded, new RecycleReminderDue(id, pool, held.owner(), d.at(), d.reason(), at));
        }
        return Changed.none(this);
    }

    /** When this customer returns to the pool given its follow-ups, or empty if it is unheld or exempt. */
    public Optional<RecycleDue> recycleDue(List<Instant> followUps, PoolRules rules) {
        return holding.flatMap(h -> Protection.recycleAt(h.claimedAt(), tier, followUps, locked, false, rules)
                .filter(due -> wonAt.filter(won -> won.isBefore(due.at())).isEmpty()));
    }

    /** Locks or unlocks the customer; no change if it already is. */
    public Changed<PooledAccount> lock(boolean lock, Instant at) {
        if (lock == locked) {
            return Changed.none(this);
        }
        return Changed.of(new PooledAccount(id, version, pool, tier, holding, lastClaim, lastRelease, lock, wonAt),
                new CustomerLockChanged(id, pool, lock, at));
    }

    /** Records a won deal with the held customer, exempting it from recycling. */
    public Changed<PooledAccount> recordWin(Instant at) {
        if (holding.isEmpty()) {
            throw new IllegalStateException("customer " + id + " is in the pool: a win is recorded for a held customer only");
        }
        return Changed.of(new PooledAccount(id, version, pool, tier, holding, lastClaim, lastRelease, locked,
                        Optional.of(wonAt.orElse(Require.nonNull(at, "at")))),
                new CustomerWinRecorded(id, pool, at));
    }

    /** This state at {@code storedVersion}: for adapters, after a save. */
    public PooledAccount withVersion(long storedVersion) {
        return new PooledAccount(id, storedVersion, pool, tier, holding, lastClaim, lastRelease, locked, wonAt);
    }

    private PooledAccount released(Release release) {
        return new PooledAccount(id, version, pool, tier, Optional.empty(), lastClaim, Optional.of(release), locked,
                Optional.empty());
    }
}
