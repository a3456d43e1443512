package io.crmkit.testkit.contract;

import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.dedupe.MatchConfig;
import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.port.DuplicateCandidates;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.testkit.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What crm-core expects of a {@link DuplicateCandidates} adapter: every stored lead sharing a blocking key with the
 * new one is a candidate (at its stored version), whether it was saved alone, in a bulk save or changed since; a lead
 * whose transaction rolled back is not. Returning more leads is allowed, so nothing here asserts that a lead is left
 * out. Extend it as {@link CrmPortsContract} is extended; the tests use fresh addresses and names.
 */
public abstract class DuplicateCandidatesContract {

    /** The clock the ports are dated by. */
    protected final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    /** The matcher whose blocking keys the adapter indexes. */
    protected final Matcher matcher = Matcher.of(MatchConfig.ofDefaults());
    /** The ports under test. */
    protected CrmPorts ports;
    /** The candidates under test. */
    protected DuplicateCandidates candidates;
    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    /** The adapters under test, dated by {@code clock}, whose lead store indexes leads by {@code matcher}'s keys. */
    protected abstract CrmPorts ports(Clock clock, Matcher matcher);

    /** The candidates adapter over the leads of {@link #ports}, by {@code matcher}'s keys. */
    protected abstract DuplicateCandidates candidates(Matcher matcher);

    @BeforeEach
    void createPorts() {
        ports = ports(clock, matcher);
        candidates = candidates(matcher);
    }

    @Test
    void aStoredLeadSharingAKeyIsACandidateAtItsStoredVersion() {
        Lead stored = ports.leads().save(lead("Grace", "Hopper", "grace." + unique + "@navy.example", SourceChannel.REFERRAL));
        Lead again = lead("Grace", "Hopper", "GRACE." + unique + "@Navy.example", SourceChannel.IMPORT);

        List<Lead> found = candidates.sharingAnyKey(matcher.blockingKeys(again));

        assertTrue(found.contains(stored), found.toString());
        assertEquals(found.size(), found.stream().map(Lead::id).distinct().count(), "each lead once");
    }

    @Test
    void leadsSavedInBulkAndLeadsChangedSinceAreCandidatesByTheirCurrentKeys() {
        List<Lead> saved = ports.leads().saveAll(List.of(
                lead("Ada", "Lovelace", "ada." + unique + "@engines.example", SourceChannel.IMPORT),
                lead("Charles", "Babbage", "charles." + unique + "@engines.example", SourceChannel.IMPORT)));
        Lead working = ports.leads().save(saved.get(1).startWorking(clock.advance(Duration.ofMinutes(1))).aggregate());

        List<Lead> forAda = candidates.sharingAnyKey(matcher.blockingKeys(
                lead("Ada", "Lovelace", "ada." + unique + "@engines.example", SourceChannel.WEB_FORM)));
        List<Lead> forCharles = candidates.sharingAnyKey(matcher.blockingKeys(
                lead("Charles", "Babbage", "charles." + unique + "@engines.example", SourceChannel.WEB_FORM)));

        assertTrue(forAda.contains(saved.get(0)), forAda.toString());
        assertTrue(forCharles.contains(working), forCharles.toString());
    }

    @Test
    void aLeadWhoseTransactionRolledBackIsNoCandidate() {
        Lead lost = lead("Rolled", "Back", "rolled." + unique + "@gone.example", SourceChannel.API);

        assertThrows(IllegalStateException.class, () -> ports.transactions().inTransaction(() -> {
            ports.leads().save(lost);
            throw new IllegalStateException("use case failed");
        }));

        assertTrue(candidates.sharingAnyKey(matcher.blockingKeys(lost)).stream().noneMatch(l -> l.id().equals(lost.id())));
    }

    @Test
    void captureThroughTheUseCaseBlocksAnImportedDuplicateOfAStoredCjkLead() {
        DuplicateService duplicates = Crm.using(ports).duplicates(candidates);
        CapturePolicy policy = CapturePolicy.custom().matcher(matcher)
                .on(SourceChannel.IMPORT, CapturePolicy.Action.BLOCK).otherwise(CapturePolicy.Action.FLAG).build();
        String phone = "138 " + (1000 + Math.floorMod(unique.hashCode(), 9000)) + " " + (1000 + Math.floorMod(unique.hashCode() / 7, 9000));
        CaptureOutcome first = duplicates.capture(NewLead.from(SourceChannel.REFERRAL).person("伟", "黄")
                .company("深圳华星科技有限公司").email("wei.huang." + unique + "@huaxing.example.cn")
                .phone(phone, CountryCode.of("CN")).build(), policy);
        Lead stored = assertInstanceOf(CaptureOutcome.Captured.class, first).lead();

        CaptureOutcome second = duplicates.capture(NewLead.from(SourceChannel.IMPORT).person("", "黄伟")
                .company("深圳华星科技股份有限公司").email("Wei.Huang." + unique + "@HUAXING.example.cn")
                .phone(phone, CountryCode.of("CN")).build(), policy);

        CaptureOutcome.Blocked blocked = assertInstanceOf(CaptureOutcome.Blocked.class, second);
        assertEquals(stored.id(), blocked.matches().get(0).right());
    }

    private Lead lead(String first, String last, String email, SourceChannel channel) {
        return Lead.capture(LeadId.newId(), NewLead.from(channel).person(first, last).email(email)
                .company(last + " " + unique + " Ltd").build(), clock.instant()).aggregate();
    }
}
