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

    private final Session session;
    private final AggregateStore<LeadId, Lead, LeadRow> store;
    private final Optional<DuplicateIndex> index;

    JpaLeads(Session session) {
        this(session, Optional.empty());
    }

    /** Leads whose saves also keep {@code index} (their blocking keys) up to date, in the same transaction. */
    JpaLeads(Session session, Optional<DuplicateIndex> index) {
        this.session = session;
        this.index = index;
        this.store = new AggregateStore<>(session, "lead", LeadRow.class, LeadRow::new, LeadId::value,
                (row, key) -> row.id = key, LeadMapper::write, LeadMapper::read, Lead::withVersion);
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        return store.find(id);
    }

    @Override
    public Lead save(Lead lead) {
        if (index.isEmpty()) {
            return store.save(lead);
        }
        return session.inTransaction(() -> {
            Lead saved = store.save(lead);
            index.get().index(List.of(saved));
            return saved;
        });
    }

    @Override
    public List<Lead> saveAll(Collection<Lead> leads) {
        if (index.isEmpty()) {
            return store.saveAll(leads, "leads");
        }
        return session.inTransaction(() -> {
            List<Lead> saved = store.saveAll(leads, "leads");
            index.get().index(saved);
            return saved;
        });
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
