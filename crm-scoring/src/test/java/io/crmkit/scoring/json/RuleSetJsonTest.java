package io.crmkit.scoring.json;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.Engagement;
import io.crmkit.scoring.rules.EngagementRule;
import io.crmkit.scoring.rules.GradeScale;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.Profile;
import io.crmkit.scoring.rules.RuleSet;
import io.crmkit.scoring.rules.Scorer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class RuleSetJsonTest {

    /** A realistic B2B rule set: 13 fit rules, 12 engagement rules, every condition and decay kind, caps, grades. */
    static final String B2B = """
            {
              "id": "b2b-saas",
              "version": 7,
              "fit": [
                {"id": "software", "when": {"attribute": "industry", "equals": "software"}, "points": 20, "reason": "Works in software"},
                {"id": "finance", "when": {"attribute": "industry", "in": ["financial_services", "fintech", "insurance"]},
                 "points": 15, "reason": "Works in financial services"},
                {"id": "mid-size", "when": {"attribute": "employees", "range": {"min": 50, "max": 1000}}, "points": 15,
                 "reason": "Has 50 to 999 employees"},
                {"id": "enterprise", "when": {"attribute": "employees", "range": {"min": 1000}}, "points": 10,
                 "reason": "Has 1,000 employees or more"},
                {"id": "decision-maker", "when": {"attribute": "authority", "in": ["decision_maker", "economic_buyer"]},
                 "points": 20, "reason": "Decides or signs"},
                {"id": "influencer", "when": {"attribute": "authority", "equals": "influencer"}, "points": 8,
                 "reason": "Influences the decision"},
                {"id": "target-country", "when": {"attribute": "country", "in": ["US", "GB", "DE", "NL"]}, "points": 10,
                 "reason": "In a target country"},
                {"id": "budget", "when": {"attribute": "budget", "range": {"min": 10000}}, "points": 10,
                 "reason": "Budget of 10,000 or more"},
                {"id": "phone", "when": {"attribute": "has_phone", "equals": true}, "points": 5, "reason": "Left a phone number"},
                {"id": "linkedin", "when": {"attribute": "linkedin_url", "exists": true}, "points": 3,
                 "reason": "Has a LinkedIn profile"},
                {"id": "student", "when": {"attribute": "title", "contains": "Student"}, "points": -30, "reason": "Is a student"},
                {"id": "competitor", "when": {"attribute": "email_domain", "in": ["rivalcrm.com", "othercrm.io"]},
                 "points": -100, "reason": "Works for a competitor"},
                {"id": "no-company", "when": {"attribute": "company", "missing": true}, "points": -10,
                 "reason": "Gave no company"}
              ],
              "engagement": [
                {"id": "demo-request", "event": "demo_request", "points": 30, "reason": "Requested a demo",
                 "withinDays": 90, "atMost": 2, "decay": {"halfLifeDays": 30}, "group": "forms"},
                {"id": "contact-form", "event": "contact_form", "points": 15, "reason": "Used the contact form",
                 "withinDays": 90, "atMost": 3, "decay": {"halfLifeDays": 30}, "group": "forms"},
                {"id": "pricing", "event": "pricing_view", "points": 10, "reason": "Looked at pricing",
                 "withinDays": 30, "atMost": 3, "decay": {"linear": {"percentPerPeriod": 50, "periodDays": 15}}, "group": "web"},
                {"id": "page-view", "event": "page_view", "points": 1, "reason": "Visited the site",
                 "withinDays": 30, "atMost": 20, "decay": {"linear": {"percentPerPeriod": 100, "periodDays": 30}}, "group": "web"},
                {"id": "whitepaper", "event": "download", "points": 8, "reason": "Downloaded a whitepaper",
                 "withinDays": 180, "atMost": 3, "decay": {"halfLifeDays": 60}, "group": "content"},
                {"id": "webinar", "event": "webinar_attended", "points": 12, "reason": "Attended a webinar",
                 "withinDays": 180, "atMost": 2, "group": "content"},
                {"id": "email-open", "event": "email_open", "points": 1, "reason": "Opened an email",
                 "withinDays": 30, "atMost": 10, "group": "email"},
                {"id": "email-click", "event": "email_click", "points": 3, "reason": "Clicked an email",
                 "withinDays": 60, "atMost": 5, "decay": {"halfLifeDays": 14}, "group": "email"},
                {"id": "trial", "event": "trial_signup", "points": 40, "reason": "Signed up for a trial",
                 "withinDays": 60, "atMost": 1},
                {"id": "trade-show", "event": "event_visit", "points": 10, "reason": "Visited our booth",
                 "withinDays": 120, "atMost": 1, "decay": {"linear": {"percentPerPeriod": 12.5, "periodDays": 30}}},
                {"id": "unsubscribed", "event": "unsubscribed", "points": -40, "reason": "Unsubscribed"},
                {"id": "bounced", "event": "email_bounce", "points": -20, "reason": "Email bounced", "atMost": 1}
              ],
              "caps": {"groups": {"forms": 40, "web": 20, "content": 25, "email": 15}, "fit": 100, "engagement": 120, "total": 200},
              "grades": {
                "fit": [{"grade": "A", "min": 60}, {"grade": "B", "min": 35}, {"grade": "C", "min": 15}, {"grade": "D"}],
                "engagement": [{"grade": "1", "min": 60}, {"grade": "2", "min": 30}, {"grade": "3", "min": 10}, {"grade": "4"}],
                "total": [{"grade": "hot", "min": 90}, {"grade": "warm", "min": 45}, {"grade": "cold"}]
              },
              "marketingQualifiedAt": 70
            }
            """;

    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

    private final RuleSetJson json = RuleSetJson.standard();

    static RuleSet b2bBuiltInCode() {
        Duration days90 = Duration.ofDays(90);
        return RuleSet.builder("b2b-saas", 7)
                .fit("software", Condition.equalTo("industry", "software"), 20, "Works in software")
                .fit("finance", Condition.in("industry", Set.of("financial_services", "fintech", "insurance")), 15,
                        "Works in financial services")
                .fit("mid-size", Condition.range("employees", 50, 1000), 15, "Has 50 to 999 employees")
                .fit("enterprise", Condition.range("employees", 1000, Double.POSITIVE_INFINITY), 10, "Has 1,000 employees or more")
                .fit("decision-maker", Condition.in("authority", Set.of("decision_maker", "economic_buyer")), 20, "Decides or signs")
                .fit("influencer", Condition.equalTo("authority", "influencer"), 8, "Influences the decision")
                .fit("target-country", Condition.in("country", Set.of("us", "gb", "de", "nl")), 10, "In a target country")
                .fit("budget", Condition.range("budget", 10_000, Double.POSITIVE_INFINITY), 10, "Budget of 10,000 or more")
                .fit("phone", Condition.equalTo("has_phone", "true"), 5, "Left a phone number")
                .fit("linkedin", Condition.exists("linkedin_url"), 3, "Has a LinkedIn profile")
                .fit("student", Condition.contains("title", "student"), -30, "Is a student")
                .fit("competitor", Condition.in("email_domain", Set.of("rivalcrm.com", "othercrm.io")), -100, "Works for a competitor")
                .fit("no-company", Condition.missing("company"), -10, "Gave no company")
                .engagement(EngagementRule.on("demo-request", "demo_request", 30, "Requested a demo")
                        .within(days90).atMost(2).decaying(Decay.halfLife(Duration.ofDays(30))).inGroup("forms"))
                .engagement(EngagementRule.on("contact-form", "contact_form", 15, "Used the contact form")
                        .within(days90).atMost(3).decaying(Decay.halfLife(Duration.ofDays(30))).inGroup("forms"))
                .engagement(EngagementRule.on("pricing", "pricing_view", 10, "Looked at pricing")
                        .within(Duration.ofDays(30)).atMost(3).decaying(Decay.linear(0.5, Duration.ofDays(15))).inGroup("web"))
                .engagement(EngagementRule.on("page-view", "page_view", 1, "Visited the site")
                        .within(Duration.ofDays(30)).atMost(20).decaying(Decay.linear(1, Duration.ofDays(30))).inGroup("web"))
                .engagement(EngagementRule.on("whitepaper", "download", 8, "Downloaded a whitepaper")
                        .within(Duration.ofDays(180)).atMost(3).decaying(Decay.halfLife(Duration.ofDays(60))).inGroup("content"))
                .engagement(EngagementRule.on("webinar", "webinar_attended", 12, "Attended a webinar")
                        .within(Duration.ofDays(180)).atMost(2).inGroup("content"))
                .engagement(EngagementRule.on("email-open", "email_open", 1, "Opened an email")
                        .within(Duration.ofDays(30)).atMost(10).inGroup("email"))
                .engagement(EngagementRule.on("email-click", "email_click", 3, "Clicked an email")
                        .within(Duration.ofDays(60)).atMost(5).decaying(Decay.halfLife(Duration.ofDays(14))).inGroup("email"))
                .engagement(EngagementRule.on("trial", "trial_signup", 40, "Signed up for a trial")
                        .within(Duration.ofDays(60)).atMost(1))
                .engagement(EngagementRule.on("trade-show", "event_visit", 10, "Visited our booth")
                        .within(Duration.ofDays(120)).atMost(1).decaying(Decay.linear(0.125, Duration.ofDays(30))))
                .engagement(EngagementRule.on("unsubscribed", "unsubscribed", -40, "Unsubscribed"))
                .engagement(EngagementRule.on("bounced", "email_bounce", -20, "Email bounced").atMost(1))
                .groupCap("forms", 40).groupCap("web", 20).groupCap("content", 25).groupCap("email", 15)
                .fitCap(100).engagementCap(120).totalCap(200)
                .grades(GradeScale.of("A", 60, "B", 35, "C", 15, "D"), GradeScale.of("1", 60, "2", 30, "3", 10, "4"),
                        GradeScale.of("hot", 90, "warm", 45, "cold"))
                .marketingQualifiedAt(70)
                .build();
    }

    @Test
    void readsTheSameRuleSetAsTheBuilderBuilds() {
        RuleSet read = json.read(B2B);

        assertEquals(b2bBuiltInCode(), read);
        assertEquals(25, read.fitRules().size() + read.engagementRules().size());
    }

    @Test
    void scoresALeadFromTheFileAsTheRulesSay() {
        // given a VP at a mid-size software company in Germany who requested a demo a month ago
        Scorer scorer = Scorer.compile(json.read(B2B));
        Profile vp = Profile.builder().text("industry", "Software").number("employees", 240).text("authority", "decision_maker")
                .text("country", "DE").text("company", "Acme").flag("has_phone", true).build();
        Engagement demo = Engagement.builder().add("demo_request", NOW.minus(Duration.ofDays(30))).build();

        // when
        LeadScore score = scorer.score(vp, demo, NOW);

        // then fit 20 + 15 + 20 + 10 + 5, engagement 30 halved once
        assertEquals(7000, score.fitCentipoints());
        assertEquals(1500, score.engagementCentipoints());
        assertEquals("A", score.fitGrade());
        assertEquals("warm", score.totalGrade());
        assertTrue(score.marketingQualified());
    }

    @Test
    void readsBackWhatItWrites() {
        RuleSet rules = json.read(B2B);

        String written = json.write(rules);

        assertEquals(rules, json.read(written));
        assertEquals(written, json.write(json.read(written)));
    }

    @Test
    void leftOutPartsTakeTheBuildersDefaults() {
        String minimal = """
                {"id": "tiny", "version": 1,
                 "engagement": [{"id": "visit", "event": "page_view", "points": 2, "reason": "Visited"}]}
                """;

        assertEquals(RuleSet.builder("tiny", 1).engagement(EngagementRule.on("visit", "page_view", 2, "Visited")).build(),
                json.read(minimal));
    }

    @Test
    void writesDecimalsThatReadBackExactly() {
        RuleSet rules = RuleSet.builder("odd", 2)
                .fit("band", Condition.range("revenue", 0.1, 1e20), 1, "In band")
                .engagement(EngagementRule.on("visit", "page_view", 2, "Visited")
                        .decaying(Decay.linear(1 / 3.0, Duration.ofDays(7))))
                .grades(GradeScale.of("A", 60.25, "B", -0.5, "C"), GradeScale.engagementDefaults(), GradeScale.totalDefaults())
                .marketingQualifiedAt(Math.PI)
                .build();

        assertEquals(rules, json.read(json.write(rules)));
    }

    @Test
    void refusesToWriteWhatTheFormatCannotExpress() {
        RuleSet hours = RuleSet.builder("hours", 1)
                .engagement(EngagementRule.on("visit", "page_view", 2, "Visited").within(Duration.ofHours(36)))
                .build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(hours));

        assertEquals("window of rule visit is PT36H, not a whole number of days; JSON rule sets give windows and decay periods in days",
                e.getMessage());
    }

    @Test
    void reportsEveryProblemWithItsJsonPath() {
        String bad = """
                {
                  "id": "b2b",
                  "version": "3",
                  "colour": "blue",
                  "fit": [
                    {"id": "software", "when": {"attribute": "industry", "equals": "software"}, "points": 2.5, "reason": "Software"},
                    {"id": "small", "when": {"attribute": "employees", "range": {"min": 10, "max": 100}}, "points": 5, "reason": "Small"},
                    {"id": "ceo", "when": {"attribute": "title", "startsWith": "ceo"}, "points": 10, "reason": "CEO"},
                    {"id": "big", "when": {"attribute": "employees", "range": {"min": 50}}, "points": 10},
                    {"id": "sized", "when": {"attribute": "employees", "equals": 50}, "points": 1, "reason": "Sized"}
                  ],
                  "engagement": [
                    {"id": "demo", "event": "form_submit", "points": 30, "reason": "Demo", "withinDays": 0,
                     "decay": {"linear": {"percentPerPeriod": 150, "periodDays": 30}}, "group": "forms"},
                    {"id": "software", "event": "page_view", "points": 20000, "reason": "Visited", "atMost": 0}
                  ],
                  "caps": {"groups": {"forms": -5}, "total": "lots"},
                  "grades": {"fit": [{"grade": "A", "min": 60}, {"grade": "B"}, {"grade": "C"}]},
                  "marketingQualifiedAt": 1e400
                }
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(bad));

        assertEquals(List.of(
                "$.colour: unknown field (expected one of [caps, engagement, fit, grades, id, marketingQualifiedAt, version])",
                "$.version: must be a whole number but was string \"3\"",
                "$.fit[0].points: must be a whole number but was 2.5",
                "$.fit[2].when.startsWith: unknown operator (expected one of [contains, equals, exists, in, missing, range])",
                "$.fit[3].reason: is required",
                "$.fit[4].when.equals: must be a string or true/false but was 50 (compare numbers with range)",
                "$.engagement[0].withinDays: must be a whole number of days >= 1 but was 0",
                "$.engagement[0].decay.linear.percentPerPeriod: must be a number more than 0 and at most 100 but was 150",
                "$.engagement[1].points: points of rule software must be within +/-10000 but were 20000",
                "$.engagement[1].atMost: must be a whole number >= 1 but was 0",
                "$.caps.total: must be a whole number but was string \"lots\"",
                "$.grades.fit[1].min: is required (only the last grade may leave it out)",
                "$.marketingQualifiedAt: must be a finite number but was 1E+400",
                "$.engagement[1].id: duplicate rule id 'software'",
                "$.fit[3].when: range [50.0, Infinity) of 'employees' overlaps rule 'small' [10.0, 100.0)",
                "$.caps.groups.forms: must not be negative but was -5"), e.problems());
        assertEquals("rule set 'b2b'", e.subject());
    }

    @Test
    void reportsConditionMistakesAtTheOperator() {
        String bad = """
                {"id": "b2b", "version": 1, "fit": [
                  {"id": "a", "when": {"attribute": "industry"}, "points": 1, "reason": "A"},
                  {"id": "b", "when": {"attribute": "industry", "equals": "x", "in": ["y"]}, "points": 1, "reason": "B"},
                  {"id": "c", "when": {"attribute": "9lives", "exists": false}, "points": 1, "reason": "C"},
                  {"id": "d", "when": {"attribute": "employees", "range": {"min": 100, "max": 10}}, "points": 1, "reason": "D"},
                  {"id": "e", "when": {"attribute": "tags", "in": []}, "points": 1, "reason": "E"},
                  {"id": "f", "when": {"attribute": "title", "contains": " "}, "points": 1, "reason": "F"},
                  {"id": "g", "when": "industry = software", "points": 1, "reason": "G"}
                ]}
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(bad));

        assertEquals(List.of(
                "$.fit[0].when: needs one operator of [contains, equals, exists, in, missing, range]",
                "$.fit[1].when: must have exactly one operator but had [equals, in]",
                "$.fit[2].when.attribute: attribute must start with a letter and have only letters, digits, '_', '.', ':' or '-'"
                        + " (at most 64) but was '9lives'",
                "$.fit[2].when.exists: must be true (for the opposite use \"missing\": true) but was boolean false",
                "$.fit[3].when.range: range of employees must have min < max but was [100.0, 10.0)",
                "$.fit[4].when.in: values of tags must not be empty",
                "$.fit[5].when.contains: text of title must not be blank",
                "$.fit[6].when: must be an object with an attribute and one operator of [contains, equals, exists, in, missing, range]"
                        + " but was string \"industry = software\""), e.problems());
    }

    @Test
    void reportsRuleSetWideProblemsAtTheirJsonPaths() {
        String bad = """
                {"id": "b2b", "version": 0,
                 "engagement": [{"id": "visit", "event": "page_view", "points": 1, "reason": "Visit", "group": "web"},
                                {"id": "oops", "event": "page_view", "points": 1, "reason": "Oops", "decay": {}}],
                 "caps": {"groups": {"web": 10, "forms": 5, "web.forms": 1}, "fit": -1, "engagement": -2}}
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(bad));

        // RuleSet keeps its group caps in a Map.copyOf, whose iteration order changes from one JVM run to the next
        assertEquals(Set.of(
                "$.engagement[1].decay: needs one of [halfLifeDays, linear]",
                "$.version: must be at least 1 but was 0",
                "$.caps.groups.forms: no engagement rule is in group 'forms'",
                "$.caps.groups['web.forms']: no engagement rule is in group 'web.forms'",
                "$.caps.fit: must not be negative but was -1",
                "$.caps.engagement: must not be negative but was -2"), Set.copyOf(e.problems()));
        assertEquals(6, e.problems().size());
    }

    @Test
    void rejectsNumbersTooSmallOrTooLargeToUse() {
        String bad = """
                {"id": "b2b", "version": 1,
                 "engagement": [{"id": "visit", "event": "page_view", "points": 99999999999, "reason": "Visit",
                                 "decay": {"linear": {"percentPerPeriod": 1e-400, "periodDays": 7}}}],
                 "grades": {"total": [{"grade": "hot", "min": -1e400}, {"grade": "cold"}]}}
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(bad));

        assertEquals(List.of(
                "$.engagement[0].points: must be a whole number no larger than 2147483647 but was 99999999999",
                "$.engagement[0].decay.linear.percentPerPeriod: must be a number more than 0 and at most 100 but was 1E-400,"
                        + " which is too small to tell from 0",
                "$.grades.total[0].min: must be a finite number but was -1E+400"), e.problems());
    }

    @Test
    void anUnreadableRuleStillCountsForItsGroupAndItsId() {
        String bad = """
                {"id": "b2b", "version": 1,
                 "engagement": [{"id": "visit", "event": "page_view", "points": "many", "reason": "Visit", "group": "web"},
                                {"id": "visit", "event": "page_view", "points": 1, "reason": "Visit again"}],
                 "caps": {"groups": {"web": 10}}}
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(bad));

        assertEquals(List.of("$.engagement[0].points: must be a whole number but was string \"many\"",
                "$.engagement[1].id: duplicate rule id 'visit'"), e.problems());
    }

    @Test
    void rejectsGarbageWithAProblemAtAPath() {
        List<String> garbage = List.of("", "   ", "[]", "null", "42", "\"b2b\"", "{\"id\": \"b2b\", \"version\": 1, \"fit\": [",
                "{\"id\": \"b2b\", \"id\": \"b2c\", \"version\": 1}", "{\"id\": \"b2b\", \"version\": 1e400}",
                "{\"id\": \"b2b\", \"version\": 1} {}", "{\"id\": \"b2b\", \"version\": 1, \"fit\": [{\"id\": \"x\", \"id\": \"y\"}]}",
                "[".repeat(5000), "{\"id\": \"b2b\", \"version\": 1e-2147483648}", "{\"id\": 'b2b'}", "{\"id\": \"b2b\" \"version\": 1}");

        for (String text : garbage) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> json.read(text), text);

            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertTrue(p.startsWith("$"), () -> text + " gave a problem without a path: " + p));
        }
    }

    @Test
    void namesTheExactPlaceOfAJsonSyntaxError() {
        assertEquals(List.of("$: is empty (expected a rule set object)"), problems(""));
        assertEquals(List.of("$: must be an object but was array []"), problems("[]"));
        assertEquals(List.of("$: must be an object but was null"), problems("null"));
        assertEquals(List.of("$.id: not valid JSON: Duplicate field 'id' (line 1, column 19)"),
                problems("{\"id\": \"b2b\", \"id\": \"b2c\", \"version\": 1}"));
        assertEquals(List.of("$.fit[0].id: not valid JSON: Duplicate field 'id' (line 1, column 53)"),
                problems("{\"id\": \"b2b\", \"version\": 1, \"fit\": [{\"id\": \"x\", \"id\": \"y\"}]}"));
        assertEquals(List.of("$.version: must be a whole number no larger than 2147483647 but was 1E+400"),
                problems("{\"id\": \"b2b\", \"version\": 1e400}"));
    }

    private List<String> problems(String text) {
        return assertThrows(InvalidConfigurationException.class, () -> json.read(text)).problems();
    }
}
