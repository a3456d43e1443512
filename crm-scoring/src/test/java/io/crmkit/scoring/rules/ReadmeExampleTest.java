package io.crmkit.scoring.rules;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.LeadFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's scoring example, verbatim, on a lead captured through crm-core. */
final class ReadmeExampleTest {

    @Test
    void scoresALeadCapturedByCrmCore() {
        MutableClock clock = MutableClock.at("2026-06-01T12:00:00Z");
        Lead lead = InMemoryCrm.create().crm(clock).leads().capture(LeadFixtures.builder(io.crmkit.core.lead.SourceChannel.WEB_FORM)
                .companyProfile(CompanyProfile.empty().withIndustry("Software")).build());
        Instant demoAt = clock.instant().minus(Duration.ofDays(30));

        RuleSet rules = RuleSet.builder("b2b", 1)
                .fit("software", Condition.equalTo("industry", "software"), 20, "Works in software")
                .fit("student", Condition.contains("title", "student"), -30, "Student")
                .engagement(EngagementRule.on("demo", "form_submit_demo", 30, "Requested a demo")
                        .decaying(Decay.halfLife(Duration.ofDays(30))))
                .engagement(EngagementRule.on("pricing", "page_view_pricing", 10, "Viewed pricing")
                        .within(Duration.ofDays(30)).atMost(3).inGroup("web"))
                .groupCap("web", 35).totalCap(150).marketingQualifiedAt(70)
                .build();
        ScoringEngine engine = ScoringEngine.using(rules);                // compiled once, cached by (id, version)
        Profile profile = LeadProfiles.of(lead);                          // or Profile.builder().text(...).number(...)
        Engagement events = Engagement.builder().add("form_submit_demo", demoAt).build();
        LeadScore score = engine.score(profile, events, clock.instant()); // fit, engagement, total, grades, MQL flag

        assertEquals(20.0, score.fit());
        assertEquals(15.0, score.engagement(), "a month-old demo request is worth half");
        assertEquals("C", score.fitGrade());
        assertEquals(2, engine.explain(profile, events, clock.instant()).contributions().size());
    }

    @Test
    void scoresABatch() {
        ScoringEngine engine = ScoringEngine.using(RuleSet.builder("b2b", 1)
                .fit("software", Condition.equalTo("industry", "software"), 20, "Works in software")
                .engagement(EngagementRule.on("pricing", "page_view_pricing", 10, "Viewed pricing").within(Duration.ofDays(30)))
                .build());
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        List<ScoringInput> leads = List.of(
                new ScoringInput(Profile.builder().text("industry", "Software").build(), Engagement.none()),
                new ScoringInput(Profile.empty(), Engagement.builder().add("page_view_pricing", now.minusSeconds(60)).build()));

        LeadBatch batch = LeadBatch.of(leads);                      // flat arrays: build once, score often
        ScoreTable scores = engine.scoreAll(batch, now, 2);         // row i is lead i; nothing allocated per lead
        LeadScore second = engine.current().leadScore(scores, 1);   // grades and MQL flag for one row

        assertEquals(2000, scores.totalCentipoints(0));
        assertEquals(10.0, second.engagement());
    }

    record Event(String type, Instant at) {
    }

    record LeadRow(String industry, double employees, boolean hasPhone, List<Event> events) {
    }

    @Test
    void fillsABatchRowByRow() {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        List<LeadRow> rowsFromYourDatabase = List.of(new LeadRow("Software", 250, true, List.of(new Event("page_view_pricing", now))),
                new LeadRow("Retail", 12, false, List.of()));

        LeadBatch.Builder rows = LeadBatch.builder();
        for (LeadRow row : rowsFromYourDatabase) {
            rows.text("industry", row.industry()).number("employees", row.employees()).flag("phone", row.hasPhone());
            row.events().forEach(e -> rows.event(e.type(), e.at()));
            rows.endLead();                                          // returns the lead's row in the batch
        }
        LeadBatch batch = rows.build();                              // batch.profile(i) rebuilds lead i's profile for explain

        ScoringEngine engine = ScoringEngine.using(RuleSet.builder("b2b", 1)
                .fit("software", Condition.equalTo("industry", "software"), 20, "Works in software")
                .engagement(EngagementRule.on("pricing", "page_view_pricing", 10, "Viewed pricing"))
                .build());
        ScoreTable scores = engine.scoreAll(batch, now, 1);
        assertEquals(3000, scores.totalCentipoints(0));
        assertEquals(0, scores.totalCentipoints(1));
        assertEquals(2, engine.explain(batch.profile(0), batch.engagement(0), now).contributions().size());
    }
}
