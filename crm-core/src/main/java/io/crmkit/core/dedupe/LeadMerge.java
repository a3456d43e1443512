package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.ConvertedTo;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadChanges;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Tags;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The lead side of a merge, computed without storing anything: the master with the surviving field values and
 * every duplicate's tags, and each duplicate retired (DISQUALIFIED as a {@link DisqualificationReason#DUPLICATE}
 * naming the master; one already DISQUALIFIED stays so). A CONVERTED master keeps its fields (its account and contact
 * hold them now) and gains the duplicates' tags.
 *
 * <p>A CONVERTED duplicate can only be merged into a CONVERTED master. It cannot be disqualified, so it stays
 * CONVERTED and keeps its conversion (its account and contact are left as they are); survivorship applies to the
 * other leads only. Its opportunities move to the master's account: see {@link #opportunityMoves}. Moving activities
 * and storing the opportunities is the use case's job.
 */
public record LeadMerge(Changed<Lead> master, List<Changed<Lead>> retired, List<MergedLead> merged,
                        List<FieldTaken> fieldsTaken, List<String> tagsAdded) {

    /** Validates. */
    public LeadMerge {
        Require.nonNull(master, "master");
        retired = Require.listOf(retired, "retired");
        merged = Require.listOf(merged, "merged");
        fieldsTaken = Require.listOf(fieldsTaken, "fieldsTaken");
        tagsAdded = Require.listOf(tagsAdded, "tagsAdded");
    }

    /**
     * Merges {@code duplicates} into {@code master} by {@code rules}.
     *
     * @throws IllegalArgumentException if there are no duplicates, the master is among them, or an id repeats
     * @throws IllegalStateException    if a duplicate is CONVERTED but the master is not (make the converted lead the
     *                                  master: {@link MasterPolicy#furthestInLifecycle()} does)
     */
    public static LeadMerge of(Lead master, List<Lead> duplicates, Survivorship rules, Instant at) {
        Require.nonNull(master, "master");
        List<Lead> dups = Require.listOf(duplicates, "duplicates");
        Require.nonNull(rules, "rules");
        Require.nonNull(at, "at");
        Require.argument(!dups.isEmpty(), "a merge needs at least one duplicate");
        Set<Object> ids = new HashSet<>();
        ids.add(master.id());
        for (Lead d : dups) {
            Require.argument(ids.add(d.id()), "lead " + d.id() + " appears twice in the merge (master " + master.id() + ")");
            if (d.status() == LeadStatus.CONVERTED && master.status() != LeadStatus.CONVERTED) {
                throw new IllegalStateException("lead " + d.id() + " is CONVERTED and cannot be merged into lead "
                        + master.id() + ", which is " + master.status() + "; make the CONVERTED lead the master");
            }
        }
        // newest first: the order in which PREFER_NEWEST and FILL_EMPTY look for a value
        List<Lead> newestFirst = new ArrayList<>(dups);
        newestFirst.add(master);
        newestFirst.sort(Comparator.comparing(Lead::capturedAt).reversed().thenComparing(l -> l.id().value()));

        List<FieldTaken> taken = new ArrayList<>();
        List<String> tagsAdded = new ArrayList<>();
        Changed<Lead> merged = Changed.none(master);
        Tags tags = master.tags();
        for (Lead d : dups) {
            for (String tag : d.tags().values()) {
                if (!tags.contains(tag)) {
                    tags = tags.with(tag);
                    tagsAdded.add(tag);
                }
            }
        }
        Tags united = tags;
        if (master.status() != LeadStatus.CONVERTED) {
            LeadChanges changes = LeadChanges.none();
            Optional<Lead> from;
            if ((from = pick(master, newestFirst, rules, MergeField.PERSON, l -> Optional.of(l.person()))).isPresent()) {
                changes = changes.person(from.get().person().first(), from.get().person().last());
                taken.add(taken(MergeField.PERSON, from.get(), Optional.of(master.person()), from.get().person()));
            }
            if ((from = pick(master, newestFirst, rules, MergeField.EMAIL, Lead::email)).isPresent()) {
                changes = changes.email(from.get().email().orElseThrow().value());
                taken.add(taken(MergeField.EMAIL, from.get(), master.email(), from.get().email().orElseThrow()));
            }
            if ((from = pick(master, newestFirst, rules, MergeField.PHONE, Lead::phone)).isPresent()) {
                changes = new LeadChanges(changes.person(), changes.email(), from.get().phone(), changes.title(),
                        changes.company(), changes.companyProfile(), changes.bant(), changes.tags());
                taken.add(taken(MergeField.PHONE, from.get(), master.phone(), from.get().phone().orElseThrow()));
            }
            if ((from = pick(master, newestFirst, rules, MergeField.TITLE, Lead::title)).isPresent()) {
                changes = changes.title(from.get().title().orElseThrow());
                taken.add(taken(MergeField.TITLE, from.get(), master.title(), from.get().title().orElseThrow()));
            }
            if ((from = pick(master, newestFirst, rules, MergeField.COMPANY, Lead::company)).isPresent()) {
                changes = changes.company(from.get().company().orElseThrow());
                taken.add(taken(MergeField.COMPANY, from.get(), master.company(), from.get().company().orElseThrow()));
            }
            if ((from = pick(master, newestFirst, rules, MergeField.COMPANY_PROFILE,
                    l -> Optional.of(l.companyProfile()).filter(p -> !p.equals(io.crmkit.core.party.CompanyProfile.empty())))).isPresent()) {
                changes = changes.companyProfile(from.get().companyProfile());
                taken.add(taken(MergeField.COMPANY_PROFILE, from.get(),
                        Optional.of(master.companyProfile()).filter(p -> !p.equals(io.crmkit.core.party.CompanyProfile.empty())),
                        from.get().companyProfile()));
            }
            if ((from = pick(master, newestFirst, rules, MergeField.BANT,
                    l -> Optional.of(l.bant()).filter(b -> !b.equals(io.crmkit.core.lead.Bant.unknown())))).isPresent()) {
                changes = changes.bant(from.get().bant());
                taken.add(taken(MergeField.BANT, from.get(),
                        Optional.of(master.bant()).filter(b -> !b.equals(io.crmkit.core.lead.Bant.unknown())), from.get().bant()));
            }
            if (!tagsAdded.isEmpty()) {
                changes = changes.tags(united);
            }
            LeadChanges all = changes;
            merged = merged.then(l -> l.update(all, at));
            Optional<Lead> owner = pick(master, newestFirst, rules, MergeField.OWNER, Lead::owner);
            if (owner.isPresent()) {
                taken.add(taken(MergeField.OWNER, owner.get(), master.owner(), owner.get().owner().orElseThrow()));
                merged = merged.then(l -> l.assignTo(owner.get().owner().orElseThrow(), at));
            }
        }
        if (master.status() == LeadStatus.CONVERTED) {
            merged = merged.then(l -> l.retag(united, at));
        }
        List<Changed<Lead>> retired = new ArrayList<>();
        List<MergedLead> mergedLeads = new ArrayList<>();
        for (Lead d : dups) {
            mergedLeads.add(new MergedLead(d.id(), d.status()));
            retired.add(d.status() == LeadStatus.DISQUALIFIED || d.status() == LeadStatus.CONVERTED ? Changed.none(d)
                    : d.disqualify(List.of(Disqualification.of(DisqualificationReason.DUPLICATE,
                    "merged into lead " + master.id())), at));
        }
        return new LeadMerge(merged, retired, mergedLeads, taken, tagsAdded);
    }

    /**
     * The opportunities of the CONVERTED {@code duplicate} moved to the account of the CONVERTED {@code master}.
     * The duplicate's opportunities are those among {@code ofDuplicateAccount} (the opportunities of its converted
     * account, open and closed) that are still on that account and are either the opportunity opened by its conversion
     * or have its converted contact as their primary contact. Other opportunities of that account stay: the duplicate
     * may have been converted into an existing account whose other deals are not the duplicate's. Each moved
     * opportunity gets the master's contact as primary contact where it had the duplicate's contact, and keeps its
     * primary contact otherwise; closed ones move too, with their history. Opportunities already on the master's
     * account with the right contact are not changed, so none is returned for them.
     *
     * @throws IllegalArgumentException if the master or the duplicate is not CONVERTED
     */
    public static List<Changed<Opportunity>> opportunityMoves(Lead master, Lead duplicate,
                                                              Collection<Opportunity> ofDuplicateAccount, Instant at) {
        Require.nonNull(master, "master");
        Require.nonNull(duplicate, "duplicate");
        List<Opportunity> candidates = Require.listOf(ofDuplicateAccount, "ofDuplicateAccount");
        Require.nonNull(at, "at");
        ConvertedTo to = master.convertedTo().orElseThrow(() -> new IllegalArgumentException(
                "master lead " + master.id() + " is " + master.status() + ", not CONVERTED"));
        ConvertedTo from = duplicate.convertedTo().orElseThrow(() -> new IllegalArgumentException(
                "duplicate lead " + duplicate.id() + " is " + duplicate.status() + ", not CONVERTED"));
        List<Changed<Opportunity>> moves = new ArrayList<>();
        for (Opportunity o : candidates) {
            boolean hers = o.account().equals(from.account())
                    && (from.opportunity().equals(Optional.of(o.id())) || o.primaryContact().equals(Optional.of(from.contact())));
            if (!hers) {
                continue;
            }
            Optional<ContactId> contact = o.primaryContact().equals(Optional.of(from.contact()))
                    ? Optional.of(to.contact()) : o.primaryContact();
            Changed<Opportunity> moved = o.moveToAccount(to.account(), contact, at);
            if (moved.changed()) {
                moves.add(moved);
            }
        }
        return moves;
    }

    /** The lead whose value of {@code field} survives, if it is not the master's own. */
    private static <V> Optional<Lead> pick(Lead master, List<Lead> newestFirst, Survivorship rules, MergeField field,
                                          Function<Lead, Optional<V>> value) {
        Optional<Lead> source = switch (rules.ruleFor(field)) {
            case PREFER_MASTER -> Optional.empty();
            case FILL_EMPTY -> value.apply(master).isPresent() ? Optional.empty()
                    : newestFirst.stream().filter(l -> value.apply(l).isPresent()).findFirst();
            case PREFER_NEWEST -> newestFirst.stream().filter(l -> value.apply(l).isPresent()).findFirst();
        };
        return source.filter(l -> !l.id().equals(master.id()))
                .filter(l -> !value.apply(l).equals(value.apply(master)));
    }

    private static FieldTaken taken(MergeField field, Lead from, Optional<?> before, Object value) {
        return new FieldTaken(field, from.id(), before.map(String::valueOf), String.valueOf(value));
    }
}
