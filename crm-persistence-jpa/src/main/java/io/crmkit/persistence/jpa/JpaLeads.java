package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.port.Leads;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Leads} in {@code crm_lead}. */
final class JpaLeads implements Leads {

    private final AggregateStore<LeadId, Lead, LeadRow> store;

    JpaLeads(Session session) {
        this.store = new AggregateStore<>(session, "lead", LeadRow.class, LeadRow::new, LeadId::value,
                (row, key) -> row.id = key, LeadMapper::write, LeadMapper::read, Lead::withVersion);
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        return store.find(id);
    }

    @Override
    public Lead save(Lead lead) {
        return store.save(lead);
    }

    @Override
    public List<Lead> saveAll(Collection<Lead> leads) {
        return store.saveAll(leads, "leads");
    }

    @Override
    public List<Lead> findByEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return store.list("select l from CrmLead l where l.email = :email order by l.capturedAt, l.id", "email", email.value());
    }

    @Override
    public List<Lead> findByOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return store.list("select l from CrmLead l where l.owner = :owner order by l.capturedAt, l.id", "owner", owner.value());
    }
}
