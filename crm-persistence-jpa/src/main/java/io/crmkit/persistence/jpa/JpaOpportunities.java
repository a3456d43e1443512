package io.crmkit.persistence.jpa;

import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Opportunities;
import io.crmkit.core.shared.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Opportunities} in {@code crm_opportunity} and its child tables. */
final class JpaOpportunities implements Opportunities {

    private final AggregateStore<OpportunityId, Opportunity, OpportunityRow> store;

    JpaOpportunities(Session session) {
        this.store = new AggregateStore<>(session, "opportunity", OpportunityRow.class, OpportunityRow::new,
                OpportunityId::value, (row, key) -> row.id = key, OpportunityMapper::write, OpportunityMapper::read,
                Opportunity::withVersion);
    }

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        return store.find(id);
    }

    @Override
    public Opportunity save(Opportunity opportunity) {
        return store.save(opportunity);
    }

    @Override
    public List<Opportunity> findByAccount(AccountId account) {
        Objects.requireNonNull(account, "account");
        return store.list("select o from CrmOpportunity o where o.account = :account order by o.createdAt, o.id",
                "account", account.value());
    }

    @Override
    public List<Opportunity> findByOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return store.list("select o from CrmOpportunity o where o.owner = :owner order by o.createdAt, o.id",
                "owner", owner.value());
    }
}
