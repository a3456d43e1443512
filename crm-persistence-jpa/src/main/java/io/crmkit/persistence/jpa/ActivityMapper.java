package io.crmkit.persistence.jpa;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.UserId;

import java.util.Optional;

/** Copies an {@link Activity} into an {@link ActivityRow} and back. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static void write(Activity activity, ActivityRow row) {
        row.type = activity.type().name();
        row.subject = activity.subject();
        Links links = activity.links();
        row.lead = links.lead().map(LeadId::value).orElse(null);
        row.account = links.account().map(AccountId::value).orElse(null);
        row.contact = links.contact().map(ContactId::value).orElse(null);
        row.opportunity = links.opportunity().map(OpportunityId::value).orElse(null);
        row.owner = activity.owner().value();
        row.status = activity.status().name();
        row.due = Columns.orNull(activity.due());
        row.outcome = Columns.orNull(activity.outcome());
        row.completedAt = Columns.orNull(activity.completedAt());
        row.createdAt = activity.createdAt();
    }

    static Activity read(ActivityRow row) {
        Links links = new Links(Columns.opt(row.lead, LeadId::new), Columns.opt(row.account, AccountId::new),
                Columns.opt(row.contact, ContactId::new), Columns.opt(row.opportunity, OpportunityId::new));
        return new Activity(new ActivityId(row.id), row.version, ActivityType.valueOf(row.type), row.subject, links, new UserId(row.owner),
                ActivityStatus.valueOf(row.status), Optional.ofNullable(row.due), Optional.ofNullable(row.outcome),
                Optional.ofNullable(row.completedAt), row.createdAt);
    }
}
