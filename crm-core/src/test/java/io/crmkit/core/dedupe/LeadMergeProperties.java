package io.crmkit.core.dedupe;

import io.crmkit.core.lead.ConvertedTo;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityMoved;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Laws of merging leads in every status, CONVERTED ones with their accounts and deals included: the default master
 * policy always yields a merge, converted leads keep their conversion, every other duplicate is retired, the merged
 * leads' own deals end on the master's account, nobody else's deal moves, and the listed moves undo the merge.
 */
final class LeadMergeProperties {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant MERGED_AT = START.plus(Duration.ofDays(60));
    private static final UserId REP = UserId.of("0190a6f2-8c1e-7abc-8def-000000000001");
    private static final Pipeline DIRECT = Pipeline.builder(PipelineId.newId(), "Direct sales")
            .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
            .won("won", "Closed won")
            .lost("lost", "Closed lost")
            .build();
    private static final LeadStatus[] STATUSES = {LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING,
            LeadStatus.DISQUALIFIED, LeadStatus.CONVERTED, LeadStatus.CONVERTED};

    /** A generated lead base: the leads to merge and the deals of every account they converted into. */
    private record Base(List<Lead> leads, Map<OpportunityId, Opportunity> deals) {
    }

    @Property(tries = 300)
    void mergeRetiresEveryNonConvertedDuplicateAndLeavesConvertedOnesConverted(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 7) int size) {
        Base base = base(new Random(seed), size);
        Lead master = MasterPolicy.ofDefaults().choose(base.leads());
        List<Lead> others = base.leads().stream().filter(l -> !l.id().equals(master.id())).toList();

        LeadMerge merge = LeadMerge.of(master, others, Survivorship.ofDefaults(), MERGED_AT);

        boolean anyConverted = base.leads().stream().anyMatch(l -> l.status() == LeadStatus.CONVERTED);
        assertEquals(anyConverted, master.status() == LeadStatus.CONVERTED, "the default policy makes a converted lead the master");
        assertEquals(others.stream().map(l -> new MergedLead(l.id(), l.status())).toList(), merge.merged());
        for (int i = 0; i < others.size(); i++) {
            Lead before = others.get(i);
            Lead after = merge.retired().get(i).aggregate();
            if (before.status() == LeadStatus.CONVERTED) {
                assertEquals(before, after, "a converted duplicate keeps its conversion");
            } else {
                assertEquals(LeadStatus.DISQUALIFIED, after.status());
            }
        }
        Set<String> all = new HashSet<>();
        base.leads().forEach(l -> all.addAll(l.tags().values()));
        assertEquals(all, merge.master().aggregate().tags().values(), "no tag is lost, whatever the statuses");
    }

    @Property(tries = 300)
    void theMergedLeadsDealsEndOnTheMastersAccountAndTheListedMovesUndoTheMerge(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 7) int size) {
        Base base = base(new Random(seed), size);
        Lead master = MasterPolicy.ofDefaults().choose(base.leads());
        List<Lead> convertedDuplicates = base.leads().stream()
                .filter(l -> !l.id().equals(master.id()) && l.status() == LeadStatus.CONVERTED).toList();
        Map<OpportunityId, Opportunity> store = new LinkedHashMap<>(base.deals());

        // when: the moves of each converted duplicate in turn, each reading the store as the service does
        List<OpportunityMove> moves = new ArrayList<>();
        for (Lead duplicate : convertedDuplicates) {
            AccountId account = duplicate.convertedTo().orElseThrow().account();
            List<Opportunity> ofAccount = store.values().stream().filter(o -> o.account().equals(account)).toList();
            for (Changed<Opportunity> move : LeadMerge.opportunityMoves(master, duplicate, ofAccount, MERGED_AT)) {
                store.put(move.aggregate().id(), move.aggregate());
                moves.add(OpportunityMove.of(duplicate.id(), (OpportunityMoved) move.events().get(0)));
            }
        }

        // then: no deal is left on a duplicate's account with the duplicate's contact, its conversion deal has moved
        Optional<ConvertedTo> to = master.convertedTo();
        for (Lead duplicate : convertedDuplicates) {
            ConvertedTo from = duplicate.convertedTo().orElseThrow();
            duplicate.convertedTo().orElseThrow().opportunity().ifPresent(id ->
                    assertEquals(to.orElseThrow().account(), store.get(id).account(), "conversion deal " + id));
            if (!from.contact().equals(to.orElseThrow().contact())) {
                assertTrue(store.values().stream().noneMatch(o -> o.account().equals(from.account())
                        && o.primaryContact().equals(Optional.of(from.contact()))), "contact " + from.contact());
            }
        }
        // only deals of a duplicate's account moved, and only onto the master's account
        for (Opportunity before : base.deals().values()) {
            Opportunity after = store.get(before.id());
            if (!before.equals(after)) {
                assertTrue(convertedDuplicates.stream().anyMatch(d -> d.convertedTo().orElseThrow().account().equals(before.account())));
                assertEquals(to.orElseThrow().account(), after.account());
                assertEquals(before.history(), after.history());
                assertEquals(before.status(), after.status());
            }
        }
        // undo: moving back in reverse order restores every deal
        for (int i = moves.size() - 1; i >= 0; i--) {
            OpportunityMove move = moves.get(i);
            Opportunity o = store.get(move.opportunity());
            assertEquals(move.toAccount(), o.account());
            store.put(o.id(), o.moveToAccount(move.fromAccount(), move.fromContact(), MERGED_AT).aggregate());
        }
        assertEquals(base.deals(), store);
    }

    /** Leads in every status; converted ones into new or shared accounts, with deals of every kind on those accounts. */
    private static Base base(Random random, int size) {
        List<Account> accounts = new ArrayList<>();
        List<ContactId> contacts = new ArrayList<>();
        Map<OpportunityId, Opportunity> deals = new LinkedHashMap<>();
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Instant at = START.plus(Duration.ofHours(random.nextInt(500)));
            LeadId id = new LeadId(new UUID(7, i));
            Lead lead = Lead.capture(id, NewLead.from(SourceChannel.WEB_FORM).person("Jürgen", "Müller " + i)
                    .email("j" + i + "@rhein.example").company("Rhein Logistics GmbH")
                    .tags(Tags.of(List.of("vip", "fair 2026", "import").get(random.nextInt(3)))).build(), at).aggregate();
            LeadStatus status = STATUSES[random.nextInt(STATUSES.length)];
            Lead next = switch (status) {
                case WORKING -> lead.startWorking(at).aggregate();
                case NURTURING -> lead.nurture(at).aggregate();
                case DISQUALIFIED -> lead.disqualify(List.of(Disqualification.of(DisqualificationReason.NO_BUDGET, "no budget")), at).aggregate();
                case CONVERTED -> {
                    Lead qualified = lead.qualify(QualificationPolicies.none(), LocalDate.of(2026, 1, 5), at).lead();
                    Optional<Account> into = accounts.isEmpty() || random.nextBoolean() ? Optional.empty()
                            : Optional.of(accounts.get(random.nextInt(accounts.size())));
                    Optional<LeadConversion.OpportunityDraft> draft = random.nextInt(4) == 0 ? Optional.empty()
                            : Optional.of(new LeadConversion.OpportunityDraft(DIRECT, "Deal of lead " + i,
                            Optional.of(Money.of("12000", "EUR")), Optional.empty()));
                    LeadConversion conversion = LeadConversion.convert(qualified,
                            new LeadConversion.Target(into, Optional.empty(), draft, REP), LeadConversion.NewIds.generate(), at);
                    if (into.isEmpty()) {
                        accounts.add(conversion.account());
                    }
                    contacts.add(conversion.contact().id());
                    conversion.opportunity().ifPresent(o -> deals.put(o.id(), o));
                    yield conversion.lead();
                }
                default -> lead;
            };
            leads.add(next);
        }
        // more deals on those accounts: with a converted contact, someone else, or nobody as primary contact; some closed
        for (int k = 0; k < accounts.size() * 2; k++) {
            Account account = accounts.get(random.nextInt(accounts.size()));
            Opportunity o = Opportunity.open(OpportunityId.newId(), DIRECT, "Extra deal " + k, account.id(), REP, START)
                    .aggregate().withAmount(Money.of("3000", "EUR"), START).aggregate();
            int who = random.nextInt(3);
            if (who == 0) {
                o = o.withPrimaryContact(contacts.get(random.nextInt(contacts.size())), START).aggregate();
            } else if (who == 1) {
                o = o.withPrimaryContact(ContactId.newId(), START).aggregate();
            }
            if (random.nextBoolean()) {
                o = o.closeWon(DIRECT, Optional.empty(), START.plus(Duration.ofDays(3))).opportunity();
            }
            deals.put(o.id(), o);
        }
        return new Base(leads, deals);
    }
}
