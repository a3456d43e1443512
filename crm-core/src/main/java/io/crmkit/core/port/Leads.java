package io.crmkit.core.port;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Where leads are stored. */
public interface Leads {
    /** The lead with {@code id}, if stored. */
    Optional<Lead> find(LeadId id);

    /** Stores {@code lead} if its version is the stored one (0 for a new lead) and returns it at the next version; otherwise throws {@link io.crmkit.core.shared.ConcurrentUpdateException} and stores nothing. */
    Lead save(Lead lead);

    /** The leads with {@code email}, oldest first. */
    List<Lead> findByEmail(EmailAddress email);

    /** The leads owned by {@code owner} (in any status), oldest first. */
    List<Lead> findByOwner(UserId owner);
}
