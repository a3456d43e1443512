package io.crmkit.core.port;

import io.crmkit.core.internal.SaveEach;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where leads are stored. */
public interface Leads {
    /** The lead with {@code id}, if stored. */
    Optional<Lead> find(LeadId id);

    /** Stores {@code lead} if its version is the stored one (0 for a new lead) and returns it at the next version; otherwise throws {@link io.crmkit.core.shared.ConcurrentUpdateException} and stores nothing. */
    Lead save(Lead lead);

    /**
     * Stores {@code leads} as {@link #save} stores each one, all or none, and returns them at their next versions in
     * the given order: for imports. A conflict on any of them throws {@link io.crmkit.core.shared.ConcurrentUpdateException}
     * and stores none. Adapters write new leads in bulk; this default saves them one by one, so it is all or none only
     * inside {@link Transactions#inTransaction}.
     *
     * @throws IllegalArgumentException if two of {@code leads} have the same id
     */
    default List<Lead> saveAll(Collection<Lead> leads) {
        return SaveEach.saveAll(leads, Lead::id, this::save, "leads");
    }

    /** The leads with {@code email}, oldest first. */
    List<Lead> findByEmail(EmailAddress email);

    /** The leads owned by {@code owner} (in any status), oldest first. */
    List<Lead> findByOwner(UserId owner);
}
