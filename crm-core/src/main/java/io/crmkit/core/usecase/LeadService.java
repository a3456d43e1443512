package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.Links;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadChanges;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationOutcome;
import io.crmkit.core.lead.QualificationPolicy;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.Contact;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Lead use cases: capture, update, work, nurture, qualify, disqualify, assign, reopen and convert. Each runs in one
 * transaction: it loads through the ports, calls the {@link Lead}, stores and publishes; if anything fails, nothing
 * is stored. Unknown ids throw {@link java.util.NoSuchElementException}.
 */
public final class LeadService {

    private final CrmPorts ports;
    private final UnitOfWork work;

    LeadService(CrmPorts ports, UnitOfWork work) {
        this.ports = ports;
        this.work = work;
    }

    /** Captures a new lead (status NEW) under a new time-ordered id. */
    public Lead capture(NewLead details) {
        return capture(LeadId.newId(), details);
    }

    /**
     * Captures a new lead under the host's {@code id} (an import keyed by the source system's id, a retried
     * request); capturing an id that is already stored throws {@link io.crmkit.core.shared.ConcurrentUpdateException}
     * and changes nothing, so retries are safe.
     */
    public Lead capture(LeadId id, NewLead details) {
        Require.nonNull(id, "id");
        Require.nonNull(details, "details");
        return ports.transactions().inTransaction(() ->
                work.apply(Lead.capture(id, details, work.now()), ports.leads()::save));
    }

    /** The lead with {@code id}, if stored. */
    public Optional<Lead> find(LeadId id) {
        return ports.leads().find(Require.nonNull(id, "id"));
    }

    /** A rep starts working the lead. */
    public Lead startWorking(LeadId id) {
        return change(id, Lead::startWorking);
    }

    /** The lead goes to nurturing. */
    public Lead nurture(LeadId id) {
        return change(id, Lead::nurture);
    }

    /** A disqualified lead is worked again. */
    public Lead reopen(LeadId id) {
        return change(id, Lead::reopen);
    }

    /** Records what was learned about the lead since capture. */
    public Lead update(LeadId id, LeadChanges changes) {
        Require.nonNull(changes, "changes");
        return change(id, (lead, at) -> lead.update(changes, at));
    }

    /** Assigns the lead to {@code owner}. */
    public Lead assign(LeadId id, UserId owner) {
        Require.nonNull(owner, "owner");
        return change(id, (lead, at) -> lead.assignTo(owner, at));
    }

    /** Disqualifies the lead for {@code reasons}. */
    public Lead disqualify(LeadId id, Disqualification... reasons) {
        List<Disqualification> list = Require.listOf(Arrays.asList(Require.nonNull(reasons, "reasons")), "reasons");
        return change(id, (lead, at) -> lead.disqualify(list, at));
    }

    /** Qualifies the lead by {@code policy} as of today in the clock's zone: QUALIFIED, or DISQUALIFIED with reasons. */
    public QualificationOutcome qualify(LeadId id, QualificationPolicy policy) {
        Require.nonNull(policy, "policy");
        return ports.transactions().inTransaction(() -> {
            Lead lead = load(id);
            Instant now = work.now();
            QualificationOutcome outcome = lead.qualify(policy, LocalDate.ofInstant(now, ports.clock().getZone()), now);
            Lead saved = work.apply(new Changed<>(outcome.lead(), outcome.events()), ports.leads()::save);
            return outcome instanceof QualificationOutcome.Disqualified d
                    ? new QualificationOutcome.Disqualified(saved, d.reasons(), d.events())
                    : new QualificationOutcome.Qualified(saved, outcome.events());
        });
    }

    /**
     * Converts a QUALIFIED lead as {@code request} says and stores every record it creates or fills, all or
     * nothing; the lead's activities are linked to the account and contact too, so the account's timeline shows
     * them. Returns the stored records.
     */
    public LeadConversion convert(LeadId id, ConversionRequest request) {
        Require.nonNull(request, "request");
        return ports.transactions().inTransaction(() -> {
            Lead lead = load(id);
            Optional<Account> account = request.existingAccount()
                    .map(a -> UnitOfWork.found(ports.accounts().find(a), "account", a));
            Optional<Contact> contact = request.existingContact()
                    .map(c -> UnitOfWork.found(ports.contacts().find(c), "contact", c));
            Optional<LeadConversion.OpportunityDraft> draft = request.opportunity().map(o -> {
                Pipeline pipeline = UnitOfWork.found(ports.pipelines().find(o.pipeline()), "pipeline", o.pipeline());
                return new LeadConversion.OpportunityDraft(pipeline, o.name(), o.amount(), o.expectedClose());
            });
            LeadConversion c = LeadConversion.convert(lead,
                    new LeadConversion.Target(account, contact, draft, request.owner()),
                    LeadConversion.NewIds.generate(), work.now());

            Lead savedLead = ports.leads().save(c.lead());
            Account savedAccount = account.filter(c.account()::equals).orElseGet(() -> ports.accounts().save(c.account()));
            Contact savedContact = contact.filter(c.contact()::equals).orElseGet(() -> ports.contacts().save(c.contact()));
            Optional<Opportunity> savedOpportunity = c.opportunity().map(ports.opportunities()::save);
            work.publish(c.events());
            for (Activity activity : ports.activities().findByLead(lead.id())) {
                Links links = activity.links();
                Links next = links.account().isPresent() ? links
                        : links.withAccount(savedAccount.id()).withContact(links.contact().orElse(savedContact.id()));
                work.apply(activity.relink(next, work.now()), ports.activities()::save);
            }
            return new LeadConversion(savedLead, savedAccount, savedContact, savedOpportunity, c.events());
        });
    }

    private Lead change(LeadId id, BiFunction<Lead, Instant, Changed<Lead>> command) {
        return ports.transactions().inTransaction(() -> work.apply(command.apply(load(id), work.now()), ports.leads()::save));
    }

    private Lead load(LeadId id) {
        return UnitOfWork.found(ports.leads().find(Require.nonNull(id, "id")), "lead", id);
    }
}
