package io.crmkit.pricing.quote.port;

import io.crmkit.core.party.AccountId;
import io.crmkit.pricing.quote.QuoteId;

import java.util.List;
import java.util.Optional;

/**
 * Where quote versions are kept: immutable snapshots, one per version number, never overwritten. Saving is optimistic:
 * version {@code n} may be saved only while the latest stored version is {@code n - 1} (none for version 1), so two
 * sellers who revise the same version cannot both win.
 */
public interface Quotes {

    /**
     * Stores {@code snapshot} as its quote's next version.
     *
     * @throws io.crmkit.core.shared.ConcurrentUpdateException if that version (or a later one) is already stored, naming
     *         the expected and the stored latest version; nothing is written
     * @throws IllegalArgumentException if it would leave a gap in the numbers, or its account or currency differ from the
     *         stored versions'
     */
    void save(QuoteSnapshot snapshot);

    /** Version {@code number} of {@code quote}, if stored. */
    Optional<QuoteSnapshot> find(QuoteId quote, int number);

    /** The highest stored version of {@code quote}, if any. */
    Optional<QuoteSnapshot> latest(QuoteId quote);

    /** Every stored version of {@code quote}, oldest first; empty if none. */
    List<QuoteSnapshot> versions(QuoteId quote);

    /** The latest version of each quote of {@code account}, oldest quote first (by when its first version was created). */
    List<QuoteSnapshot> ofAccount(AccountId account);
}
