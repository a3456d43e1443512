package io.crmkit.core.port;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.internal.SaveEach;
import io.crmkit.core.internal.SaveEach;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where activities are stored. */
public interface Activities {
    /** The activity with {@code id}, if stored. */
    Optional<Activity> find(ActivityId id);

    /** Stores {@code activity} with optimistic locking (see {@link Leads#save}). */
    Activity save(Activity activity);

    /**
     * Stores {@code activities} as {@link #save} stores each one, all or none, and returns them at their next versions
     * in the given order: for imports (see {@link Leads#saveAll}).
     *
     * @throws IllegalArgumentException if two of {@code activities} have the same id
     */
    default List<Activity> saveAll(Collection<Activity> activities) {
        return SaveEach.saveAll(activities, Activity::id, this::save, "activities");
    }

    /** The activities linked to {@code account}, oldest first. */
    List<Activity> findByAccount(AccountId account);

    /** The activities linked to {@code lead}, oldest first. */
    List<Activity> findByLead(LeadId lead);

    /** The OPEN activities owned by {@code owner}. */
    List<Activity> findOpenByOwner(UserId owner);
}
