package io.crmkit.scoring.rules;

import io.crmkit.core.lead.Bant;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class LeadProfilesTest {

    @Test
    void exposesTheStandardLeadFieldsAndCustomAttributes() {
        Lead lead = Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.EVENT).person("Ada", "Lovelace")
                .email("ada@Analytical.example").title("CTO").company("Analytical Engines")
                .companyProfile(CompanyProfile.empty().withIndustry("Manufacturing").withSizeBand(SizeBand.MEDIUM))
                .bant(Bant.unknown().withBudget(Money.of("50000", "EUR")).withAuthority(DecisionRole.DECISION_MAKER))
                .tags(Tags.of("Trade Fair", "vip")).build(), Instant.parse("2026-06-01T00:00:00Z")).aggregate();

        Profile profile = LeadProfiles.of(lead, Map.of("employees", 180, "interests", List.of("CPQ", "Forecasting")));

        assertEquals(Optional.of("event"), profile.get("source"));
        assertEquals(Optional.of("analytical.example"), profile.get("email_domain"));
        assertEquals(Optional.of("manufacturing"), profile.get("industry"));
        assertEquals(Optional.of("medium"), profile.get("size_band"));
        assertEquals(Optional.of(50000.0), profile.get("budget"));
        assertEquals(Optional.of("decision_maker"), profile.get("authority"));
        assertEquals(Optional.of(false), profile.get("has_phone"));
        assertEquals(Optional.of(Set.of("trade fair", "vip")), profile.get("tags"));
        assertEquals(Optional.of(180.0), profile.get("employees"));
        assertEquals(Optional.of(Set.of("cpq", "forecasting")), profile.get("interests"));
        assertEquals(Optional.empty(), profile.get("region"));
    }

    @Test
    void rejectsCustomAttributesOfUnknownTypesNamingThem() {
        Lead lead = Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.API).person("A", "B").email("a@b.example").build(),
                Instant.parse("2026-06-01T00:00:00Z")).aggregate();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeadProfiles.of(lead, Map.of("signup", Instant.EPOCH)));
        assertEquals("custom attribute signup must be a String, Number, Boolean or Collection but was Instant", e.getMessage());
    }
}
