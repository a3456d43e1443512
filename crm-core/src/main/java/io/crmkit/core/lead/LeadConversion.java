package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts a qualified lead into an account, a contact and optionally an opportunity, or attaches it to an
 * existing account and contact, filling only their empty fields. Pure: computes every new state and event and
 * changes nothing; the caller stores the result in one transaction.
 *
 * @param lead        the converted lead
 * @param account     the new or updated account
 * @param contact     the new or updated contact
 * @param opportunity the new opportunity, if one was asked for
 * @param events      every event: account, contact, the lead's conversion, then the opportunity's
 */
public record LeadConversion(Lead lead, Account account, Contact contact, Optional<Opportunity> opportunity,
                             List<DomainEvent> events) {

    /** Copies the events. */
    public LeadConversion {
        Require.nonNull(lead, "lead");
        Require.nonNull(account, "account");
        Require.nonNull(contact, "contact");
        Require.nonNull(opportunity, "opportunity");
        events = List.copyOf(events);
    }

    /**
     * What to convert into: an existing account or a new one with {@code newAccountId}; an existing contact (which
     * must be given with its account) or a new one; and optionally a new opportunity.
     *
     * @param existingAccount an account to attach to, its empty fields filled from the lead
     * @param existingContact a contact to attach to, its empty fields filled from the lead
     * @param opportunity     the opportunity to open, if any
     * @param owner           owner of new records when the lead has none
     */
    public record Target(Optional<Account> existingAccount, Optional<Contact> existingContact,
                         Optional<OpportunityDraft> opportunity, UserId owner) {
        /** Validates: a contact is attached only together with an account. */
        public Target {
            Require.nonNull(existingAccount, "existingAccount");
            Require.nonNull(existingContact, "existingContact");
            Require.nonNull(opportunity, "opportunity");
            Require.nonNull(owner, "owner");
            Require.argument(existingContact.isEmpty() || existingAccount.isPresent(),
                    "existingContact " + existingContact.map(Contact::id).orElse(null) + " needs its existingAccount");
            existingContact.ifPresent(c -> Require.argument(c.worksFor(existingAccount.get().id()),
                    "existingContact " + c.id() + " does not work for existingAccount " + existingAccount.get().id()));
        }
    }

    /** An opportunity to open on conversion. */
    public record OpportunityDraft(Pipeline pipeline, String name, Optional<Money> amount, Optional<LocalDate> expectedClose) {
        /** Validates. */
        public OpportunityDraft {
            Require.nonNull(pipeline, "pipeline");
            name = Require.text(name, "opportunity name", 200);
            Require.nonNull(amount, "amount");
            Require.nonNull(expectedClose, "expectedClose");
        }
    }

    /** The new ids to use for records that conversion creates. */
    public record NewIds(AccountId account, ContactId contact, OpportunityId opportunity) {
        /** Rejects nulls. */
        public NewIds {
            Require.nonNull(account, "account");
            Require.nonNull(contact, "contact");
            Require.nonNull(opportunity, "opportunity");
        }

        /** Fresh time-ordered ids. */
        public static NewIds generate() {
            return new NewIds(AccountId.newId(), ContactId.newId(), OpportunityId.newId());
        }
    }

    /**
     * Converts {@code lead}, which must be QUALIFIED (else {@link io.crmkit.core.shared.IllegalTransitionException}).
     */
    public static LeadConversion convert(Lead lead, Target target, NewIds ids, Instant at) {
        Require.nonNull(lead, "lead");
        Require.nonNull(target, "target");
        Require.nonNull(ids, "ids");
        Require.nonNull(at, "at");
        LeadStatus.TRANSITIONS.require("lead " + lead.id(), lead.status(), LeadStatus.CONVERTED);
        UserId owner = lead.owner().orElse(target.owner());
        List<DomainEvent> events = new ArrayList<>();

        Changed<Account> account = target.existingAccount()
                .map(a -> a.fillEmptyFrom(lead.companyProfile(), at))
                .orElseGet(() -> Account.open(ids.account(), lead.company().orElse(lead.person().full()),
                        lead.companyProfile(), owner, at));
        events.addAll(account.events());
        AccountId accountId = account.aggregate().id();

        Changed<Contact> contact = target.existingContact()
                .map(c -> c.fillEmpty(lead.email(), lead.phone(), lead.title(), lead.bant().authority(), at))
                .orElseGet(() -> Contact.create(ids.contact(), lead.person(), lead.email(), lead.phone(), lead.title(),
                                accountId, owner, at)
                        .then(c -> lead.bant().authority().map(role -> c.withDecisionRole(role, at)).orElse(Changed.none(c))));
        events.addAll(contact.events());
        ContactId contactId = contact.aggregate().id();

        Optional<Changed<Opportunity>> opportunity = target.opportunity().map(draft ->
                Opportunity.open(ids.opportunity(), draft.pipeline(), draft.name(), accountId, owner, at)
                        .then(o -> o.withPrimaryContact(contactId, at))
                        .then(o -> draft.amount().map(a -> o.withAmount(a, at)).orElse(Changed.none(o)))
                        .then(o -> draft.expectedClose().map(d -> o.withExpectedClose(d, at)).orElse(Changed.none(o))));

        Changed<Lead> converted = lead.markConverted(
                new ConvertedTo(accountId, contactId, opportunity.map(o -> o.aggregate().id())), at);
        events.addAll(converted.events());
        opportunity.ifPresent(o -> events.addAll(o.events()));
        return new LeadConversion(converted.aggregate(), account.aggregate(), contact.aggregate(),
                opportunity.map(Changed::aggregate), events);
    }
}
