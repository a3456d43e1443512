package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Links;
import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.dedupe.DuplicateSuspected;
import io.crmkit.core.dedupe.LeadMerge;
import io.crmkit.core.dedupe.LeadsMerged;
import io.crmkit.core.dedupe.MasterPolicy;
import io.crmkit.core.dedupe.Match;
import io.crmkit.core.dedupe.OpportunityMove;
import io.crmkit.core.dedupe.Survivorship;
import io.crmkit.core.dedupe.Verdict;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityMoved;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.DuplicateCandidates;
import io.crmkit.core.shared.Changed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Duplicate use cases: capture with a duplicate check by the lead's channel, and merge. Each runs in one transaction:
 * if anything fails (a concurrent update, a broken adapter), nothing is stored and no event is published.
 */
public final class DuplicateService {

    private final CrmPorts ports;
    private final UnitOfWork work;
    private final DuplicateCandidates candidates;

    DuplicateService(CrmPorts ports, UnitOfWork work, DuplicateCandidates candidates) {
        this.ports = ports;
        this.work = work;
        this.candidates = candidates;
    }

    /** Captures a new lead under a new id, checked for duplicates by {@code policy}; see {@link #capture(LeadId, NewLead, CapturePolicy)}. */
    public CaptureOutcome capture(NewLead details, CapturePolicy policy) {
        return capture(LeadId.newId(), details, policy);
    }

    /**
     * Captures a new lead like {@link LeadService#capture(LeadId, NewLead)}, after comparing it with the stored
     * candidates: with no SAME or MAYBE match it is simply stored ({@link CaptureOutcome.Captured}); with a SAME match
     * the channel's action applies (BLOCK: {@link CaptureOutcome.Blocked}, nothing stored; FLAG:
     * {@link CaptureOutcome.Flagged} and {@link DuplicateSuspected}; AUTO_MERGE: stored and merged with every SAME
     * lead, {@link CaptureOutcome.Merged} and {@link LeadsMerged}); with only MAYBE matches it is stored and flagged.
     */
    public CaptureOutcome capture(LeadId id, NewLead details, CapturePolicy policy) {
        Require.nonNull(id, "id");
        Require.nonNull(details, "details");
        Require.nonNull(policy, "policy");
        return ports.transactions().inTransaction(() -> {
            Instant now = work.now();
            Changed<Lead> captured = Lead.capture(id, details, now);
            Lead lead = captured.aggregate();
            List<Lead> found = candidates.sharingAnyKey(policy.matcher().blockingKeys(lead));
            List<Match> matches = policy.matcher().matchesFor(lead, found);
            List<Match> same = matches.stream().filter(m -> m.verdict() == Verdict.SAME).toList();
            if (!same.isEmpty() && policy.actionFor(details.source()) == CapturePolicy.Action.BLOCK) {
                return new CaptureOutcome.Blocked(same);
            }
            Lead saved = work.apply(captured, ports.leads()::save);
            if (matches.isEmpty()) {
                return new CaptureOutcome.Captured(saved);
            }
            if (!same.isEmpty() && policy.actionFor(details.source()) == CapturePolicy.Action.AUTO_MERGE) {
                List<LeadId> cluster = new ArrayList<>();
                cluster.add(saved.id());
                same.forEach(m -> cluster.add(m.right()));
                return mergeInTransaction(cluster, policy.masterPolicy(), policy.survivorship());
            }
            work.publish(List.of(new DuplicateSuspected(saved.id(), details.source(), matches, now)));
            return new CaptureOutcome.Flagged(saved, matches);
        });
    }

    /**
     * Merges the leads {@code ids} (at least two): the master is chosen by {@code masterPolicy}, its fields by
     * {@code survivorship}; every other lead's tags and activities move to it and the others are retired as
     * duplicates. A CONVERTED lead can be merged only into a CONVERTED master (the default {@link MasterPolicy} picks
     * one): it stays CONVERTED, and its opportunities (the one its conversion opened and those of its converted account
     * whose primary contact is its converted contact, open or closed) move to the master's account, with the master's
     * contact as primary contact where they had the merged lead's (see {@link LeadMerge#opportunityMoves}). Publishes
     * the lead and opportunity events and one {@link LeadsMerged} listing everything taken and moved.
     *
     * @throws java.util.NoSuchElementException if an id is not stored
     * @throws IllegalStateException            if a lead other than the master is CONVERTED but the master is not
     */
    public CaptureOutcome.Merged merge(List<LeadId> ids, MasterPolicy masterPolicy, Survivorship survivorship) {
        List<LeadId> list = Require.listOf(ids, "ids");
        Require.nonNull(masterPolicy, "masterPolicy");
        Require.nonNull(survivorship, "survivorship");
        Require.argument(new LinkedHashSet<>(list).size() == list.size() && list.size() >= 2,
                "a merge needs at least two distinct leads but got " + list);
        return ports.transactions().inTransaction(() -> mergeInTransaction(list, masterPolicy, survivorship));
    }

    /** Merges {@code duplicates} into the lead {@code master}, by {@code survivorship}; see {@link #merge(List, MasterPolicy, Survivorship)}. */
    public CaptureOutcome.Merged mergeInto(LeadId master, List<LeadId> duplicates, Survivorship survivorship) {
        Require.nonNull(master, "master");
        List<LeadId> list = new ArrayList<>(List.of(master));
        list.addAll(Require.listOf(duplicates, "duplicates"));
        Require.argument(new LinkedHashSet<>(list).size() == list.size() && list.size() >= 2,
                "a merge needs a master and at least one other distinct lead but got " + list);
        return ports.transactions().inTransaction(() ->
                mergeInTransaction(list, (a, b) -> a.id().equals(master) ? -1 : b.id().equals(master) ? 1 : 0, survivorship));
    }

    /**
     * The activities logged against the opportunities moved out of {@code account} follow them: their account link
     * (and their contact link, where it was the contact the opportunity left) move with it. Each relink publishes its
     * before and after.
     */
    private List<ActivityId> followOpportunities(AccountId account, Map<OpportunityId, OpportunityMoved> moves,
                                                 Instant now) {
        if (moves.isEmpty()) {
            return List.of();
        }
        List<ActivityId> relinked = new ArrayList<>();
        for (Activity activity : ports.activities().findByAccount(account)) {
            Links links = activity.links();
            OpportunityMoved moved = links.opportunity().map(moves::get).orElse(null);
            if (moved == null) {
                continue;
            }
            Links next = links.withAccount(moved.toAccount());
            if (links.contact().equals(moved.fromContact()) && moved.toContact().isPresent()) {
                next = next.withContact(moved.toContact().get());
            }
            Activity saved = work.apply(activity.relink(next, now), ports.activities()::save);
            if (!saved.links().equals(links)) {
                relinked.add(activity.id());
            }
        }
        return relinked;
    }

    private CaptureOutcome.Merged mergeInTransaction(List<LeadId> ids, MasterPolicy masterPolicy, Survivorship survivorship) {
        List<Lead> leads = new ArrayList<>();
        for (LeadId id : ids) {
            leads.add(UnitOfWork.found(ports.leads().find(id), "lead", id));
        }
        Lead master = masterPolicy.choose(leads);
        List<Lead> duplicates = leads.stream().filter(l -> !l.id().equals(master.id())).toList();
        Instant now = work.now();
        LeadMerge merge = LeadMerge.of(master, duplicates, survivorship, now);
        Lead savedMaster = work.apply(merge.master(), ports.leads()::save);
        List<ActivityId> moved = new ArrayList<>();
        List<OpportunityMove> opportunitiesMoved = new ArrayList<>();
        for (Changed<Lead> retired : merge.retired()) {
            Lead duplicate = work.apply(retired, ports.leads()::save);
            if (duplicate.status() == LeadStatus.CONVERTED) {
                AccountId account = duplicate.convertedTo().orElseThrow().account();
                Map<OpportunityId, OpportunityMoved> moves = new HashMap<>();
                for (Changed<Opportunity> move : LeadMerge.opportunityMoves(savedMaster, duplicate,
                        ports.opportunities().findByAccount(account), now)) {
                    work.apply(move, ports.opportunities()::save);
                    move.events().stream().filter(OpportunityMoved.class::isInstance).map(OpportunityMoved.class::cast)
                            .forEach(e -> {
                                opportunitiesMoved.add(OpportunityMove.of(duplicate.id(), e));
                                moves.put(e.opportunityId(), e);
                            });
                }
                moved.addAll(followOpportunities(account, moves, now));
            }
            for (Activity activity : ports.activities().findByLead(duplicate.id())) {
                Links links = activity.links();
                Links next = new Links(Optional.of(savedMaster.id()), links.account(), links.contact(), links.opportunity());
                work.apply(activity.relink(next, now), ports.activities()::save);
                moved.add(activity.id());
            }
        }
        LeadsMerged event = new LeadsMerged(savedMaster.id(), merge.merged(), merge.fieldsTaken(), merge.tagsAdded(),
                List.copyOf(new LinkedHashSet<>(moved)), opportunitiesMoved, now);
        work.publish(List.of(event));
        return new CaptureOutcome.Merged(savedMaster, event);
    }
}
