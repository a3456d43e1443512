package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Ids;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.port.QuoteSnapshot;
import io.crmkit.pricing.quote.port.Quotes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Quotes} in {@code pricing_quote_version} and its child tables. A save reads the latest stored number, refuses
 * a stored or skipped one at once, and flushes; the unique key on quote and number makes a concurrent save of the
 * same version fail there too, reported as the same conflict.
 */
final class JpaQuotes implements Quotes {

    private static final String BY_QUOTE = "select v from PricingQuoteVersion v where v.quote = :quote";

    private final Session session;

    JpaQuotes(Session session) {
        this.session = session;
    }

    @Override
    public void save(QuoteSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        UUID quote = snapshot.quote().value();
        int number = snapshot.number();
        session.call(em -> {
            int latest = latest(em, quote);
            if (number <= latest) {
                throw new ConcurrentUpdateException("quote " + snapshot.quote(), number - 1, latest);
            }
            if (number != latest + 1) {
                throw new IllegalArgumentException("quote " + snapshot.quote() + " version " + number
                        + " cannot be saved: the latest stored version is " + latest + ", so the next is " + (latest + 1));
            }
            Instant quoteCreatedAt = snapshot.version().createdAt();
            if (latest > 0) { // versions are stored 1, 2, ...: the first holds the quote's account, currency and creation
                QuoteVersionRow stored = em.createQuery(BY_QUOTE + " and v.number = 1", QuoteVersionRow.class)
                        .setParameter("quote", quote).getSingleResult();
                if (!stored.account.equals(snapshot.buyer().account().value())) {
                    throw new IllegalArgumentException("quote " + snapshot.quote() + " version " + number + " is for account "
                            + snapshot.buyer().account() + " but the stored versions are for " + stored.account);
                }
                if (!stored.currency.equals(snapshot.currency().getCurrencyCode())) {
                    throw new IllegalArgumentException("quote " + snapshot.quote() + " version " + number + " is in "
                            + snapshot.currency() + " but the stored versions are in " + stored.currency);
                }
                quoteCreatedAt = stored.createdAt;
            }
            QuoteVersionRow row = new QuoteVersionRow();
            row.id = Ids.next();
            QuoteMapper.write(snapshot, row, quoteCreatedAt);
            try {
                em.persist(row);
                em.flush();
            } catch (PersistenceException e) {
                int stored = storedLatest(quote);
                if (stored >= number) {
                    ConcurrentUpdateException conflict = new ConcurrentUpdateException("quote " + snapshot.quote(), number - 1, stored);
                    conflict.initCause(e);
                    throw conflict;
                }
                throw e;
            }
            return null;
        });
    }

    private static int latest(EntityManager em, UUID quote) {
        Integer max = em.createQuery("select max(v.number) from PricingQuoteVersion v where v.quote = :quote", Integer.class)
                .setParameter("quote", quote).getSingleResult();
        return max == null ? 0 : max;
    }

    /** The latest number as committed, read past the failed transaction. */
    private int storedLatest(UUID quote) {
        EntityManager em = session.factory().createEntityManager();
        try {
            return latest(em, quote);
        } catch (RuntimeException lookupFailed) {
            return -1;
        } finally {
            em.close();
        }
    }

    @Override
    public Optional<QuoteSnapshot> find(QuoteId quote, int number) {
        Objects.requireNonNull(quote, "quote");
        return session.call(em -> em.createQuery(BY_QUOTE + " and v.number = :number", QuoteVersionRow.class)
                .setParameter("quote", quote.value()).setParameter("number", number).getResultStream()
                .findFirst().map(QuoteMapper::read));
    }

    @Override
    public Optional<QuoteSnapshot> latest(QuoteId quote) {
        Objects.requireNonNull(quote, "quote");
        return session.call(em -> em.createQuery(BY_QUOTE + " order by v.number desc", QuoteVersionRow.class)
                .setParameter("quote", quote.value()).setMaxResults(1).getResultStream().findFirst().map(QuoteMapper::read));
    }

    @Override
    public List<QuoteSnapshot> versions(QuoteId quote) {
        Objects.requireNonNull(quote, "quote");
        return session.call(em -> em.createQuery(BY_QUOTE + " order by v.number", QuoteVersionRow.class)
                .setParameter("quote", quote.value()).getResultList().stream().map(QuoteMapper::read).toList());
    }

    @Override
    public List<QuoteSnapshot> ofAccount(AccountId account) {
        Objects.requireNonNull(account, "account");
        return session.call(em -> em.createQuery("select v from PricingQuoteVersion v where v.account = :account"
                        + " and v.number = (select max(x.number) from PricingQuoteVersion x where x.quote = v.quote)"
                        + " order by v.quoteCreatedAt, v.quote", QuoteVersionRow.class)
                .setParameter("account", account.value()).getResultList().stream().map(QuoteMapper::read).toList());
    }
}
