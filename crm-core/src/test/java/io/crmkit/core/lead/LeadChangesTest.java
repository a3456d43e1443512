package io.crmkit.core.lead;

import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updating a lead after capture, foreign-currency budgets, and conversion into a contact of another account. */
final class LeadChangesTest {

    private static final Instant CAPTURED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-05T14:00:00Z");
    private static final UserId REP = UserId.newId();

    private static Lead captured() {
        return Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.EVENT).person("Grace", "Hopper")
                .email("grace@cobol.example").company("Cobol Systems").build(), CAPTURED).aggregate();
    }

    @Test
    void recordsWhatARepLearnedAndNamesTheChangedFields() {
        Lead lead = captured();
        Bant learned = Bant.unknown().withBudget(Money.of("40000", "USD")).withAuthority(DecisionRole.ECONOMIC_BUYER)
                .withNeed("Replace the mainframe CRM").withTimeline(LocalDate.of(2026, 6, 30));

        var changed = lead.update(LeadChanges.none().title("VP Engineering").phone("(415) 555-2671", CountryCode.of("US"))
                .email("grace@cobol.example").bant(learned), LATER);

        assertEquals(Optional.of("VP Engineering"), changed.aggregate().title());
        assertEquals("+14155552671", changed.aggregate().phone().orElseThrow().e164());
        assertEquals(learned, changed.aggregate().bant());
        assertEquals(lead.email(), changed.aggregate().email());
        assertEquals(List.of(new LeadUpdated(lead.id(), List.of("phone", "title", "bant"), LATER)), changed.events());
        assertFalse(lead.update(LeadChanges.none().company("Cobol Systems"), LATER).changed(), "same value, no event");
    }

    @Test
    void aConvertedLeadIsNotUpdated() {
        Lead converted = LeadConversion.convert(
                captured().qualify(QualificationPolicies.none(), LocalDate.of(2026, 3, 2), CAPTURED).lead(),
                new LeadConversion.Target(Optional.empty(), Optional.empty(), Optional.empty(), REP),
                LeadConversion.NewIds.generate(), LATER).lead();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> converted.update(LeadChanges.none().title("CTO"), LATER));
        assertTrue(e.getMessage().endsWith("is CONVERTED; update its account and contact instead"), e.getMessage());
    }

    @Test
    void aBudgetInAnotherCurrencyFailsWithAReasonNotAnException() {
        Lead lead = captured().update(LeadChanges.none().bant(Bant.unknown().withBudget(Money.of("40000", "USD"))), LATER)
                .aggregate();

        List<Disqualification> reasons = QualificationPolicies.budgetAtLeast(Money.of("25000", "EUR"))
                .check(lead, LocalDate.of(2026, 3, 5));

        assertEquals(List.of(Disqualification.of(DisqualificationReason.NO_BUDGET,
                "budget 40000.00 USD is not in EUR, the currency of the minimum of 25000.00 EUR")), reasons);
    }

    @Test
    void conversionRefusesAContactOfAnotherAccount() {
        Account acme = Account.open(AccountId.newId(), "Acme", CompanyProfile.empty(), REP, CAPTURED).aggregate();
        Account globex = Account.open(AccountId.newId(), "Globex", CompanyProfile.empty(), REP, CAPTURED).aggregate();
        Contact ofGlobex = Contact.create(ContactId.newId(), PersonName.of("Hank", "Scorpio"), Optional.empty(),
                Optional.empty(), Optional.empty(), globex.id(), REP, CAPTURED).aggregate();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LeadConversion.Target(
                Optional.of(acme), Optional.of(ofGlobex), Optional.empty(), REP));

        assertEquals("existingContact " + ofGlobex.id() + " does not work for existingAccount " + acme.id(), e.getMessage());
    }
}
