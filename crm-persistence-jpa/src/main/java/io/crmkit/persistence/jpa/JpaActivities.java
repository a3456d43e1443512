package io.crmkit.persistence.jpa;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Activities;
import io.crmkit.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Activities} in {@code crm_activity}. */
final class JpaActivities implements Activities {

    private final Session session;
    private final AggregateStore<ActivityId, Activity, ActivityRow> store;

    JpaActivities(Session session) {
        this.session = session;
        this.store = new AggregateStore<>(session, "activity", ActivityRow.class, ActivityRow::new, ActivityId::value,
                (row, key) -> row.id = key, ActivityMapper::write, ActivityMapper::read, Activity::withVersion);
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        return store.find(id);
    }

    @Override
    public Activity save(Activity activity) {
        return store.save(activity);
    }

    @Override
    public List<Activity> saveAll(Collection<Activity> activities) {
        return store.saveAll(activities, "activities");
    }

    @Override
    public List<Activity> findByAccount(AccountId account) {
        Objects.requireNonNull(account, "account");
        return store.list("select a from CrmActivity a where a.account = :account order by a.createdAt, a.id",
                "account", account.value());
    }

    @Override
    public List<Activity> findByLead(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return store.list("select a from CrmActivity a where a.lead = :lead order by a.createdAt, a.id", "lead", lead.value());
    }

    @Override
    public List<Activity> findOpenByOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return session.call(em -> em.createQuery("select a from CrmActivity a where a.owner = :owner and a.status = :open"
                        + " order by a.createdAt, a.id", ActivityRow.class)
                .setParameter("owner", owner.value()).setParameter("open", ActivityStatus.OPEN.name()).getResultList()
                .stream().map(ActivityMapper::read).toList());
    }
}
