package io.crmkit.testkit.contract;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.Bant;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationOutcome;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.opportunity.DecisionChainMember;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ProductLine;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountRole;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.ProductId;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What crm-core expects of every port adapter, checked through the ports only: what is saved is found again equal
 * (at the next version), a stale or duplicate save throws {@link ConcurrentUpdateException} and writes nothing,
 * queries answer oldest first, a transaction that throws keeps nothing and no event, and the use cases run a whole
 * sales story on the adapters.
 *
 * <p>Extend it with the adapters under test:
 * <pre>{@code
 * final class MyPortsContractTest extends CrmPortsContract {
 *     protected CrmPorts ports(Clock clock) { return myStore.ports(clock); }
 *     protected long storedEventCount() { return myStore.countEvents(); }
 * }
 * }</pre>
 * The tests make their own data with fresh ids and addresses and look only at it, so the store may be shared by all
 * tests of a class (a database migrated once) and need not be empty.
 */
public abstract class CrmPortsContract {

    private static final AtomicLong UNIQUE = new AtomicLong();

    /** The clock the ports are dated by; tests move it forward. */
    protected final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    /** The ports under test, from {@link #ports} before each test. */
    protected CrmPorts ports;
    /** crm-core's use cases on {@link #ports}. */
    protected Crm crm;
    private final UserId rep = UserId.newId();

    /** The adapters under test, dated by {@code clock}; they may share their store with earlier tests. */
    protected abstract CrmPorts ports(java.time.Clock clock);

    /** How many events the ports' {@code DomainEvents} have kept so far (committed, never rolled back). */
    protected abstract long storedEventCount();

    @BeforeEach
    void createPorts() {
        ports = ports(clock);
        crm = Crm.using(ports);
    }

    // ---------------------------------------------------------------- leads

    @Test
    void leadIsFoundAgainEqualAtVersionOne() {
        Lead lead = newLead("ada");

        Lead saved = ports.leads().save(lead);

        assertEquals(1, saved.version());
        assertEquals(lead.withVersion(1), saved);
        assertEquals(Optional.of(saved), ports.leads().find(lead.id()));
    }

    @Test
    void leadWithEveryOptionalPartFilledIsFoundAgainEqual() {
        NewLead details = NewLead.from(SourceChannel.EVENT).person("Hedy", "Lamarr").email(uniqueEmail("hedy"))
                .phone("+49 30 1234567", CountryCode.of("DE")).title("Chief Inventor").company("Frequency Hopping GmbH")
                .companyProfile(CompanyProfile.empty().withIndustry("Telecommunications").withSizeBand(SizeBand.LARGE)
                        .withRegion("EMEA").withWebsite("https://hopping.example")
                        .withPhone(PhoneNumber.of("+493012345678"))
                        .withAddress(Address.of("Unter den Linden 1", "10117", "Berlin", "Berlin", CountryCode.of("DE"))))
                .bant(Bant.unknown().withBudget(Money.of("60000.50", "EUR")).withAuthority(DecisionRole.ECONOMIC_BUYER)
                        .withNeed("Encrypted radio for 200 devices").withTimeline(LocalDate.of(2026, 6, 30)))
                .owner(rep).tags(Tags.of("trade fair", "radio")).build();
        Lead lead = Lead.capture(LeadId.newId(), details, clock.instant()).aggregate();

        Lead saved = ports.leads().save(lead);
        Lead disqualified = ports.leads().save(saved.disqualify(List.of(
                Disqualification.of(DisqualificationReason.NO_BUDGET, "Budget frozen until 2027"),
                Disqualification.of(DisqualificationReason.BAD_TIMING, "Reorganisation")), clock.advance(Duration.ofHours(1)))
                .aggregate());

        assertEquals(Optional.of(disqualified), ports.leads().find(lead.id()));
        assertEquals(2, disqualified.version());
        assertEquals(LeadStatus.DISQUALIFIED, ports.leads().find(lead.id()).orElseThrow().status());
    }

    @Test
    void leadUpdateMovesTheVersionOnAndKeepsTheChange() {
        Lead saved = ports.leads().save(newLead("grace"));

        Lead working = ports.leads().save(saved.startWorking(clock.advance(Duration.ofMinutes(5))).aggregate());

        assertEquals(2, working.version());
        assertEquals(LeadStatus.WORKING, ports.leads().find(saved.id()).orElseThrow().status());
        assertEquals(Optional.of(working), ports.leads().find(saved.id()));
    }

    @Test
    void savingAnUnchangedLeadStillMovesItsVersionOn() {
        Lead saved = ports.leads().save(newLead("katherine"));

        Lead again = ports.leads().save(saved);

        assertEquals(2, again.version());
        assertEquals(2, ports.leads().find(saved.id()).orElseThrow().version());
        assertThrows(ConcurrentUpdateException.class, () -> ports.leads().save(saved));
    }

    @Test
    void staleLeadSaveThrowsAConflictNamingBothVersionsAndWritesNothing() {
        Lead v1 = ports.leads().save(newLead("margaret"));
        Lead v2 = ports.leads().save(v1.startWorking(clock.advance(Duration.ofMinutes(1))).aggregate());

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class,
                () -> ports.leads().save(v1.nurture(clock.advance(Duration.ofMinutes(1))).aggregate()));

        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertTrue(conflict.aggregate().contains(v1.id().toString()), conflict.getMessage());
        assertEquals(Optional.of(v2), ports.leads().find(v1.id()));
    }

    @Test
    void newLeadWithATakenIdThrowsAConflictAndKeepsTheStoredOne() {
        Lead first = ports.leads().save(newLead("marie"));
        Lead impostor = Lead.capture(first.id(), NewLead.from(SourceChannel.API).person("Eve", "Mallory")
                .email(uniqueEmail("eve")).build(), clock.instant()).aggregate();

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class, () -> ports.leads().save(impostor));

        assertEquals(0, conflict.expectedVersion());
        assertEquals(1, conflict.actualVersion());
        assertEquals(Optional.of(first), ports.leads().find(first.id()));
    }

    @Test
    void updateOfALeadThatWasNeverStoredThrowsAConflict() {
        Lead ghost = newLead("ghost").withVersion(3);

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class, () -> ports.leads().save(ghost));

        assertEquals(3, conflict.expectedVersion());
        assertEquals(-1, conflict.actualVersion());
        assertEquals(Optional.empty(), ports.leads().find(ghost.id()));
    }

    @Test
    void leadsByEmailComeOldestFirstAndOnlyForThatAddress() {
        String email = uniqueEmail("shared");
        Lead later = ports.leads().save(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.WEB_FORM)
                .person("Yuki", "Tanaka").email(email).build(), clock.instant().plusSeconds(60)).aggregate());
        Lead earlier = ports.leads().save(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.PHONE)
                .person("Yuki", "Tanaka").email(email).build(), clock.instant()).aggregate());
        ports.leads().save(newLead("other"));

        assertEquals(List.of(earlier, later), ports.leads().findByEmail(EmailAddress.of(email)));
        assertEquals(List.of(), ports.leads().findByEmail(EmailAddress.of(uniqueEmail("nobody"))));
    }

    @Test
    void leadsAccountsAndOpportunitiesOfAnOwnerComeOldestFirstAndOnlyTheirs() {
        UserId owner = UserId.newId();
        UserId someoneElse = UserId.newId();
        Pipeline pipeline = PipelineFixtures.directSales();
        ports.pipelines().save(pipeline);
        Lead laterLead = ports.leads().save(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.EVENT)
                .person("Grace", "Hopper").email(uniqueEmail("grace")).build(), clock.instant().plusSeconds(60))
                .then(l -> l.assignTo(owner, clock.instant().plusSeconds(60))).aggregate());
        Lead earlierLead = ports.leads().save(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.EVENT)
                .person("Ada", "Lovelace").email(uniqueEmail("ada")).build(), clock.instant())
                .then(l -> l.assignTo(owner, clock.instant())).aggregate());
        ports.leads().save(newLead("unowned"));
        Account account = ports.accounts().save(Account.open(AccountId.newId(), "Owned Ltd", CompanyProfile.empty(), owner,
                clock.instant()).aggregate());
        Account other = ports.accounts().save(Account.open(AccountId.newId(), "Other Ltd", CompanyProfile.empty(), someoneElse,
                clock.instant()).aggregate());
        Opportunity deal = ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Owned deal",
                other.id(), owner, clock.instant()).aggregate());
        ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Other deal", account.id(), someoneElse,
                clock.instant()).aggregate());

        assertEquals(List.of(earlierLead, laterLead), ports.leads().findByOwner(owner));
        assertEquals(List.of(account), ports.accounts().findByOwner(owner));
        assertEquals(List.of(deal), ports.opportunities().findByOwner(owner));
        assertEquals(List.of(), ports.leads().findByOwner(UserId.newId()));
    }

    @Test
    void unknownIdsAreEmptyNotErrors() {
        assertEquals(Optional.empty(), ports.leads().find(LeadId.newId()));
        assertEquals(Optional.empty(), ports.accounts().find(AccountId.newId()));
        assertEquals(Optional.empty(), ports.contacts().find(ContactId.newId()));
        assertEquals(Optional.empty(), ports.opportunities().find(OpportunityId.newId()));
        assertEquals(Optional.empty(), ports.activities().find(ActivityId.newId()));
        assertEquals(Optional.empty(), ports.lifecycles().find(AccountId.newId()));
        assertEquals(Optional.empty(), ports.pipelines().find(PipelineId.newId()));
        assertEquals(List.of(), ports.contacts().findByAccount(AccountId.newId()));
        assertEquals(List.of(), ports.activities().findOpenByOwner(UserId.newId()));
    }

    // ---------------------------------------------------------------- accounts and contacts

    @Test
    void accountWithRolesParentProfileAndTagsIsFoundAgainEqual() {
        Account parent = ports.accounts().save(account("Globex Holding"));
        Account child = Account.open(AccountId.newId(), "Globex Europe", CompanyProfile.empty().withIndustry("Energy")
                        .withAddress(Address.of("", "", "Zurich", "", CountryCode.of("CH"))), rep, clock.instant())
                .aggregate();
        Account saved = ports.accounts().save(child);

        Account updated = ports.accounts().save(saved.addRole(AccountRole.PARTNER, clock.instant()).aggregate()
                .withParent(parent.id(), clock.instant()).aggregate()
                .withTier(Tier.GOLD, clock.instant()).aggregate()
                .withTags(Tags.of("reseller", "dach"), clock.instant()).aggregate());

        Account found = ports.accounts().find(child.id()).orElseThrow();
        assertEquals(updated, found);
        assertEquals(Set.of(AccountRole.PROSPECT, AccountRole.PARTNER), found.roles());
        assertEquals(Optional.of(parent.id()), found.parent());
        assertEquals(2, found.version());
    }

    @Test
    void staleAccountSaveThrowsAConflict() {
        Account v1 = ports.accounts().save(account("Initech"));
        ports.accounts().save(v1.withTier(Tier.SILVER, clock.instant()).aggregate());

        assertThrows(ConcurrentUpdateException.class, () -> ports.accounts().save(v1.withTier(Tier.GOLD, clock.instant()).aggregate()));
        assertEquals(Tier.SILVER, ports.accounts().find(v1.id()).orElseThrow().tier());
    }

    @Test
    void contactsOfAnAccountComeOldestFirstIncludingThoseWhoWorkForSeveral() {
        Account acme = ports.accounts().save(account("Acme"));
        Account umbrella = ports.accounts().save(account("Umbrella"));
        Contact second = ports.contacts().save(contact(acme.id(), "Wile", "Coyote", clock.instant().plusSeconds(10)));
        Contact first = ports.contacts().save(contact(umbrella.id(), "Alice", "Abernathy", clock.instant()));
        Contact both = ports.contacts().save(first.joinAccount(acme.id(), clock.instant()).aggregate());

        assertEquals(List.of(both, second), ports.contacts().findByAccount(acme.id()));
        assertEquals(List.of(both), ports.contacts().findByAccount(umbrella.id()));
        assertEquals(Set.of(acme.id(), umbrella.id()), ports.contacts().find(first.id()).orElseThrow().accounts());
    }

    @Test
    void contactsByEmailComeOldestFirst() {
        Account acme = ports.accounts().save(account("Acme"));
        String email = uniqueEmail("road.runner");
        Contact later = ports.contacts().save(Contact.create(ContactId.newId(), PersonName.of("Road", "Runner"),
                Optional.of(EmailAddress.of(email)), Optional.of(PhoneNumber.of("+15551234567")), Optional.of("Sprinter"),
                acme.id(), rep, clock.instant().plusSeconds(5)).aggregate()
                .withDecisionRole(DecisionRole.CHAMPION, clock.instant()).aggregate());
        Contact earlier = ports.contacts().save(Contact.create(ContactId.newId(), PersonName.of("Road", "Runner"),
                Optional.of(EmailAddress.of(email)), Optional.empty(), Optional.empty(), acme.id(), rep, clock.instant())
                .aggregate());

        assertEquals(List.of(earlier, later), ports.contacts().findByEmail(EmailAddress.of(email)));
    }

    // ---------------------------------------------------------------- opportunities and pipelines

    @Test
    void opportunityWithLinesDecisionChainAndHistoryIsFoundAgainEqual() {
        Pipeline pipeline = PipelineFixtures.directSales();
        ports.pipelines().save(pipeline);
        Account account = ports.accounts().save(account("Wayne Enterprises"));
        Contact buyer = ports.contacts().save(contact(account.id(), "Lucius", "Fox", clock.instant()));
        Opportunity opened = ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Fleet renewal",
                account.id(), rep, clock.instant()).aggregate());

        Opportunity rich = opened.withAmount(Money.of("125000.00", "USD"), clock.instant()).aggregate()
                .withExpectedClose(LocalDate.of(2026, 9, 30), clock.instant()).aggregate()
                .withPrimaryContact(buyer.id(), clock.instant()).aggregate()
                .withDecisionChainMember(new DecisionChainMember(buyer.id(), DecisionRole.ECONOMIC_BUYER), clock.instant()).aggregate()
                .withLines(List.of(ProductLine.of(new ProductId(UUID.randomUUID()), 40, Money.of("2500.00", "USD")),
                        ProductLine.of(new ProductId(UUID.randomUUID()), 3)), clock.instant()).aggregate();
        Opportunity moved = ((StageMove.Moved) rich.moveTo(pipeline, "discovery", clock.advance(Duration.ofDays(1)))).opportunity();
        Opportunity saved = ports.opportunities().save(moved);
        Opportunity won = ports.opportunities().save(((StageMove.Moved) saved.closeWon(pipeline, Optional.of("Best fit"),
                clock.advance(Duration.ofDays(3)))).opportunity());

        assertEquals(Optional.of(won), ports.opportunities().find(opened.id()));
        assertEquals(OpportunityStatus.WON, won.status());
        assertEquals(List.of("qualify", "discovery", "won"), won.history().stream().map(h -> h.to()).toList());
        assertEquals(3, won.version());
    }

    @Test
    void opportunitiesOfAnAccountComeOldestFirst() {
        Pipeline pipeline = PipelineFixtures.directSales();
        ports.pipelines().save(pipeline);
        Account account = ports.accounts().save(account("Stark Industries"));
        Account other = ports.accounts().save(account("Hammer Industries"));
        Opportunity later = ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Repulsors",
                account.id(), rep, clock.instant().plusSeconds(30)).aggregate());
        Opportunity earlier = ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Armour",
                account.id(), rep, clock.instant()).aggregate());
        ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Drones", other.id(), rep,
                clock.instant()).aggregate());

        assertEquals(List.of(earlier, later), ports.opportunities().findByAccount(account.id()));
    }

    @Test
    void staleOpportunitySaveThrowsAConflictAndTheWinnerStays() {
        Pipeline pipeline = PipelineFixtures.directSales();
        ports.pipelines().save(pipeline);
        Account account = ports.accounts().save(account("Cyberdyne"));
        Opportunity loaded = ports.opportunities().save(Opportunity.open(OpportunityId.newId(), pipeline, "Skynet",
                account.id(), rep, clock.instant()).aggregate());
        Opportunity winner = ports.opportunities().save(loaded.withAmount(Money.of("1000.00", "EUR"), clock.instant()).aggregate());

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class, () -> ports.opportunities()
                .save(loaded.withAmount(Money.of("2000.00", "EUR"), clock.instant()).aggregate()));

        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(Optional.of(winner), ports.opportunities().find(loaded.id()));
    }

    @Test
    void pipelinesAreReplacedInPlaceAndListedInTheOrderFirstSaved() {
        Pipeline b = simplePipeline(PipelineId.newId(), "Channel B");
        Pipeline a = simplePipeline(PipelineId.newId(), "Channel A");
        ports.pipelines().save(b);
        ports.pipelines().save(a);
        Pipeline renamed = simplePipeline(b.id(), "Channel B (renamed)");

        ports.pipelines().save(renamed);

        assertEquals(Optional.of(renamed), ports.pipelines().find(b.id()));
        assertEquals(List.of(renamed, a), ports.pipelines().findAll().stream()
                .filter(p -> p.id().equals(a.id()) || p.id().equals(b.id())).toList());
        assertEquals(Optional.of(PipelineFixtures.directSales()), Optional.of(PipelineFixtures.directSales())
                .map(p -> {
                    ports.pipelines().save(p);
                    return ports.pipelines().find(p.id()).orElseThrow();
                }), "a pipeline with entry criteria and a reopen rule comes back equal");
    }

    // ---------------------------------------------------------------- activities and lifecycles

    @Test
    void activitiesAreFoundByAccountLeadAndOpenOwner() {
        Account account = ports.accounts().save(account("Soylent"));
        Lead lead = ports.leads().save(newLead("sol"));
        UserId owner = UserId.newId();
        Activity call = ports.activities().save(Activity.log(ActivityId.newId(), ActivityType.CALL, "Intro call",
                Links.toAccount(account.id()), owner, Optional.of("Interested"), clock.instant(), clock.instant()).aggregate());
        Activity meeting = ports.activities().save(Activity.schedule(ActivityId.newId(), ActivityType.MEETING, "Demo",
                Links.toAccount(account.id()), owner, clock.instant().plus(Duration.ofDays(2)),
                clock.instant().plusSeconds(1)).aggregate());
        Activity leadTask = ports.activities().save(Activity.schedule(ActivityId.newId(), ActivityType.TASK, "Send brochure",
                Links.toLead(lead.id()), owner, clock.instant().plus(Duration.ofDays(1)), clock.instant().plusSeconds(2)).aggregate());
        Activity cancelled = ports.activities().save(Activity.schedule(ActivityId.newId(), ActivityType.VISIT, "Site visit",
                Links.toLead(lead.id()), owner, clock.instant().plus(Duration.ofDays(3)), clock.instant().plusSeconds(3))
                .aggregate());
        Activity cancelledSaved = ports.activities().save(cancelled.cancel("Customer postponed", clock.instant().plusSeconds(4)).aggregate());

        assertEquals(List.of(call, meeting), ports.activities().findByAccount(account.id()));
        assertEquals(List.of(leadTask, cancelledSaved), ports.activities().findByLead(lead.id()));
        assertEquals(List.of(meeting, leadTask), ports.activities().findOpenByOwner(owner));
        assertEquals(ActivityStatus.CANCELLED, ports.activities().find(cancelled.id()).orElseThrow().status());
    }

    @Test
    void lifecycleMovesAreKeptInOrder() {
        Account account = ports.accounts().save(account("Tyrell"));
        CustomerLifecycle started = ports.lifecycles().save(CustomerLifecycle.start(account.id(), LifecycleStage.LEAD,
                "account opened", clock.instant()).aggregate());
        CustomerLifecycle advanced = ports.lifecycles().save(started.advanceTo(LifecycleStage.OPPORTUNITY, "deal opened",
                clock.advance(Duration.ofDays(1))).aggregate());
        CustomerLifecycle reset = ports.lifecycles().save(advanced.reset(LifecycleStage.LEAD, "deal lost",
                clock.advance(Duration.ofDays(1))).aggregate());

        assertEquals(Optional.of(reset), ports.lifecycles().find(account.id()));
        assertEquals(3, reset.history().size());
        assertThrows(ConcurrentUpdateException.class, () -> ports.lifecycles().save(started.advanceTo(LifecycleStage.CUSTOMER,
                "won", clock.instant()).aggregate()));
    }

    // ---------------------------------------------------------------- transactions and events

    @Test
    void workThatThrowsKeepsNoSaveAndNoEvent() {
        long eventsBefore = storedEventCount();
        Lead lead = newLead("rollback");
        Account account = account("Rolled Back Ltd");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ports.transactions().inTransaction(() -> {
            ports.accounts().save(account);
            ports.leads().save(lead);
            ports.events().publish(List.of(new io.crmkit.core.lead.LeadCaptured(lead.id(), lead.source(), lead.owner(),
                    clock.instant())));
            throw new IllegalStateException("use case failed after its writes");
        }));

        assertEquals("use case failed after its writes", failure.getMessage());
        assertEquals(Optional.empty(), ports.leads().find(lead.id()));
        assertEquals(Optional.empty(), ports.accounts().find(account.id()));
        assertEquals(eventsBefore, storedEventCount());
    }

    @Test
    void committedWorkKeepsEverySaveAndEventAndReturnsItsResult() {
        long eventsBefore = storedEventCount();
        Lead lead = newLead("commit");

        Lead result = ports.transactions().inTransaction(() -> {
            Lead saved = ports.leads().save(lead);
            ports.events().publish(List.of(new io.crmkit.core.lead.LeadCaptured(lead.id(), lead.source(), lead.owner(),
                    clock.instant())));
            return ports.transactions().inTransaction(() -> ports.leads().save(saved.startWorking(clock.instant()).aggregate()));
        });

        assertEquals(2, result.version());
        assertEquals(Optional.of(result), ports.leads().find(lead.id()));
        assertEquals(eventsBefore + 1, storedEventCount());
    }

    @Test
    void aConflictInsideATransactionRollsBackItsEarlierWrites() {
        Lead v1 = ports.leads().save(newLead("conflicted"));
        ports.leads().save(v1.startWorking(clock.instant()).aggregate());
        Account account = account("Never Stored plc");
        long eventsBefore = storedEventCount();

        assertThrows(ConcurrentUpdateException.class, () -> ports.transactions().inTransaction(() -> {
            ports.accounts().save(account);
            ports.events().publish(List.of(new io.crmkit.core.party.AccountOpened(account.id(), account.name(), rep,
                    clock.instant())));
            return ports.leads().save(v1.nurture(clock.instant()).aggregate());
        }));

        assertEquals(Optional.empty(), ports.accounts().find(account.id()));
        assertEquals(eventsBefore, storedEventCount());
    }

    // ---------------------------------------------------------------- bulk saves (imports)

    @Test
    void saveAllStoresEveryNewLeadAtVersionOneInOrderAndALaterSaveOfOneWorks() {
        List<Lead> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            batch.add(newLead("bulk" + i));
        }
        batch.add(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.IMPORT).person("Hedy", "Lamarr")
                .email(uniqueEmail("hedy")).company("Frequency Hopping GmbH").owner(rep).tags(Tags.of("import"))
                .bant(Bant.unknown().withBudget(Money.of("60000.50", "EUR")).withTimeline(LocalDate.of(2026, 6, 30)))
                .build(), clock.instant()).aggregate());

        List<Lead> saved = ports.leads().saveAll(batch);

        assertEquals(batch.stream().map(l -> l.withVersion(1)).toList(), saved);
        for (Lead lead : saved) {
            assertEquals(Optional.of(lead), ports.leads().find(lead.id()));
        }
        Lead working = ports.leads().save(saved.get(7).startWorking(clock.advance(Duration.ofMinutes(1))).aggregate());
        assertEquals(2, working.version());
        assertEquals(Optional.of(working), ports.leads().find(working.id()));
        assertThrows(ConcurrentUpdateException.class, () -> ports.leads().save(saved.get(7)));
    }

    @Test
    void saveAllStoresNewAndChangedLeadsTogether() {
        Lead stored = ports.leads().save(newLead("stored"));
        Lead fresh = newLead("fresh");

        List<Lead> saved = ports.leads().saveAll(List.of(fresh, stored.startWorking(clock.instant()).aggregate()));

        assertEquals(List.of(1L, 2L), saved.stream().map(Lead::version).toList());
        assertEquals(LeadStatus.WORKING, ports.leads().find(stored.id()).orElseThrow().status());
        assertEquals(Optional.of(saved.get(0)), ports.leads().find(fresh.id()));
    }

    @Test
    void saveAllWithATakenIdInTheMiddleStoresNoneOfTheBatchAndNoEvent() {
        Lead taken = ports.leads().save(newLead("taken"));
        Lead impostor = Lead.capture(taken.id(), NewLead.from(SourceChannel.IMPORT).person("Eve", "Mallory")
                .email(uniqueEmail("eve")).build(), clock.instant()).aggregate();
        List<Lead> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(i == 90 ? impostor : newLead("half" + i));
        }
        long eventsBefore = storedEventCount();

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class,
                () -> ports.transactions().inTransaction(() -> {
                    List<Lead> saved = ports.leads().saveAll(batch);
                    ports.events().publish(saved.stream().map(l -> new io.crmkit.core.lead.LeadCaptured(l.id(), l.source(),
                            l.owner(), clock.instant())).toList());
                    return saved;
                }));

        assertTrue(conflict.aggregate().contains(taken.id().toString()), conflict.getMessage());
        assertEquals(0, conflict.expectedVersion());
        assertEquals(1, conflict.actualVersion());
        assertEquals(Optional.of(taken), ports.leads().find(taken.id()));
        for (Lead lead : batch) {
            if (lead != impostor) {
                assertEquals(Optional.empty(), ports.leads().find(lead.id()), "lead " + batch.indexOf(lead) + " was stored");
            }
        }
        assertEquals(eventsBefore, storedEventCount());
    }

    @Test
    void saveAllRefusesABatchNamingOneLeadTwiceAndStoresNothing() {
        Lead lead = newLead("twice");
        Lead other = newLead("once");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ports.leads().saveAll(List.of(other, lead, lead.withVersion(0))));

        assertTrue(refused.getMessage().contains(lead.id().toString()), refused.getMessage());
        assertEquals(Optional.empty(), ports.leads().find(other.id()));
        assertEquals(List.of(), ports.leads().saveAll(List.of()));
    }

    @Test
    void saveAllStoresActivitiesFoundAgainByAccountAndLead() {
        Account account = ports.accounts().save(account("Bulk Imports Ltd"));
        Lead lead = ports.leads().save(newLead("bulklead"));
        UserId owner = UserId.newId();
        List<Activity> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant at = clock.instant().plusSeconds(i);
            batch.add(i % 3 == 0
                    ? Activity.schedule(ActivityId.newId(), ActivityType.TASK, "Follow up " + i, Links.toLead(lead.id()), owner,
                    at.plus(Duration.ofDays(2)), at).aggregate()
                    : Activity.log(ActivityId.newId(), ActivityType.CALL, "Call " + i, Links.toAccount(account.id()), owner,
                    i % 2 == 0 ? Optional.of("Reached") : Optional.empty(), at, at).aggregate());
        }

        List<Activity> saved = ports.activities().saveAll(batch);

        assertEquals(batch.stream().map(a -> a.withVersion(1)).toList(), saved);
        assertEquals(saved.stream().filter(a -> a.links().account().isPresent()).toList(),
                ports.activities().findByAccount(account.id()));
        assertEquals(saved.stream().filter(a -> a.links().lead().isPresent()).toList(),
                ports.activities().findByLead(lead.id()));
        Activity done = ports.activities().save(saved.get(0).complete(Optional.of("Done"), clock.instant()).aggregate());
        assertEquals(2, done.version());
    }

    // ---------------------------------------------------------------- use cases on the adapters

    @Test
    void aLeadBecomesACustomerWithItsWholeTimelineThroughTheUseCases() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        long eventsBefore = storedEventCount();
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.REFERRAL).person("Ada", "Lovelace")
                .email(uniqueEmail("ada")).company("Analytical Engines Ltd").owner(rep)
                .bant(Bant.unknown().withBudget(Money.of("60000.00", "EUR")).withAuthority(DecisionRole.DECISION_MAKER)
                        .withNeed("Replace spreadsheets").withTimeline(LocalDate.of(2026, 5, 1))).build());
        crm.leads().startWorking(lead.id());
        assertInstanceOf(QualificationOutcome.Qualified.class, crm.leads().qualify(lead.id(),
                QualificationPolicies.bant(Money.of("25000", "EUR"), Period.ofMonths(6))));
        clock.advance(Duration.ofDays(1));
        LeadConversion conversion = crm.leads().convert(lead.id(), ConversionRequest.newAccount(rep)
                .withOpportunity(ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "40 seats")
                        .withAmount(Money.of("48000.00", "EUR"))));
        Opportunity opportunity = conversion.opportunity().orElseThrow();
        clock.advance(Duration.ofDays(1));
        crm.activities().log(ActivityType.CALL, "Discovery call", Links.toOpportunity(conversion.account().id(),
                opportunity.id()), rep, Optional.of("Needs mobile access"), clock.instant());
        clock.advance(Duration.ofDays(1));
        assertInstanceOf(StageMove.Moved.class, crm.opportunities().closeWon(opportunity.id(), Optional.of("Best fit")));

        Lead converted = ports.leads().find(lead.id()).orElseThrow();
        assertEquals(LeadStatus.CONVERTED, converted.status());
        assertEquals(conversion.account().id(), converted.convertedTo().orElseThrow().account());
        assertEquals(LifecycleStage.CUSTOMER, ports.lifecycles().find(conversion.account().id()).orElseThrow().stage());
        assertTrue(ports.accounts().find(conversion.account().id()).orElseThrow().is(AccountRole.CUSTOMER));
        assertNotEquals(eventsBefore, storedEventCount());
        Timeline timeline = crm.timeline().of(conversion.account().id());
        List<String> summaries = timeline.entries().stream().map(TimelineEntry::summary).toList();
        assertTrue(summaries.contains("Call done: Discovery call - Needs mobile access"), summaries.toString());
        assertTrue(summaries.contains("Opportunity '40 seats' won: Best fit"), summaries.toString());
        assertTrue(summaries.get(summaries.size() - 1).startsWith("Lifecycle Opportunity -> Customer"), summaries.toString());
    }

    // ---------------------------------------------------------------- helpers

    /** A fresh email address no other test uses. */
    protected static String uniqueEmail(String local) {
        return local + "." + UNIQUE.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8) + "@contract.example";
    }

    private Lead newLead(String first) {
        return Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.WEB_FORM).person(capitalised(first), "Tester")
                .email(uniqueEmail(first)).company("Contract Testers Ltd").build(), clock.instant()).aggregate();
    }

    private Account account(String name) {
        return Account.open(AccountId.newId(), name, CompanyProfile.empty().withIndustry("Software").withSizeBand(SizeBand.SMALL),
                rep, clock.instant()).aggregate();
    }

    private Contact contact(AccountId account, String first, String last, Instant at) {
        return Contact.create(ContactId.newId(), PersonName.of(first, last), Optional.empty(), Optional.empty(),
                Optional.empty(), account, rep, at).aggregate();
    }

    private static Pipeline simplePipeline(PipelineId id, String name) {
        return Pipeline.builder(id, name)
                .open("registered", "Deal registered", 0.30, ForecastCategory.PIPELINE)
                .won("won", "Closed won")
                .lost("lost", "Closed lost")
                .build();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
