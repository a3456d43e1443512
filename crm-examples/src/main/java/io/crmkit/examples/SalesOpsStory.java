package io.crmkit.examples;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.dedupe.Match;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.pool.RecycleDue;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.memory.InMemoryCrm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sales-operations part of {@code crmkit demo}: a duplicate caught at capture, and a public pool whose neglected
 * customer is reminded, recycled and claimed by another rep. It runs on the embedded in-memory store whatever the main
 * story's store, because duplicate candidates and the public pool have no database adapters yet. Apart from ids, a run always produces the same steps.
 */
final class SalesOpsStory {

    static final Instant START = Instant.parse("2026-03-18T17:00:00Z");
    private static final UserId MANAGER = UserId.of("01900000-0000-7000-8000-0000000000a0");
    private static final UserId INSIDE_REP = UserId.of("01900000-0000-7000-8000-0000000000a3");
    private static final UserId REP = UserId.of("01900000-0000-7000-8000-0000000000a1");

    private final MutableClock clock = MutableClock.at(START);
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final List<DemoStory.Step> steps = new ArrayList<>();

    private SalesOpsStory() {
    }

    /** The story's steps, numbered from {@code firstNumber}. */
    static List<DemoStory.Step> run(int firstNumber) {
        SalesOpsStory story = new SalesOpsStory();
        story.play();
        return story.steps.stream().map(s -> new DemoStory.Step(firstNumber + s.number() - 1, s.at(), s.text(), s.details())).toList();
    }

    private void play() {
        PoolRules rules = PoolRules.builder("east region", 15).extendPerActivity(3, 30).remindBefore(2)
                .claimCaps(5, 50, false).cooldown(7).build();
        PoolService pool = crm.pool(store.pooledAccounts(), rules);
        AccountId cobol = enter(pool, "Cobol Systems Inc");
        AccountId babbage = enter(pool, "Babbage & Sons Ltd");
        step("Public pool '" + rules.name() + "': follow up within " + rules.followUpDays() + " days, +"
                + rules.extensionDaysPerActivity() + " days per follow-up up to " + rules.maxProtectionDays().getAsInt()
                + ", reminder " + rules.reminderDaysBefore() + " days before, cooldown " + rules.cooldownDays()
                + " days; 2 customers entered it (the pool and duplicate checks run on the in-memory store: they have no database adapters yet)");

        for (AccountId id : List.of(cobol, babbage)) {
            DemoStory.expect(ClaimResult.Claimed.class, pool.claim(id, INSIDE_REP),
                    "the inside rep's claim was expected to succeed");
        }
        step("Inside rep " + shortId(INSIDE_REP) + " claimed both; each returns to the pool "
                + due(pool.recycleDue(cobol)) + " without a follow-up");

        clockTo("2026-03-20T10:00:00Z");
        crm.activities().log(ActivityType.CALL, "Intro call", Links.toAccount(babbage), INSIDE_REP, Optional.of("interested"),
                clock.instant());
        step("Follow-up call logged with Babbage & Sons Ltd: it now returns " + due(pool.recycleDue(babbage)));

        clockTo("2026-03-31T17:00:00Z");
        PoolService.Sweep reminders = pool.sweep();
        step("Daily sweep: " + reminders.reminded().size() + " reminder (Cobol Systems Inc returns "
                + due(pool.recycleDue(cobol)) + ")");

        clockTo("2026-04-02T17:00:00Z");
        PoolService.Sweep recycled = pool.sweep();
        PooledAccount back = pool.find(cobol).orElseThrow();
        step("Daily sweep: " + recycled.recycled().size() + " customer recycled to the pool: Cobol Systems Inc ("
                + back.lastRelease().map(r -> r.reason()).orElse("?") + ")");

        ClaimResult again = pool.claim(cobol, INSIDE_REP);
        ClaimResult.Refused refused = DemoStory.expect(ClaimResult.Refused.class, again,
                "the previous holder's claim in the cooldown was expected to be refused");
        step("Inside rep " + shortId(INSIDE_REP) + " tried to claim it back: refused " + refused.refusal(),
                List.of("- " + refused.message()));

        clockTo("2026-04-02T17:30:00Z");
        DemoStory.expect(ClaimResult.Claimed.class, pool.claim(cobol, REP), "another rep's claim was expected to succeed");
        step("Rep " + shortId(REP) + " claimed Cobol Systems Inc: it returns " + due(pool.recycleDue(cobol))
                + " without a follow-up");
        duplicates();
    }

    /** A lead captured twice: blocked from an import, flagged from a web form. */
    private void duplicates() {
        clockTo("2026-04-03T09:00:00Z");
        Lead known = crm.leads().capture(NewLead.from(SourceChannel.REFERRAL).person("Charles", "Babbage")
                .email("charles@babbage-sons.example").phone("+44 20 7946 0958", CountryCode.of("GB"))
                .company("Babbage & Sons Ltd").build());
        DuplicateService duplicates = crm.duplicates(store.duplicateCandidates());
        CapturePolicy policy = CapturePolicy.custom()
                .on(SourceChannel.IMPORT, CapturePolicy.Action.BLOCK)
                .otherwise(CapturePolicy.Action.FLAG)
                .build();
        CaptureOutcome.Blocked blocked = DemoStory.expect(CaptureOutcome.Blocked.class, duplicates.capture(NewLead.from(SourceChannel.IMPORT)
                .person("Babbage", "Charles").email("Charles@Babbage-Sons.example").company("Babbage and Sons Limited").build(),
                policy), "the imported duplicate was expected to be blocked");
        step("Lead Charles Babbage " + shortId(known.id().value()) + " on file; the same person imported as 'Babbage Charles'"
                + " was blocked: " + blocked.reason(), evidence(blocked.matches().get(0)));
        clockTo("2026-04-03T09:05:00Z");
        CaptureOutcome.Flagged flagged = DemoStory.expect(CaptureOutcome.Flagged.class, duplicates.capture(NewLead.from(SourceChannel.WEB_FORM)
                .person("Chas", "Babbage").phone("020 7946 0958", CountryCode.of("GB")).company("Babbage & Sons").build(), policy),
                "the web-form duplicate was expected to be flagged");
        step("Web form from 'Chas Babbage' stored as " + shortId(flagged.lead().id().value()) + " and flagged as a "
                + flagged.matches().get(0).verdict() + " duplicate of " + shortId(flagged.matches().get(0).right().value()),
                evidence(flagged.matches().get(0)));
    }

    private static List<String> evidence(Match match) {
        return match.evidence().stream().map(e -> "- " + e).toList();
    }

    private AccountId enter(PoolService pool, String name) {
        Account account = crm.accounts().open(name, CompanyProfile.empty(), MANAGER);
        return pool.enter(account.id()).id();
    }

    private void clockTo(String isoInstant) {
        clock.set(Instant.parse(isoInstant));
    }

    private void step(String text) {
        step(text, List.of());
    }

    private void step(String text, List<String> details) {
        steps.add(new DemoStory.Step(steps.size() + 1, clock.instant(), text, details));
    }

    private static String due(Optional<RecycleDue> due) {
        return due.map(d -> "at " + DemoStory.minutes(d.at()) + " (" + d.reason() + ")").orElse("never");
    }

    private static String shortId(UserId user) {
        return ShortIds.of(user.value());
    }

    private static String shortId(UUID id) {
        return ShortIds.of(id);
    }
}
