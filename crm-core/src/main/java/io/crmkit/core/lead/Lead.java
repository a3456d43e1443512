package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A prospective buyer not yet known as an account: a person, what we know of their company and of their BANT,
 * where they came from, and their {@link LeadStatus}. Immutable: each command returns the new state and the event
 * it caused; a command the {@linkplain LeadStatus#TRANSITIONS transition table} forbids throws
 * {@link io.crmkit.core.shared.IllegalTransitionException} and changes nothing.
 */
public record Lead(LeadId id, long version, LeadStatus status, SourceChannel source, PersonName person,
                   Optional<EmailAddress> email, Optional<PhoneNumber> phone, Optional<String> title,
                   Optional<String> company, CompanyProfile companyProfile, Bant bant, Optional<UserId> owner,
                   Tags tags, List<Disqualification> disqualifications, Optional<ConvertedTo> convertedTo,
                   Instant capturedAt, Instant statusChangedAt) implements Aggregate<LeadId> {

    /**
     * Validates: reachable (an email, a phone or a company), disqualifications present exactly when disqualified,
     * conversion present exactly when converted.
     */
    public Lead {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        Require.nonNull(status, "status");
        Require.nonNull(source, "source");
        Require.nonNull(person, "person");
        Require.nonNull(email, "email");
        Require.nonNull(phone, "phone");
        title = Require.nonNull(title, "title").map(t -> Require.text(t, "title", 200));
        company = Require.nonNull(company, "company").map(c -> Require.text(c, "company", 200));
        Require.nonNull(companyProfile, "companyProfile");
        Require.nonNull(bant, "bant");
        Require.nonNull(owner, "owner");
        Require.nonNull(tags, "tags");
        disqualifications = Require.listOf(disqualifications, "disqualifications");
        Require.nonNull(convertedTo, "convertedTo");
        Require.nonNull(capturedAt, "capturedAt");
        Require.nonNull(statusChangedAt, "statusChangedAt");
        if (email.isEmpty() && phone.isEmpty() && company.isEmpty()) {
            throw new IllegalArgumentException("lead " + person + " needs an email, a phone or a company to be worked on");
        }
        if ((status == LeadStatus.DISQUALIFIED) == disqualifications.isEmpty()) {
            throw new IllegalArgumentException("lead " + id + " must have disqualification reasons exactly when DISQUALIFIED but was "
                    + status + " with " + disqualifications);
        }
        if ((status == LeadStatus.CONVERTED) != convertedTo.isPresent()) {
            throw new IllegalArgumentException("lead " + id + " must have a conversion exactly when CONVERTED but was " + status);
        }
    }

    /** A lead captured now from {@code details}: status NEW. */
    public static Changed<Lead> capture(LeadId id, NewLead details, Instant at) {
        Require.nonNull(details, "details");
        Lead lead = new Lead(id, 0, LeadStatus.NEW, details.source(), details.person(), details.email(), details.phone(),
                details.title(), details.company(), details.companyProfile(), details.bant(), details.owner(),
                details.tags(), List.of(), Optional.empty(), at, at);
        return Changed.of(lead, new LeadCaptured(id, details.source(), details.owner(), at));
    }

    /** A rep starts working the lead: from NEW or NURTURING, or from DISQUALIFIED, which is the same as {@link #reopen}. */
    public Changed<Lead> startWorking(Instant at) {
        return move(LeadStatus.WORKING, at);
    }

    /** Hands the lead to marketing to keep warm. */
    public Changed<Lead> nurture(Instant at) {
        return move(LeadStatus.NURTURING, at);
    }

    /** Reopens a disqualified lead: WORKING again, the old reasons cleared. */
    public Changed<Lead> reopen(Instant at) {
        if (status != LeadStatus.DISQUALIFIED) {
            throw new IllegalStateException(describe() + " is " + status + "; only a DISQUALIFIED lead can be reopened");
        }
        return move(LeadStatus.WORKING, at);
    }

    /**
     * Checks the lead against {@code policy} on {@code today}: QUALIFIED if it passes, otherwise DISQUALIFIED with
     * every reason the policy found.
     */
    public QualificationOutcome qualify(QualificationPolicy policy, LocalDate today, Instant at) {
        Require.nonNull(policy, "policy");
        Require.nonNull(today, "today");
        LeadStatus.TRANSITIONS.require(describe(), status, LeadStatus.QUALIFIED);
        List<Disqualification> reasons = Require.listOf(policy.check(this, today), "policy reasons");
        if (reasons.isEmpty()) {
            Lead next = with(LeadStatus.QUALIFIED, List.of(), Optional.empty(), owner, at);
            return new QualificationOutcome.Qualified(next, List.of(new LeadQualified(id, status, at)));
        }
        Changed<Lead> disqualified = disqualify(reasons, at);
        return new QualificationOutcome.Disqualified(disqualified.aggregate(), reasons, disqualified.events());
    }

    /** Disqualifies the lead for {@code reasons} (at least one). */
    public Changed<Lead> disqualify(List<Disqualification> reasons, Instant at) {
        List<Disqualification> copy = Require.listOf(reasons, "reasons");
        Require.argument(!copy.isEmpty(), "reasons must name at least one disqualification reason");
        LeadStatus.TRANSITIONS.require(describe(), status, LeadStatus.DISQUALIFIED);
        return Changed.of(with(LeadStatus.DISQUALIFIED, copy, Optional.empty(), owner, at),
                new LeadDisqualified(id, status, copy, at));
    }

    /** Assigns the lead to {@code newOwner}; no change if they already own it. */
    public Changed<Lead> assignTo(UserId newOwner, Instant at) {
        Require.nonNull(newOwner, "owner");
        if (owner.filter(newOwner::equals).isPresent()) {
            return Changed.none(this);
        }
        return Changed.of(with(status, disqualifications, convertedTo, Optional.of(newOwner), statusChangedAt),
                new LeadAssigned(id, owner, newOwner, at));
    }

    /**
     * Records what was learned about the lead (contact details, firmographics, BANT, tags); no change if every
     * given value is the current one.
     *
     * @throws IllegalStateException if the lead is CONVERTED: update the account and contact instead
     */
    public Changed<Lead> update(LeadChanges changes, Instant at) {
        Require.nonNull(changes, "changes");
        if (status == LeadStatus.CONVERTED) {
            throw new IllegalStateException(describe() + " is CONVERTED; update its account and contact instead");
        }
        Lead next = new Lead(id, version, status, source, changes.person().orElse(person),
                changes.email().or(() -> email), changes.phone().or(() -> phone), changes.title().or(() -> title),
                changes.company().or(() -> company), changes.companyProfile().orElse(companyProfile),
                changes.bant().orElse(bant), owner, changes.tags().orElse(tags), disqualifications, convertedTo,
                capturedAt, statusChangedAt);
        List<String> fields = new ArrayList<>();
        if (!next.person.equals(person)) fields.add("person");
        if (!next.email.equals(email)) fields.add("email");
        if (!next.phone.equals(phone)) fields.add("phone");
        if (!next.title.equals(title)) fields.add("title");
        if (!next.company.equals(company)) fields.add("company");
        if (!next.companyProfile.equals(companyProfile)) fields.add("companyProfile");
        if (!next.bant.equals(bant)) fields.add("bant");
        if (!next.tags.equals(tags)) fields.add("tags");
        return fields.isEmpty() ? Changed.none(this) : Changed.of(next, new LeadUpdated(id, fields, at));
    }

    /**
     * Sets the lead's tags, in any status: tags are the host's labels, not data the conversion moved to the account
     * and contact, so a CONVERTED lead can be tagged too (a merge gives a converted master its duplicates' tags). No
     * change if they are the current ones.
     */
    public Changed<Lead> retag(Tags newTags, Instant at) {
        Require.nonNull(newTags, "tags");
        Require.nonNull(at, "at");
        if (newTags.equals(tags)) {
            return Changed.none(this);
        }
        Lead next = new Lead(id, version, status, source, person, email, phone, title, company, companyProfile, bant,
                owner, newTags, disqualifications, convertedTo, capturedAt, statusChangedAt);
        return Changed.of(next, new LeadUpdated(id, List.of("tags"), at));
    }

    Changed<Lead> markConverted(ConvertedTo target, Instant at) {
        LeadStatus.TRANSITIONS.require(describe(), status, LeadStatus.CONVERTED);
        return Changed.of(with(LeadStatus.CONVERTED, List.of(), Optional.of(target), owner, at),
                new LeadConverted(id, target.account(), target.contact(), target.opportunity(), at));
    }

    /** The same lead at {@code storedVersion}; for stores. */
    public Lead withVersion(long storedVersion) {
        return new Lead(id, storedVersion, status, source, person, email, phone, title, company, companyProfile, bant,
                owner, tags, disqualifications, convertedTo, capturedAt, statusChangedAt);
    }

    private Changed<Lead> move(LeadStatus to, Instant at) {
        LeadStatus.TRANSITIONS.require(describe(), status, to);
        return Changed.of(with(to, List.of(), Optional.empty(), owner, at), new LeadStatusChanged(id, status, to, at));
    }

    private Lead with(LeadStatus s, List<Disqualification> reasons, Optional<ConvertedTo> conversion,
                      Optional<UserId> o, Instant changedAt) {
        return new Lead(id, version, s, source, person, email, phone, title, company, companyProfile, bant, o, tags,
                reasons, conversion, capturedAt, changedAt);
    }

    private String describe() {
        return "lead " + id;
    }
}
