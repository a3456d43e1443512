package io.crmkit.examples;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.approval.ApprovalCondition;
import io.crmkit.core.approval.ApprovalLevel;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.approval.ApprovalProcess;
import io.crmkit.core.approval.ApprovalRule;
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
import io.crmkit.core.party.Tier;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.pool.RecycleDue;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.quote.Quote;
import io.crmkit.pricing.quote.QuoteApprovalFacts;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.QuoteLine;
import io.crmkit.pricing.quote.QuotePricer;
import io.crmkit.pricing.quote.QuoteTotals;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.memory.InMemoryCrm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sales-operations part of {@code crmkit demo}: a duplicate caught at capture, a public pool whose neglected
 * customer is reminded, recycled and claimed by another rep, and a quote whose discount the manager and then the
 * director approve before it is presented. It runs on the embedded in-memory store whatever the main
 * story's store, because duplicate candidates and the public pool have no database adapters yet. Apart from ids, a run always produces the same steps.
 */
final class SalesOpsStory {

    static final Instant START = Instant.parse("2026-03-18T17:00:00Z");
    private static final UserId MANAGER = UserId.of("01900000-0000-7000-8000-0000000000a0");
    private static final UserId INSIDE_REP = UserId.of("01900000-0000-7000-8000-0000000000a3");
    private static final UserId REP = UserId.of("01900000-0000-7000-8000-0000000000a1");
    private static final UserId DIRECTOR = UserId.of("01900000-0000-7000-8000-0000000000a4");

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
        quote(babbage);
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

    /** A quote whose discount needs the manager and then the director, approved and presented. */
    private void quote(AccountId babbage) {
        clockTo("2026-04-06T10:00:00Z");
        LocalDate today = LocalDate.of(2026, 4, 6);
        Product server = Product.of(ProductId.newId(), "SRV-R740", "Rack server R740", "each", Money.of("2600.00", "EUR"),
                Category.of("hardware/servers"), LocalDate.of(2025, 1, 1));
        Product support = Product.of(ProductId.newId(), "SUP-247", "24x7 support per server", "server/year", Money.of("200.00", "EUR"),
                Category.of("services/support"), LocalDate.of(2025, 1, 1));
        Catalog catalog = Catalog.builder().product(server).product(support).build();
        PriceBook book = PriceBook.builder("standard", "Standard EUR 2026")
                .price(server.id(), Money.of("4000.00", "EUR"), LocalDate.of(2026, 1, 1))
                .price(support.id(), Money.of("600.00", "EUR"), LocalDate.of(2026, 1, 1)).build();
        PricingEngine engine = PricingEngine.builder(catalog, book)
                .schedule(server.id(), DiscountSchedule.builder("server-volume", DiscountSchedule.Method.RANGE)
                        .tier(1, 5, TierDiscount.percent(Percentage.ZERO)).tierFrom(5, TierDiscount.percent(Percentage.of(5))).build())
                .rules(PriceRules.builder("emea", 1)
                        .rule("gold", r -> r.when(Condition.accountTier(Tier.GOLD)).then(PriceAction.discount(Percentage.of(5))))
                        .minimumMargin(Percentage.of(15)).build())
                .build();
        QuotePricer pricer = QuotePricer.of(engine, (region, category, date) -> Optional.of(Percentage.of(20)));
        List<QuoteLine> lines = List.of(
                new QuoteLine("Hardware", LineRequest.of("1", server.id(), 12).withDiscount(ManualDiscount.percent(Percentage.of(8)))),
                new QuoteLine("Services", LineRequest.of("2", support.id(), 12).withDiscount(ManualDiscount.percent(Percentage.of(15)))));
        Quote quote = Quote.draft(QuoteId.newId(), Buyer.of(babbage, Tier.GOLD, "UK", "direct"), Money.currency("EUR"), today,
                today.plusDays(30), lines, pricer, clock.instant()).aggregate();
        QuoteTotals totals = quote.current().priced().totals();
        step("Quote " + shortId(quote.id().value()) + " for Babbage & Sons Ltd priced: list " + totals.list() + ", net " + totals.net()
                + " (" + percent(totals.discountPercent()) + " off), margin " + totals.margin() + ", " + totals.grandTotal()
                + " with 20% tax", quote.current().priced().lines().stream().map(l -> "- " + waterfall(l.price())).toList());

        ApprovalPolicy policy = ApprovalPolicy.of("quotes", 1, ApprovalRule.builder("discount").name("Large discount")
                .when(ApprovalCondition.greaterThan("discountPercent", "20"))
                .when(ApprovalCondition.greaterThan("discountPercent", "10"))
                .when(ApprovalCondition.greaterThan("netAmount", "40000"))
                .logic("1 OR (2 AND 3)").approvedBy("manager", "director").build());
        ApprovalProcess approvals = ApprovalProcess.start(policy, QuoteApprovalFacts.of(quote.current()));
        quote = quote.submit(approvals.isRequired(), clock.instant()).aggregate();
        step("Quote submitted: " + quote.status() + ", " + percent(totals.discountPercent()) + " off above 40000 EUR needs "
                + String.join(" then ", approvals.rules().get(0).levels().stream().map(ApprovalLevel::name).toList())
                + " (rule '" + approvals.rules().get(0).name() + "', 1 OR (2 AND 3)); awaiting the "
                + approvals.awaiting().get(0).level().name());

        clockTo("2026-04-06T14:00:00Z");
        approvals = approvals.approve("discount", "manager", MANAGER, "ok for a 12-server rollout", clock.instant());
        step("Manager " + shortId(MANAGER) + " approved; " + approvals.outcome() + ", awaiting the " + approvals.awaiting().get(0).level().name());

        clockTo("2026-04-07T09:00:00Z");
        approvals = approvals.approve("discount", "director", DIRECTOR, "approved, first order of a new account", clock.instant());
        quote = quote.approve(clock.instant()).aggregate();
        step("Director " + shortId(DIRECTOR) + " approved: approvals " + approvals.outcome() + ", quote " + quote.status());

        clockTo("2026-04-07T09:30:00Z");
        quote = quote.present(clock.instant()).aggregate();
        step("Quote " + shortId(quote.id().value()) + " " + quote.status() + " to Babbage & Sons Ltd, valid until "
                + quote.current().validUntil());
    }

    /** {@code SRV-R740 x 12: 48000.00 EUR list -> 45600.00 EUR schedule:server-volume -> ...}. */
    private static String waterfall(LinePrice line) {
        StringBuilder text = new StringBuilder(line.sku() + " x " + line.quantity() + ":");
        for (int i = 0; i < line.steps().size(); i++) {
            PriceStep step = line.steps().get(i);
            text.append(i == 0 ? " " : " -> ").append(step.amount()).append(' ').append(i == 0 ? "list" : step.source());
        }
        return text.append(", margin ").append(line.margin()).toString();
    }

    private static String percent(Percentage p) {
        return p.value().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
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
