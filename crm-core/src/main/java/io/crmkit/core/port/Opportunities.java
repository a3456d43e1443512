package io.crmkit.core.port;

import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Where opportunities are stored. */
public interface Opportunities {
    /** The opportunity with {@code id}, if stored. */
    Optional<Opportunity> find(OpportunityId id);

    /** Stores {@code opportunity} with optimistic locking (see {@link Leads#save}). */
    Opportunity save(Opportunity opportunity);

    /** The opportunities of {@code account}, oldest first. */
    List<Opportunity> findByAccount(AccountId account);

    /** The opportunities owned by {@code owner} (open or closed), oldest first. */
    List<Opportunity> findByOwner(UserId owner);
}
