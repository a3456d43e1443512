package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.shared.Ids;
import io.crmkit.core.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PooledAccounts} in {@code crm_pool_entry}, with every claim logged in {@code crm_pool_claim}. Of two claims
 * on one customer the optimistic version lets one commit; the claims of one rep are serialised by a row lock on the
 * rep's {@code crm_pool_claimant} row, taken when their claims are counted, so two claims at once cannot both pass
 * the caps.
 */
final class JpaPooledAccounts implements PooledAccounts {

    private final Session session;
    private final AggregateStore<AccountId, PooledAccount, PooledAccountRow> store;

    JpaPooledAccounts(Session session) {
        this.session = session;
        this.store = new AggregateStore<>(session, "pool entry", PooledAccountRow.class, PooledAccountRow::new,
                AccountId::value, (row, key) -> row.id = key, PooledAccountMapper::write, PooledAccountMapper::read,
                PooledAccount::withVersion);
    }

    @Override
    public Optional<PooledAccount> find(AccountId id) {
        return store.find(id);
    }

    @Override
    public PooledAccount save(PooledAccount entry) {
        Objects.requireNonNull(entry, "entry");
        return session.call(em -> {
            Optional<PooledAccount.Claim> before = entry.version() == 0 ? Optional.empty()
                    : Optional.ofNullable(em.find(PooledAccountRow.class, entry.id().value()))
                    .flatMap(PooledAccountMapper::lastClaim);
            PooledAccount saved = store.save(entry);
            entry.lastClaim().filter(c -> !before.equals(Optional.of(c))).ifPresent(c -> {
                PoolClaimRow claim = new PoolClaimRow();
                claim.id = Ids.next();
                claim.account = entry.id().value();
                claim.claimedBy = c.by().value();
                claim.claimedAt = c.at();
                em.persist(claim);
            });
            return saved;
        });
    }

    @Override
    public List<PooledAccount> heldBy(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return store.list("select r from CrmPooledAccount r where r.holder = :owner order by r.heldSince, r.id",
                "owner", owner.value());
    }

    @Override
    public List<PooledAccount> claimedSince(UserId user, Instant since) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
        return session.call(em -> {
            lockClaimant(em, user.value());
            return em.createQuery("select r from CrmPoolClaim c, CrmPooledAccount r where r.id = c.account"
                            + " and c.claimedBy = :user and c.claimedAt >= :since order by c.claimedAt, c.id", PooledAccountRow.class)
                    .setParameter("user", user.value()).setParameter("since", since).getResultList()
                    .stream().map(PooledAccountMapper::read).toList();
        });
    }

    @Override
    public List<PooledAccount> held(String pool) {
        Objects.requireNonNull(pool, "pool");
        return store.list("select r from CrmPooledAccount r where r.pool = :pool and r.holder is not null"
                + " order by r.heldSince, r.id", "pool", pool);
    }

    /**
     * Locks {@code user}'s claimant row until the transaction ends. The row is created once, in a transaction of its
     * own (another thread creating it at the same time is fine), so the lock is a plain {@code select ... for update}.
     */
    private void lockClaimant(EntityManager em, UUID user) {
        if (em.find(PoolClaimantRow.class, user, LockModeType.PESSIMISTIC_WRITE) != null) {
            return;
        }
        EntityManager own = session.factory().createEntityManager();
        try {
            own.getTransaction().begin();
            PoolClaimantRow row = new PoolClaimantRow();
            row.user = user;
            own.persist(row);
            own.getTransaction().commit();
        } catch (RuntimeException createdMeanwhileOrNoLocalTransactions) {
            // another transaction created the row first, or the host's factory has no resource-local transactions:
            // the row is then created below, in the caller's transaction
            rollbackQuietly(own);
        } finally {
            own.close();
        }
        if (em.find(PoolClaimantRow.class, user, LockModeType.PESSIMISTIC_WRITE) == null) {
            PoolClaimantRow row = new PoolClaimantRow();
            row.user = user;
            em.persist(row);
            em.flush();
        }
    }

    private static void rollbackQuietly(EntityManager em) {
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } catch (RuntimeException ignored) {
            // nothing to roll back
        }
    }
}
