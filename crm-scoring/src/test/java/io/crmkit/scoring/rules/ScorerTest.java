package io.crmkit.scoring.rules;

import io.crmkit.core.lead.LeadId;
import io.crmkit.core.shared.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ScorerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static RuleSet b2b() {
        return RuleSet.builder("b2b", 1)
                .fit("software", Condition.equalTo("industry", "Software"), 20, "Works in software")
                .fit("mid-size", Condition.range("employees", 50, 1000), 15, "50 to 999 employees")
                .fit("enterprise", Condition.range("employees", 1000, Double.POSITIVE_INFINITY), 25, "1,000 employees or more")
                .fit("decision-maker", Condition.in("authority", Set.of("decision_maker", "economic_buyer")), 20, "Can sign")
                .fit("student", Condition.contains("title", "student"), -30, "Student")
                .fit("competitor", Condition.equalTo("email_domain", "rival.example"), -100, "Works for a competitor")
                .fit("no-phone", Condition.missing("phone"), -5, "No phone number")
                .engagement(EngagementRule.on("pricing", "page_view_pricing", 10, "Viewed pricing")
                        .within(Duration.ofDays(30)).atMost(3).inGroup("web"))
                .engagement(EngagementRule.on("page", "page_view", 2, "Viewed a page")
                        .within(Duration.ofDays(30)).atMost(10).inGroup("web"))
                .engagement(EngagementRule.on("demo", "form_submit", 30, "Requested a demo")
                        .decaying(Decay.halfLife(Duration.ofDays(30))))
                .engagement(EngagementRule.on("unsubscribed", "unsubscribed", -40, "Unsubscribed"))
                .groupCap("web", 35)
                .totalCap(150)
                .marketingQualifiedAt(70)
                .build();
    }

    private final Scorer scorer = Scorer.compile(b2b());

    private static Profile cto() {
        return Profile.builder().text("industry", " software ").number("employees", 250).text("authority", "DECISION_MAKER")
                .text("title", "CTO").text("phone", "+4930123456").build();
    }

    @Test
    void scoresFitFromTheProfile() {
        LeadScore score = scorer.score(cto(), Engagement.none(), NOW);

        assertEquals(55.0, score.fit());
        assertEquals(0.0, score.engagement());
        assertEquals("B", score.fitGrade());
        assertEquals("4", score.engagementGrade());
        assertEquals("warm", score.totalGrade());
        assertFalse(score.marketingQualified());
    }

    @Test
    void negativeRulesLowerTheFit() {
        Profile student = Profile.builder().text("title", "PhD Student").text("email_domain", "rival.example").build();

        assertEquals(-135.0, scorer.score(student, Engagement.none(), NOW).fit());
    }

    @Test
    void countsOnlyRecentEventsUpToTheFrequencyCapAndTheGroupCap() {
        Engagement.Builder events = Engagement.builder();
        for (int day = 1; day <= 5; day++) {
            events.add("page_view_pricing", NOW.minus(Duration.ofDays(day)));   // 5 views, cap 3 -> 30
        }
        events.add("page_view_pricing", NOW.minus(Duration.ofDays(45)));        // outside the 30-day window
        for (int i = 0; i < 4; i++) {
            events.add("page_view", NOW.minus(Duration.ofHours(i + 1)));        // 4 x 2 = 8, but group web caps at 35
        }
        events.add("page_view", NOW.plus(Duration.ofHours(1)));                 // in the future: ignored

        ScoreExplanation explained = scorer.explain(Profile.empty(), events.build(), NOW);

        assertEquals(35.0, explained.score().engagement());
        assertEquals(List.of(
                new Contribution("no-phone", Optional.of(Dimension.FIT), -500, "No phone number"),
                new Contribution("pricing", Optional.of(Dimension.ENGAGEMENT), 3000, "Viewed pricing (3 events)"),
                new Contribution("page", Optional.of(Dimension.ENGAGEMENT), 800, "Viewed a page (4 events)"),
                new Contribution("cap:group:web", Optional.of(Dimension.ENGAGEMENT), -300, "group 'web' capped at 35 points")),
                explained.contributions());
    }

    @Test
    void decayHalvesAnEventsPointsEveryHalfLife() {
        Engagement demoLastMonth = Engagement.builder().add("form_submit", NOW.minus(Duration.ofDays(30))).build();
        Engagement demoTwoMonthsAgo = Engagement.builder().add("form_submit", NOW.minus(Duration.ofDays(60))).build();

        assertEquals(15.0, scorer.score(Profile.empty(), demoLastMonth, NOW).engagement());
        assertEquals(7.5, scorer.score(Profile.empty(), demoTwoMonthsAgo, NOW).engagement());
    }

    @Test
    void linearDecayReachesZero() {
        RuleSet rules = RuleSet.builder("linear", 1)
                .engagement(EngagementRule.on("webinar", "event_attended", 40, "Attended a webinar")
                        .decaying(Decay.linear(0.5, Duration.ofDays(30))))
                .build();
        Scorer linear = Scorer.compile(rules);

        assertEquals(20.0, linear.score(Profile.empty(), Engagement.builder().add("event_attended", NOW.minus(Duration.ofDays(30))).build(), NOW).engagement());
        assertEquals(0.0, linear.score(Profile.empty(), Engagement.builder().add("event_attended", NOW.minus(Duration.ofDays(90))).build(), NOW).engagement());
    }

    @Test
    void theTotalCapBoundsTheCombinedScoreAndTheExplanationStillAddsUp() {
        Engagement.Builder hot = Engagement.builder();
        for (int i = 0; i < 6; i++) {
            hot.add("form_submit", NOW.minus(Duration.ofMinutes(i)));
        }
        hot.add("page_view_pricing", NOW.minus(Duration.ofMinutes(7)));

        ScoreExplanation explained = scorer.explain(cto(), hot.build(), NOW);

        assertEquals(150.0, explained.score().total());
        assertTrue(explained.score().marketingQualified());
        assertEquals("hot", explained.score().totalGrade());
        assertEquals(explained.score().totalCentipoints(),
                explained.contributions().stream().mapToLong(Contribution::centipoints).sum());
        assertEquals(explained.score(), scorer.score(cto(), hot.build(), NOW));
    }

    @Test
    void scoreIntoWritesTheSameScoresWithoutObjects() {
        ScoreTable table = new ScoreTable(2);
        Engagement events = Engagement.builder().add("unsubscribed", NOW.minus(Duration.ofDays(2))).build();

        scorer.scoreInto(cto(), events, NOW, table, 1);

        LeadScore score = scorer.score(cto(), events, NOW);
        assertEquals(score.fitCentipoints(), table.fitCentipoints(1));
        assertEquals(score.engagementCentipoints(), table.engagementCentipoints(1));
        assertEquals(score.totalCentipoints(), table.totalCentipoints(1));
        assertEquals(0, table.totalCentipoints(0));
        assertThrows(IndexOutOfBoundsException.class, () -> scorer.scoreInto(cto(), events, NOW, table, 2));
    }

    @Test
    void ruleSetValidationReportsEveryProblem() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> RuleSet.builder("bad", 0)
                .fit("small", Condition.range("employees", 1, 50), 5, "Small")
                .fit("small", Condition.range("employees", 40, 200), 10, "Overlaps")
                .engagement(EngagementRule.on("visit", "page_view", 1, "Visit"))
                .groupCap("email", 10)
                .totalCap(-1)
                .build());

        assertEquals(List.of(
                "version: must be at least 1 but was 0",
                "fitRules[1].id: duplicate rule id 'small'",
                "fitRules[1].condition: range [40.0, 200.0) of 'employees' overlaps rule 'small' [1.0, 50.0)",
                "groupCaps.email: no engagement rule is in group 'email'",
                "totalCap: must not be negative but was -1"), e.problems());
    }

    @Test
    void aBadRuleSetIdIsOneOfTheProblemsNotTheOnlyOne() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> RuleSet.builder("2 bad", 1)
                .fit("x", Condition.exists("a"), 1, "A").fit("x", Condition.exists("b"), 1, "B").build());

        assertEquals(List.of("id: must start with a letter and have only letters, digits, '_', '.', ':' or '-' (at most 64) but was '2 bad'",
                "fitRules[1].id: duplicate rule id 'x'"), e.problems());
    }

    @Test
    void gradeScalesNameAMinimumThatIsNotANumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GradeScale.of("A", "80", "B"));

        assertEquals("minimum of grade A must be a number but was 80", e.getMessage());
        assertEquals("B", GradeScale.of("A", 80, "B").gradeOf(79.99));
    }

    @Test
    void rulesRejectBadValuesNamingTheRule() {
        IllegalArgumentException cap = assertThrows(IllegalArgumentException.class,
                () -> EngagementRule.on("visit", "page_view", 1, "Visit").atMost(0));
        assertEquals("frequency cap of rule visit must be at least 1 but was 0", cap.getMessage());
        IllegalArgumentException points = assertThrows(IllegalArgumentException.class,
                () -> new FitRule("huge", Condition.exists("x"), 20_000, "Too much"));
        assertEquals("points of rule huge must be within +/-10000 but were 20000", points.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> Condition.range("employees", 10, 10));
        assertEquals("range of employees must have min < max but was [10.0, 10.0)", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Profile.builder().number("budget", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Engagement.builder().add("page view", NOW));
    }

    @Test
    void theMqlEventFiresOnceUntilTheScoreFallsBelowAndRisesAgain() {
        RuleSet rules = b2b();
        LeadId lead = LeadId.newId();
        Engagement two = Engagement.builder().add("form_submit", NOW).add("form_submit", NOW).build();
        LeadScore high = scorer.score(cto(), two, NOW);
        LeadScore low = scorer.score(cto(), Engagement.none(), NOW);

        assertTrue(MarketingQualification.crossing(lead, false, high, rules, NOW).isPresent());
        assertTrue(MarketingQualification.crossing(lead, high.marketingQualified(), high, rules, NOW).isEmpty(), "not twice");
        assertTrue(MarketingQualification.crossing(lead, high.marketingQualified(), low, rules, NOW).isEmpty(), "falling is silent");
        LeadBecameMarketingQualified again = MarketingQualification.crossing(lead, low.marketingQualified(), high, rules, NOW).orElseThrow();
        assertEquals(new LeadBecameMarketingQualified(lead, high.total(), 70, "b2b", 1, NOW), again);
    }
}
