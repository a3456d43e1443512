package io.crmkit.core.port;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        List<Lead> batch = List.copyOf(leads);
        Set<Object> ids = new HashSet<>();
        List<Lead> saved = new ArrayList<>(batch.size());
        for (Lead each : batch) {
            if (!ids.add(each.id())) {
                throw new IllegalArgumentException("leads must have distinct ids but " + each.id() + " appears twice");
            }
        }
        for (Lead each : batch) {
            saved.add(save(each));
        }
        return List.copyOf(saved);
    }

    /** The leads with {@code email}, oldest first. */
    List<Lead> findByEmail(EmailAddress email);

    /** The leads owned by {@code owner} (in any status), oldest first. */
    List<Lead> findByOwner(UserId owner);
}
