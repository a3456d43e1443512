package io.crmkit.testkit.arbitrary;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.LifecycleChange;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.opportunity.StageCriteria;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.testkit.fixture.PipelineFixtures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arbitraries generate values the domain could produce, and cover the space a host's properties need: the
 * coverage checks fail if a generator stops reaching a status, a stage, a currency scale or a region.
 */
final class CrmArbitrariesProperties {

    private static final Pipeline DIRECT = PipelineFixtures.directSales();
    private static final Pipeline CHANNEL = PipelineFixtures.channel();
    /** Criteria on product lines and decision roles, and two lost stages. */
    private static final Pipeline PROJECTS = Pipeline.builder(PipelineId.newId(), "Projects")
            .open("scoping", "Scoping", 0.2, ForecastCategory.PIPELINE)
            .open("solution", "Solution agreed", 0.6, ForecastCategory.BEST_CASE, StageCriteria.productLines(),
                    StageCriteria.decisionRole(DecisionRole.ECONOMIC_BUYER))
            .won("won", "Won", StageCriteria.productLines())
            .lost("lost-to-competitor", "Lost to a competitor")
            .lost("no-decision", "No decision")
            .build();

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void moneyCoversZeroTwoAndThreeDecimalCurrenciesAndBothSigns(@ForAll("money") Money money) {
        assertTrue(money.amount().unscaledValue().abs().compareTo(BigInteger.valueOf(1_000_000_000L)) <= 0,
                "at most a billion minor units: " + money);
        Statistics.label("decimals").collect(money.currency().getDefaultFractionDigits());
        Statistics.label("sign").collect(money.amount().signum());
        Statistics.label("decimals").coverage(coverage -> {
            coverage.check(0).percentage(p -> p >= 3);
            coverage.check(2).percentage(p -> p >= 30);
            coverage.check(3).percentage(p -> p >= 8);
        });
        Statistics.label("sign").coverage(coverage -> {
            coverage.check(-1).percentage(p -> p >= 25);
            coverage.check(0).count(c -> c >= 1);
            coverage.check(1).percentage(p -> p >= 25);
        });
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

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void opportunitiesReachEveryStageAndStatusOfDirectSalesMeetingTheCriteriaOfTheStageTheyEntered(
            @ForAll("directSalesOpportunities") Opportunity o) {
        assertMovedOnlyAsTheDomainAllows(DIRECT, o);
        Statistics.label("stage").collect(o.stage());
        Statistics.label("status").collect(o.status());
        Statistics.label("reopened").collect(wasReopened(DIRECT, o));
        Statistics.label("stage").coverage(coverage -> {
            for (Stage stage : DIRECT.stages()) {
                coverage.check(stage.key()).percentage(p -> p >= 1.5);
            }
        });
        Statistics.label("status").coverage(coverage -> {
            for (OpportunityStatus status : OpportunityStatus.values()) {
                coverage.check(status).percentage(p -> p >= 5);
            }
        });
        Statistics.label("reopened").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = 500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void opportunitiesReachEveryStageOfAPipelineWithoutCriteria(@ForAll("channelOpportunities") Opportunity o) {
        assertMovedOnlyAsTheDomainAllows(CHANNEL, o);
        Statistics.collect(o.stage());
        Statistics.coverage(coverage -> {
            for (Stage stage : CHANNEL.stages()) {
                coverage.check(stage.key()).percentage(p -> p >= 5);
            }
        });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void opportunitiesReachStagesNeedingProductLinesAndDecisionRolesAndEveryLostStage(
            @ForAll("projectOpportunities") Opportunity o) {
        assertMovedOnlyAsTheDomainAllows(PROJECTS, o);
        Statistics.collect(o.stage());
        Statistics.coverage(coverage -> {
            for (Stage stage : PROJECTS.stages()) {
                coverage.check(stage.key()).count(c -> c >= 3);
            }
        });
    }

    private static void assertMovedOnlyAsTheDomainAllows(Pipeline pipeline, Opportunity o) {
        Stage stage = pipeline.stage(o.stage()).orElseThrow(() -> new AssertionError("not a stage: " + o.stage()));
        assertEquals(stage.outcome(), o.status(), "the status is the outcome of the stage");
        assertTrue(o.history().size() == 1 || stage.refusals(o).isEmpty(),
                "entered only stages whose criteria hold: " + o.stage() + " " + stage.refusals(o));
        for (int i = 1; i < o.history().size(); i++) {
            StageChange before = o.history().get(i - 1);
            StageChange after = o.history().get(i);
            assertEquals(before.to(), after.from().orElseThrow());
            assertFalse(after.at().isBefore(before.at()), "history in time order: " + o.history());
        }
        assertEquals(0, o.version());
    }

    private static boolean wasReopened(Pipeline pipeline, Opportunity o) {
        return o.history().stream().anyMatch(change -> change.from()
                .filter(from -> pipeline.requireStage(from).isClosed()).isPresent());
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void phoneNumbersAreNormalisedAndComeFromManyRegions(@ForAll("phoneNumbers") PhoneNumber phone) {
        assertEquals(phone, PhoneNumber.parse(phone.e164(), CountryCode.of("JP")), "already normalised");
        assertTrue(phone.callingCode().isPresent(), "a known calling code: " + phone);
        Statistics.collect(phone.callingCode().orElseThrow());
        Statistics.coverage(coverage -> {
            for (String code : List.of("1", "7", "33", "34", "36", "39", "41", "44", "49", "55", "61", "65", "81",
                    "86", "91", "971")) {
                coverage.check(code).count(c -> c >= 3);
            }
        });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void countryCodesIncludeRegionsWithAndWithoutAKnownCallingCode(@ForAll("countryCodes") CountryCode country) {
        Statistics.collect(PhoneNumber.callingCodeOf(country).isPresent());
        Statistics.coverage(coverage -> {
            coverage.check(true).percentage(p -> p >= 20);
            coverage.check(false).percentage(p -> p >= 10);
        });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void addressesHaveOptionalPartsAndPrintOnOneLine(@ForAll("addresses") Address address) {
        assertFalse(address.singleLine().contains("\n"), address.singleLine());
        assertTrue(address.singleLine().endsWith(address.country().alpha2()), address.singleLine());
        Statistics.label("street").collect(address.street().isEmpty() ? "none"
                : address.street().contains("\n") ? "two lines" : "one line");
        Statistics.label("postal code").collect(!address.postalCode().isEmpty());
        Statistics.label("region").collect(!address.region().isEmpty());
        Statistics.label("script").collect(address.city().chars().allMatch(c -> c < 0x3000) ? "latin" : "cjk");
        Statistics.label("street").coverage(coverage -> {
            coverage.check("none").percentage(p -> p >= 5);
            coverage.check("one line").percentage(p -> p >= 40);
            coverage.check("two lines").percentage(p -> p >= 5);
        });
        Statistics.label("postal code").coverage(coverage -> coverage.check(false).percentage(p -> p >= 8));
        Statistics.label("region").coverage(coverage -> coverage.check(false).percentage(p -> p >= 25));
        Statistics.label("script").coverage(coverage -> coverage.check("cjk").percentage(p -> p >= 5));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void contactsHaveOptionalDetailsAndSometimesASecondAccount(@ForAll("contacts") Contact contact) {
        contact.phone().ifPresent(p -> assertTrue(p.callingCode().isPresent(), "a known calling code: " + p));
        assertEquals(0, contact.version());
        Statistics.label("email").collect(contact.email().isPresent());
        Statistics.label("phone").collect(contact.phone().isPresent());
        Statistics.label("role").collect(contact.decisionRole().isPresent());
        Statistics.label("accounts").collect(contact.accounts().size());
        for (String label : List.of("email", "phone", "role")) {
            Statistics.label(label).coverage(coverage -> {
                coverage.check(true).percentage(p -> p >= 10);
                coverage.check(false).percentage(p -> p >= 10);
            });
        }
        Statistics.label("accounts").coverage(coverage -> {
            coverage.check(1).percentage(p -> p >= 50);
            coverage.check(2).percentage(p -> p >= 8);
        });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void activitiesReachEveryStatusAndTypeAtTimesThatFitTheirStory(@ForAll("activities") Activity activity) {
        switch (activity.status()) {
            case OPEN -> assertTrue(activity.due().orElseThrow().isAfter(activity.createdAt()), "due after scheduling");
            case DONE, CANCELLED -> {
                if (activity.due().isPresent()) { // scheduled, then completed or cancelled
                    assertFalse(activity.completedAt().orElseThrow().isBefore(activity.createdAt()), activity.toString());
                } else { // logged after it happened
                    assertFalse(activity.completedAt().orElseThrow().isAfter(activity.createdAt()), activity.toString());
                }
            }
        }
        Statistics.label("status").collect(activity.status(), activity.due().isPresent() ? "scheduled" : "logged");
        Statistics.label("type").collect(activity.type());
        Statistics.label("status").coverage(coverage -> {
            coverage.check(ActivityStatus.OPEN, "scheduled").percentage(p -> p >= 15);
            coverage.check(ActivityStatus.DONE, "scheduled").percentage(p -> p >= 5);
            coverage.check(ActivityStatus.DONE, "logged").percentage(p -> p >= 15);
            coverage.check(ActivityStatus.CANCELLED, "scheduled").percentage(p -> p >= 5);
        });
        Statistics.label("type").coverage(coverage -> {
            for (ActivityType type : ActivityType.values()) {
                coverage.check(type).percentage(p -> p >= 5);
            }
        });
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void lifecyclesReachEveryStageForwardAndByResets(@ForAll("lifecycles") CustomerLifecycle lifecycle) {
        List<LifecycleChange> history = lifecycle.history();
        assertTrue(history.get(0).from().isEmpty());
        boolean movedBack = false;
        for (int i = 1; i < history.size(); i++) {
            LifecycleChange before = history.get(i - 1);
            LifecycleChange after = history.get(i);
            assertEquals(before.to(), after.from().orElseThrow(), "history is a chain: " + history);
            assertFalse(after.at().isBefore(before.at()), "history in time order: " + history);
            movedBack |= before.to().isAfter(after.to());
        }
        Statistics.label("stage").collect(lifecycle.stage());
        Statistics.label("moved back").collect(movedBack);
        Statistics.label("stage").coverage(coverage -> {
            for (LifecycleStage stage : LifecycleStage.values()) {
                coverage.check(stage).percentage(p -> p >= 2);
            }
        });
        Statistics.label("moved back").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
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
    Arbitrary<Opportunity> directSalesOpportunities() {
        return CrmArbitraries.opportunities(DIRECT);
    }

    @Provide
    Arbitrary<Opportunity> channelOpportunities() {
        return CrmArbitraries.opportunities(CHANNEL);
    }

    @Provide
    Arbitrary<Opportunity> projectOpportunities() {
        return CrmArbitraries.opportunities(PROJECTS);
    }

    @Provide
    Arbitrary<PhoneNumber> phoneNumbers() {
        return CrmArbitraries.phoneNumbers();
    }

    @Provide
    Arbitrary<CountryCode> countryCodes() {
        return CrmArbitraries.countryCodes();
    }

    @Provide
    Arbitrary<Address> addresses() {
        return CrmArbitraries.addresses();
    }

    @Provide
    Arbitrary<Contact> contacts() {
        return CrmArbitraries.contacts();
    }

    @Provide
    Arbitrary<Activity> activities() {
        return CrmArbitraries.activities();
    }

    @Provide
    Arbitrary<CustomerLifecycle> lifecycles() {
        return CrmArbitraries.lifecycles();
    }
}
