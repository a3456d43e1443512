package io.crmkit.core.port;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where customers' places in public pools are stored. */
public interface PooledAccounts {

    /** The pool entry of account {@code id}, if it has one. */
    Optional<PooledAccount> find(AccountId id);

    /**
     * Stores {@code entry} with optimistic locking (see {@link Leads#save}): of two claims on one customer, the second
     * save throws {@link io.crmkit.core.shared.ConcurrentUpdateException}.
     */
    PooledAccount save(PooledAccount entry);

    /** The customers {@code owner} holds, in any pool. */
    List<PooledAccount> heldBy(UserId owner);

    /**
     * The customers {@code user} claimed at or after {@code since}: one element per claim made, even if the customer
     * was returned and claimed by someone else since (the daily claim cap counts them). Assignments by a manager are
     * not claims. An adapter for a store that runs transactions in parallel must also serialise the claims of one
     * user (for example by locking a row per user), or two claims at once could both pass the caps.
     */
    List<PooledAccount> claimedSince(UserId user, Instant since);

    /** The held customers of pool {@code pool}: the ones a recycling sweep looks at. */
    List<PooledAccount> held(String pool);
}
