package io.crmkit.core.lead;

import io.crmkit.core.opportunity.OpportunityUpdated;
import io.crmkit.core.opportunity.OpportunityOpened;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.StageCriteria;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountOpened;
import io.crmkit.core.party.AccountUpdated;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactCreated;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.ContactUpdated;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.IllegalTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class LeadTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:15:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T11:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 4);
    private static final UserId REP = UserId.of("0190a6f2-8c1e-7abc-8def-000000000001");
    private static final QualificationPolicy BANT = QualificationPolicies.bant(Money.of("10000", "EUR"), Period.ofMonths(6));

    private static final Pipeline DIRECT_SALES = Pipeline.builder(PipelineId.newId(), "Direct sales")
            .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
            .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
            .won("won", "Closed won")
            .lost("lost", "Closed lost")
            .build();

    @Test
    void rejectsALeadWithNoEmailPhoneOrCompanyNamingThePerson() {
        NewLead anonymous = NewLead.from(SourceChannel.EVENT).person("Grace", "Hopper").title("Rear Admiral").build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lead.capture(LeadId.newId(), anonymous, MONDAY));

        assertTrue(e.getMessage().contains("Grace Hopper"), e::getMessage);
        assertTrue(e.getMessage().contains("needs an email, a phone or a company"), e::getMessage);
    }

    @Test
    void acceptsALeadReachableByAnyOneOfEmailPhoneOrCompany() {
        NewLead byEmail = NewLead.from(SourceChannel.WEB_FORM).person("Grace", "Hopper").email("grace@navy.example").build();
        NewLead byPhone = NewLead.from(SourceChannel.PHONE).person("Grace", "Hopper")
                .phone("030 1234567", CountryCode.of("DE")).build();
        NewLead byCompany = NewLead.from(SourceChannel.EVENT).person("Grace", "Hopper").company("Eckert-Mauchly").build();

        for (NewLead details : List.of(byEmail, byPhone, byCompany)) {
            Lead lead = Lead.capture(LeadId.newId(), details, MONDAY).aggregate();
            assertEquals(LeadStatus.NEW, lead.status());
        }
    }

    @Test
    void capturesANewLeadWithItsCaptureEvent() {
        LeadId id = LeadId.newId();

        var captured = Lead.capture(id, adaWith(Bant.unknown()).owner(REP).build(), MONDAY);

        assertEquals(LeadStatus.NEW, captured.aggregate().status());
        assertEquals(MONDAY, captured.aggregate().capturedAt());
        assertEquals(MONDAY, captured.aggregate().statusChangedAt());
        assertEquals(List.of(new LeadCaptured(id, SourceChannel.WEB_FORM, Optional.of(REP), MONDAY)), captured.events());
    }

    @Test
    void bantReportsAllFourReasonsForAnEmptyBant() {
        Lead lead = capture(adaWith(Bant.unknown()));

        List<Disqualification> reasons = BANT.check(lead, TODAY);

        assertEquals(List.of(
                Disqualification.of(DisqualificationReason.NO_BUDGET, "budget is unknown"),
                Disqualification.of(DisqualificationReason.NO_AUTHORITY, "decision role is unknown"),
                Disqualification.of(DisqualificationReason.NO_NEED, "no need has been stated"),
                Disqualification.of(DisqualificationReason.BAD_TIMING, "purchase timeline is unknown")), reasons);
    }

    @Test
    void bantExplainsWhatFellShortWhenEverythingIsKnownButInsufficient() {
        Lead lead = capture(adaWith(Bant.unknown().withBudget(Money.of("4000", "EUR")).withAuthority(DecisionRole.INFLUENCER)
                .withNeed("consolidate three ticketing tools").withTimeline(LocalDate.of(2026, 1, 15))));

        List<Disqualification> reasons = BANT.check(lead, TODAY);

        assertEquals(List.of(DisqualificationReason.NO_BUDGET, DisqualificationReason.NO_AUTHORITY,
                DisqualificationReason.BAD_TIMING), reasons.stream().map(Disqualification::reason).toList());
        assertEquals("budget 4000.00 EUR is below the minimum of 10000.00 EUR", reasons.get(0).detail());
        assertEquals("contact is influencer, not a decision maker", reasons.get(1).detail());
        assertEquals("purchase date 2026-01-15 is not between 2025-03-04 and 2025-09-04", reasons.get(2).detail());
    }

    @Test
    void qualifiesALeadThatMeetsEveryBantCheck() {
        Lead lead = capture(adaWith(completeBant()));

        QualificationOutcome outcome = lead.qualify(BANT, TODAY, TUESDAY);

        QualificationOutcome.Qualified qualified = assertInstanceOf(QualificationOutcome.Qualified.class, outcome);
        assertEquals(LeadStatus.QUALIFIED, qualified.lead().status());
        assertEquals(TUESDAY, qualified.lead().statusChangedAt());
        assertEquals(List.of(new LeadQualified(lead.id(), LeadStatus.NEW, TUESDAY)), qualified.events());
    }

    @Test
    void disqualifiesAFailingLeadWithEveryReasonOfThePolicy() {
        Lead lead = capture(adaWith(Bant.unknown())).startWorking(MONDAY.plusSeconds(600)).aggregate();

        QualificationOutcome outcome = lead.qualify(BANT, TODAY, TUESDAY);

        QualificationOutcome.Disqualified disqualified = assertInstanceOf(QualificationOutcome.Disqualified.class, outcome);
        assertEquals(4, disqualified.reasons().size());
        assertEquals(LeadStatus.DISQUALIFIED, disqualified.lead().status());
        assertEquals(disqualified.reasons(), disqualified.lead().disqualifications());
        assertEquals(List.of(new LeadDisqualified(lead.id(), LeadStatus.WORKING, disqualified.reasons(), TUESDAY)),
                disqualified.events());
    }

    @Test
    void reopeningADisqualifiedLeadClearsItsReasons() {
        Lead disqualified = capture(adaWith(Bant.unknown())).disqualify(List.of(
                Disqualification.of(DisqualificationReason.UNREACHABLE, "no answer after five calls")), TUESDAY).aggregate();

        var reopened = disqualified.reopen(TUESDAY.plusSeconds(3600));

        assertEquals(LeadStatus.WORKING, reopened.aggregate().status());
        assertEquals(List.of(), reopened.aggregate().disqualifications());
        assertEquals(List.of(new LeadStatusChanged(disqualified.id(), LeadStatus.DISQUALIFIED, LeadStatus.WORKING,
                TUESDAY.plusSeconds(3600))), reopened.events());
    }

    @Test
    void refusesToDisqualifyWithoutAReason() {
        Lead lead = capture(adaWith(Bant.unknown()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lead.disqualify(List.of(), TUESDAY));

        assertTrue(e.getMessage().contains("at least one disqualification reason"), e::getMessage);
    }

    @Test
    void refusesToConvertALeadThatIsNotQualified() {
        Lead lead = capture(adaWith(completeBant()));
        LeadConversion.Target target = new LeadConversion.Target(Optional.empty(), Optional.empty(), Optional.empty(), REP);

        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> LeadConversion.convert(lead, target, LeadConversion.NewIds.generate(), TUESDAY));

        assertEquals(LeadStatus.NEW, e.from());
        assertEquals(LeadStatus.CONVERTED, e.to());
    }

    @Test
    void convertsIntoANewAccountContactAndOpportunity() {
        Lead lead = qualified(adaWith(completeBant()));
        LeadConversion.NewIds ids = LeadConversion.NewIds.generate();
        LeadConversion.Target target = new LeadConversion.Target(Optional.empty(), Optional.empty(),
                Optional.of(new LeadConversion.OpportunityDraft(DIRECT_SALES, "Analytical Engines: order tracking",
                        Optional.of(Money.of("24000", "EUR")), Optional.of(LocalDate.of(2025, 6, 30)))), REP);

        LeadConversion conversion = LeadConversion.convert(lead, target, ids, TUESDAY);

        assertEquals("Analytical Engines Ltd", conversion.account().name());
        assertEquals(lead.companyProfile(), conversion.account().profile());
        assertEquals(Optional.of(EmailAddress.of("ada@analytical.example")), conversion.contact().email());
        assertEquals(Optional.of(DecisionRole.ECONOMIC_BUYER), conversion.contact().decisionRole());
        assertTrue(conversion.contact().worksFor(ids.account()));
        var opportunity = conversion.opportunity().orElseThrow();
        assertEquals(Optional.of(Money.of("24000", "EUR")), opportunity.amount());
        assertEquals(Optional.of(ids.contact()), opportunity.primaryContact());
        assertEquals("qualify", opportunity.stage());
        assertEquals(Optional.of(new ConvertedTo(ids.account(), ids.contact(), Optional.of(ids.opportunity()))),
                conversion.lead().convertedTo());
        assertEquals(LeadStatus.CONVERTED, conversion.lead().status());
        assertEquals(List.of(AccountOpened.class, ContactCreated.class, ContactUpdated.class, LeadConverted.class,
                        OpportunityOpened.class, OpportunityUpdated.class, OpportunityUpdated.class, OpportunityUpdated.class),
                conversion.events().stream().map(Object::getClass).toList(),
                "every change is an event: the contact's decision role, the opportunity's contact, amount and date");
    }

    @Test
    void namesANewAccountAfterThePersonWhenTheLeadHasNoCompany() {
        NewLead soleTrader = NewLead.from(SourceChannel.REFERRAL).person("Margaret", "Hamilton")
                .email("margaret@hamilton.example").build();
        Lead lead = qualified(soleTrader);

        LeadConversion conversion = LeadConversion.convert(lead,
                new LeadConversion.Target(Optional.empty(), Optional.empty(), Optional.empty(), REP),
                LeadConversion.NewIds.generate(), TUESDAY);

        assertEquals("Margaret Hamilton", conversion.account().name());
        assertEquals(REP, conversion.account().owner());
        assertEquals(Optional.empty(), conversion.opportunity());
    }

    @Test
    void convertingIntoAnExistingAccountFillsOnlyItsEmptyProfileFields() {
        Lead lead = qualified(adaWith(completeBant()));
        Account existing = Account.open(AccountId.newId(), "Analytical Engines",
                CompanyProfile.empty().withIndustry("Industrial machinery").withRegion("EMEA"), REP, MONDAY).aggregate();

        LeadConversion conversion = LeadConversion.convert(lead,
                new LeadConversion.Target(Optional.of(existing), Optional.empty(), Optional.empty(), REP),
                LeadConversion.NewIds.generate(), TUESDAY);

        CompanyProfile profile = conversion.account().profile();
        assertEquals(existing.id(), conversion.account().id());
        assertEquals("Analytical Engines", conversion.account().name());
        assertEquals(Optional.of("Industrial machinery"), profile.industry(), "a known industry is kept");
        assertEquals(Optional.of("EMEA"), profile.region());
        assertEquals(Optional.of("analytical.example"), profile.website(), "the missing website is filled from the lead");
        assertEquals(Optional.of(SizeBand.MEDIUM), profile.sizeBand());
        assertEquals(new AccountUpdated(existing.id(), List.of("sizeBand", "website"), TUESDAY), conversion.events().get(0));
        assertFalse(conversion.events().stream().anyMatch(AccountOpened.class::isInstance));
        assertTrue(conversion.contact().worksFor(existing.id()));
        assertEquals(existing.id(), conversion.lead().convertedTo().orElseThrow().account());
    }

    @Test
    void convertingIntoAnExistingContactFillsOnlyItsEmptyEmailAndPhone() {
        Lead lead = qualified(adaWith(completeBant()).phone("+44 20 7946 0958", CountryCode.of("GB")));
        Account account = Account.open(AccountId.newId(), "Analytical Engines", CompanyProfile.empty(), REP, MONDAY).aggregate();
        Contact existing = Contact.create(ContactId.newId(), PersonName.of("Ada", "Lovelace"),
                Optional.of(EmailAddress.of("a.lovelace@analytical.example")), Optional.empty(), Optional.empty(),
                account.id(), REP, MONDAY).aggregate();

        LeadConversion conversion = LeadConversion.convert(lead,
                new LeadConversion.Target(Optional.of(account), Optional.of(existing), Optional.empty(), REP),
                LeadConversion.NewIds.generate(), TUESDAY);

        Contact contact = conversion.contact();
        assertEquals(existing.id(), contact.id());
        assertEquals(Optional.of(EmailAddress.of("a.lovelace@analytical.example")), contact.email(), "a known email is kept");
        assertEquals(Optional.of(PhoneNumber.of("+442079460958")), contact.phone(), "the missing phone is filled from the lead");
        assertTrue(conversion.events().contains(new ContactUpdated(existing.id(),
                List.of("phone", "title", "decisionRole"), TUESDAY)), conversion.events()::toString);
        assertFalse(conversion.events().stream().anyMatch(ContactCreated.class::isInstance));
        assertEquals(existing.id(), conversion.lead().convertedTo().orElseThrow().contact());
    }

    @Test
    void refusesAnExistingContactWithoutItsAccount() {
        Contact contact = Contact.create(ContactId.newId(), PersonName.of("Ada", "Lovelace"), Optional.empty(),
                Optional.empty(), Optional.empty(), AccountId.newId(), REP, MONDAY).aggregate();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LeadConversion.Target(Optional.empty(), Optional.of(contact), Optional.empty(), REP));

        assertTrue(e.getMessage().contains(contact.id().toString()), e::getMessage);
    }

    private static NewLead.Builder adaWith(Bant bant) {
        return NewLead.from(SourceChannel.WEB_FORM)
                .person("Ada", "Lovelace")
                .email("ada@analytical.example")
                .title("Head of Engineering")
                .company("Analytical Engines Ltd")
                .companyProfile(CompanyProfile.empty().withIndustry("Manufacturing").withSizeBand(SizeBand.MEDIUM)
                        .withWebsite("analytical.example"))
                .bant(bant);
    }

    private static Bant completeBant() {
        return Bant.unknown().withBudget(Money.of("24000", "EUR")).withAuthority(DecisionRole.ECONOMIC_BUYER)
                .withNeed("replace spreadsheets for order tracking").withTimeline(LocalDate.of(2025, 6, 30));
    }

    private static Lead capture(NewLead.Builder details) {
        return Lead.capture(LeadId.newId(), details.build(), MONDAY).aggregate();
    }

    private static Lead qualified(NewLead.Builder details) {
        return qualified(details.build());
    }

    private static Lead qualified(NewLead details) {
        Lead lead = Lead.capture(LeadId.newId(), details, MONDAY).aggregate();
        return lead.qualify(QualificationPolicies.none(), TODAY, TUESDAY).lead();
    }
}
