package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Bant;
import io.crmkit.core.lead.ConvertedTo;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.UserId;

import java.util.Optional;

/** Copies a {@link Lead} into a {@link LeadRow} and back. */
final class LeadMapper {

    private LeadMapper() {
    }

    static void write(Lead lead, LeadRow row) {
        row.status = lead.status().name();
        row.source = lead.source().name();
        row.firstName = lead.person().first();
        row.lastName = lead.person().last();
        row.email = lead.email().map(EmailAddress::value).orElse(null);
        row.phone = lead.phone().map(PhoneNumber::e164).orElse(null);
        row.title = Columns.orNull(lead.title());
        row.company = Columns.orNull(lead.company());
        row.profile = ProfileColumns.of(lead.companyProfile());
        Bant bant = lead.bant();
        row.budgetAmount = bant.budget().map(Money::amount).orElse(null);
        row.budgetCurrency = bant.budget().map(m -> m.currency().getCurrencyCode()).orElse(null);
        row.authority = bant.authority().map(Enum::name).orElse(null);
        row.need = Columns.orNull(bant.need());
        row.decisionTimeline = Columns.orNull(bant.timeline());
        row.owner = lead.owner().map(UserId::value).orElse(null);
        row.tags = Columns.tags(lead.tags());
        if (!sameDisqualifications(lead, row)) {
            row.disqualifications.clear();
            for (Disqualification d : lead.disqualifications()) {
                LeadRow.DisqualificationColumns c = new LeadRow.DisqualificationColumns();
                c.reason = d.reason().name();
                c.detail = d.detail();
                row.disqualifications.add(c);
            }
        }
        row.convertedAccount = lead.convertedTo().map(c -> c.account().value()).orElse(null);
        row.convertedContact = lead.convertedTo().map(c -> c.contact().value()).orElse(null);
        row.convertedOpportunity = lead.convertedTo().flatMap(ConvertedTo::opportunity).map(OpportunityId::value).orElse(null);
        row.capturedAt = lead.capturedAt();
        row.statusChangedAt = lead.statusChangedAt();
    }

    private static boolean sameDisqualifications(Lead lead, LeadRow row) {
        return row.disqualifications.stream().map(c -> new Disqualification(DisqualificationReason.valueOf(c.reason), c.detail)).toList()
                .equals(lead.disqualifications());
    }

    static Lead read(LeadRow row) {
        Bant bant = new Bant(Columns.money(row.budgetAmount, row.budgetCurrency), Optional.ofNullable(row.authority).map(DecisionRole::valueOf),
                Optional.ofNullable(row.need), Optional.ofNullable(row.decisionTimeline));
        Optional<ConvertedTo> converted = row.convertedAccount == null ? Optional.empty()
                : Optional.of(new ConvertedTo(new AccountId(row.convertedAccount), new ContactId(row.convertedContact),
                Columns.opt(row.convertedOpportunity, OpportunityId::new)));
        return new Lead(new LeadId(row.id), row.version, LeadStatus.valueOf(row.status), SourceChannel.valueOf(row.source), new PersonName(row.firstName, row.lastName),
                Optional.ofNullable(row.email).map(EmailAddress::of), Optional.ofNullable(row.phone).map(PhoneNumber::of),
                Optional.ofNullable(row.title), Optional.ofNullable(row.company),
                (row.profile == null ? new ProfileColumns() : row.profile).toProfile(), bant,
                Columns.opt(row.owner, UserId::new), Columns.tags(row.tags),
                row.disqualifications.stream().map(c -> new Disqualification(DisqualificationReason.valueOf(c.reason), c.detail)).toList(),
                converted, row.capturedAt, row.statusChangedAt);
    }
}
