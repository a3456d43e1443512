package io.crmkit.testkit.arbitrary;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountRole;
import io.crmkit.core.shared.Money;
import io.crmkit.testkit.fixture.PipelineFixtures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arbitraries generate only values the domain accepts, and cover the space a host's properties need. */
final class CrmArbitrariesProperties {

    private static final Pipeline DIRECT = PipelineFixtures.directSales();

    @Property
    void moneyIsAlwaysAtItsCurrencysScale(@ForAll("money") Money money) {
        assertEquals(money.currency().getDefaultFractionDigits(), money.amount().scale());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void leadsCoverEveryStatusAndRespectTheirInvariants(@ForAll("leads") Lead lead) {
        Statistics.collect(lead.status());
        assertEquals(lead.status() == LeadStatus.DISQUALIFIED, !lead.disqualifications().isEmpty());
        assertEquals(lead.status() == LeadStatus.CONVERTED, lead.convertedTo().isPresent());
        Statistics.coverage(coverage -> {
            for (LeadStatus status : LeadStatus.values()) {
                coverage.check(status).count(c -> c >= 10);
            }
        });
    }

    @Property(tries = 300)
    void opportunitiesAreOpenInAStageOfThePipelineWhoseCriteriaTheyMeet(@ForAll("opportunities") Opportunity o) {
        assertEquals(OpportunityStatus.OPEN, o.status());
        assertTrue(DIRECT.stage(o.stage()).isPresent());
        assertTrue(DIRECT.requireStage(o.stage()).refusals(o).isEmpty() || o.history().size() == 1,
                "entered only stages whose criteria hold: " + o.stage());
    }

    @Property(tries = 200)
    void accountsAreProspects(@ForAll("accounts") Account account) {
        assertTrue(account.is(AccountRole.PROSPECT));
    }

    @Provide
    Arbitrary<Money> money() {
        return CrmArbitraries.money();
    }

    @Provide
    Arbitrary<Lead> leads() {
        return CrmArbitraries.leads();
    }

    @Provide
    Arbitrary<Opportunity> opportunities() {
        return CrmArbitraries.opportunities(DIRECT);
    }

    @Provide
    Arbitrary<Account> accounts() {
        return CrmArbitraries.accounts();
    }
}
