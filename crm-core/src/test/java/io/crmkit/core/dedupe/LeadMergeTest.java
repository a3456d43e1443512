package io.crmkit.core.dedupe;

import io.crmkit.core.lead.ConvertedTo;
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
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging CONVERTED leads: who may be merged into whom, and which opportunities follow the merged lead. */
final class LeadMergeTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant MERGED_AT = MONDAY.plus(Duration.ofDays(20));
    private static final UserId REP = UserId.of("0190a6f2-8c1e-7abc-8def-000000000001");
    private static final Pipeline DIRECT = Pipeline.builder(PipelineId.newId(), "Direct sales")
            .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
            .won("won", "Closed won")
            .lost("lost", "Closed lost")
            .build();

    private static Lead captured(String first, String last, String email, Instant at) {
        return Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.WEB_FORM).person(first, last).email(email)
                .company("Rhein Logistics GmbH").tags(Tags.of(email.startsWith("j.") ? "fair 2026" : "import")).build(), at).aggregate();
    }

    private static LeadConversion converted(Lead lead, Optional<Account> into, boolean withOpportunity) {
        Lead qualified = lead.qualify(QualificationPolicies.none(), LocalDate.of(2026, 3, 2), lead.capturedAt()).lead();
        return LeadConversion.convert(qualified, new LeadConversion.Target(into, Optional.empty(),
                withOpportunity ? Optional.of(new LeadConversion.OpportunityDraft(DIRECT, "Fleet telematics for " + lead.person(),
                        Optional.of(Money.of("24000", "EUR")), Optional.empty())) : Optional.empty(), REP),
                LeadConversion.NewIds.generate(), lead.capturedAt().plus(Duration.ofHours(1)));
    }

    @Test
    void aConvertedDuplicateStaysConvertedWhileTheOthersAreRetired() {
        Lead master = converted(captured("Jürgen", "Müller", "j.mueller@rhein.example", MONDAY), Optional.empty(), true).lead();
        Lead convertedTwin = converted(captured("Juergen", "Mueller", "juergen@rhein.example", MONDAY.plusSeconds(60)),
                Optional.empty(), true).lead();
        Lead fresh = captured("J.", "Müller", "jm@rhein.example", MONDAY.plusSeconds(120));

        LeadMerge merge = LeadMerge.of(master, List.of(convertedTwin, fresh), Survivorship.ofDefaults(), MERGED_AT);

        Lead merged = merge.master().aggregate();
        assertEquals(master.retag(merged.tags(), MERGED_AT).aggregate(), merged, "a CONVERTED master keeps its fields");
        assertTrue(merged.tags().values().containsAll(fresh.tags().values())
                && merged.tags().values().containsAll(master.tags().values()), "and gains the duplicates' tags: " + merged.tags());
        assertEquals(merge.tagsAdded().isEmpty() ? 0 : 1, merge.master().events().size());
        assertEquals(List.of(new MergedLead(convertedTwin.id(), LeadStatus.CONVERTED), new MergedLead(fresh.id(), LeadStatus.NEW)),
                merge.merged());
        assertEquals(convertedTwin, merge.retired().get(0).aggregate(), "the converted lead keeps its conversion");
        assertTrue(merge.retired().get(0).events().isEmpty());
        Lead retired = merge.retired().get(1).aggregate();
        assertEquals(LeadStatus.DISQUALIFIED, retired.status());
        assertEquals(DisqualificationReason.DUPLICATE, retired.disqualifications().get(0).reason());
    }

    @Test
    void aConvertedDuplicateOfANonConvertedMasterIsRefusedNamingTheFix() {
        Lead master = captured("Jürgen", "Müller", "j.mueller@rhein.example", MONDAY);
        Lead convertedTwin = converted(captured("Juergen", "Mueller", "juergen@rhein.example", MONDAY.plusSeconds(60)),
                Optional.empty(), false).lead();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LeadMerge.of(master, List.of(convertedTwin), Survivorship.ofDefaults(), MERGED_AT));

        assertTrue(e.getMessage().contains("lead " + convertedTwin.id() + " is CONVERTED"), e.getMessage());
        assertTrue(e.getMessage().contains("which is NEW; make the CONVERTED lead the master"), e.getMessage());
    }

    @Test
    void theDefaultMasterPolicyPicksTheConvertedLeadEvenIfItIsTheNewest() {
        Lead older = captured("Jürgen", "Müller", "j.mueller@rhein.example", MONDAY);
        Lead convertedTwin = converted(captured("Juergen", "Mueller", "juergen@rhein.example", MONDAY.plusSeconds(60)),
                Optional.empty(), false).lead();

        assertEquals(convertedTwin.id(), MasterPolicy.ofDefaults().choose(List.of(older, convertedTwin)).id());
    }

    @Test
    void theDuplicatesOwnDealsMoveToTheMastersAccountAndTheAccountsOtherDealsStay() {
        // given: the master converted into its own account; the duplicate into an existing account with other deals
        LeadConversion masterConversion = converted(captured("Jürgen", "Müller", "j.mueller@rhein.example", MONDAY),
                Optional.empty(), true);
        Lead master = masterConversion.lead();
        Account existing = Account.open(AccountId.newId(), "Rhein Logistics Holding", masterConversion.account().profile(),
                REP, MONDAY).aggregate();
        LeadConversion twinConversion = converted(captured("Juergen", "Mueller", "juergen@rhein.example",
                MONDAY.plusSeconds(60)), Optional.of(existing), true);
        Lead twin = twinConversion.lead();
        ConvertedTo from = twin.convertedTo().orElseThrow();
        ConvertedTo to = master.convertedTo().orElseThrow();
        Opportunity conversionDeal = twinConversion.opportunity().orElseThrow()
                .withPrimaryContact(ContactId.newId(), MONDAY.plus(Duration.ofDays(2))).aggregate(); // contact changed since
        Opportunity wonDeal = open("Spare parts", existing.id(), Optional.of(from.contact()))
                .closeWon(DIRECT, Optional.empty(), MONDAY.plus(Duration.ofDays(5))).opportunity();
        Opportunity colleaguesDeal = open("Warehouse scanners", existing.id(), Optional.of(ContactId.newId()));
        Opportunity accountDeal = open("Framework contract", existing.id(), Optional.empty());

        // when
        List<Changed<Opportunity>> moves = LeadMerge.opportunityMoves(master, twin,
                List.of(conversionDeal, wonDeal, colleaguesDeal, accountDeal), MERGED_AT);

        // then: the conversion's deal keeps its new contact, the won deal gets the master's contact and stays won
        assertEquals(List.of(conversionDeal.id(), wonDeal.id()), moves.stream().map(m -> m.aggregate().id()).toList());
        assertEquals(List.of(new OpportunityMoved(conversionDeal.id(), existing.id(), to.account(),
                        conversionDeal.primaryContact(), conversionDeal.primaryContact(), MERGED_AT)), moves.get(0).events());
        Opportunity movedWon = moves.get(1).aggregate();
        assertEquals(to.account(), movedWon.account());
        assertEquals(Optional.of(to.contact()), movedWon.primaryContact());
        assertEquals(OpportunityStatus.WON, movedWon.status());
        assertEquals(wonDeal.history(), movedWon.history());
    }

    @Test
    void leadsConvertedIntoOneAccountOnlyHandTheirDealsToTheMastersContact() {
        LeadConversion masterConversion = converted(captured("Jürgen", "Müller", "j.mueller@rhein.example", MONDAY),
                Optional.empty(), false);
        Lead master = masterConversion.lead();
        LeadConversion twinConversion = converted(captured("Juergen", "Mueller", "juergen@rhein.example",
                MONDAY.plusSeconds(60)), Optional.of(masterConversion.account()), true);
        Opportunity deal = twinConversion.opportunity().orElseThrow();

        List<Changed<Opportunity>> moves = LeadMerge.opportunityMoves(master, twinConversion.lead(), List.of(deal), MERGED_AT);

        assertEquals(1, moves.size());
        OpportunityMoved event = (OpportunityMoved) moves.get(0).events().get(0);
        assertEquals(event.fromAccount(), event.toAccount());
        assertEquals(Optional.of(twinConversion.contact().id()), event.fromContact());
        assertEquals(Optional.of(masterConversion.contact().id()), event.toContact());
        assertEquals(List.of(), LeadMerge.opportunityMoves(master, twinConversion.lead(), List.of(moves.get(0).aggregate()),
                MERGED_AT), "a second merge finds nothing left to move");
    }

    @Test
    void opportunityMovesNeedTwoConvertedLeads() {
        Lead master = converted(captured("Jürgen", "Müller", "j.mueller@rhein.example", MONDAY), Optional.empty(), false).lead();
        Lead fresh = captured("Juergen", "Mueller", "juergen@rhein.example", MONDAY);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeadMerge.opportunityMoves(master, fresh, List.of(), MERGED_AT));

        assertEquals("duplicate lead " + fresh.id() + " is NEW, not CONVERTED", e.getMessage());
    }

    @Test
    void theMergeEventRefusesAMoveFromALeadThatWasNotMerged() {
        LeadId merged = LeadId.newId();
        LeadId stranger = LeadId.newId();
        OpportunityMove move = new OpportunityMove(OpportunityId.newId(), stranger, AccountId.newId(), AccountId.newId(),
                Optional.empty(), Optional.empty());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LeadsMerged(LeadId.newId(),
                List.of(new MergedLead(merged, LeadStatus.CONVERTED)), List.of(), List.of(), List.of(), List.of(move), MERGED_AT));

        assertTrue(e.getMessage().contains("moved from lead " + stranger + ", which is not among the merged leads"), e.getMessage());
        assertEquals(List.of(), new LeadsMerged(LeadId.newId(), List.of(new MergedLead(merged, LeadStatus.NEW)), List.of(),
                List.of(), List.of(), MERGED_AT).opportunitiesMoved(), "the constructor without moves lists none");
    }

    private static Opportunity open(String name, AccountId account, Optional<ContactId> contact) {
        Opportunity o = Opportunity.open(OpportunityId.newId(), DIRECT, name, account, REP, MONDAY.plus(Duration.ofDays(1)))
                .aggregate().withAmount(Money.of("9000", "EUR"), MONDAY.plus(Duration.ofDays(1))).aggregate();
        return contact.map(c -> o.withPrimaryContact(c, MONDAY.plus(Duration.ofDays(1))).aggregate()).orElse(o);
    }
}
