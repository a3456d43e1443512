package io.crmkit.benchmarks.scoring.rules;

import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.EngagementRule;
import io.crmkit.scoring.rules.RuleSet;

import java.time.Duration;
import java.util.Set;

/** The benchmark's 25-rule B2B rule set, and the same rules written by hand as an if-chain (the baseline). */
final class B2bRules {

    private static final long DAY = 86_400;

    private B2bRules() {
    }

    static RuleSet ruleSet() {
        return RuleSet.builder("b2b-benchmark", 1)
                .fit("industry-software", Condition.equalTo("industry", "software"), 20, "Software")
                .fit("industry-finance", Condition.in("industry", Set.of("fintech", "banking", "insurance")), 15, "Finance")
                .fit("industry-education", Condition.equalTo("industry", "education"), -10, "Education")
                .fit("size-small", Condition.range("employees", 10, 50), 5, "10-49 employees")
                .fit("size-mid", Condition.range("employees", 50, 1000), 15, "50-999 employees")
                .fit("size-enterprise", Condition.range("employees", 1000, Double.POSITIVE_INFINITY), 25, "1,000+ employees")
                .fit("decision-maker", Condition.in("authority", Set.of("decision_maker", "economic_buyer")), 20, "Can sign")
                .fit("influencer", Condition.equalTo("authority", "influencer"), 8, "Influencer")
                .fit("student", Condition.contains("title", "student"), -30, "Student")
                .fit("competitor", Condition.equalTo("email_domain", "rival.example"), -100, "Competitor")
                .fit("target-country", Condition.in("country", Set.of("de", "fr", "gb", "us", "nl")), 10, "Target market")
                .fit("no-phone", Condition.missing("phone"), -5, "No phone")
                .engagement(EngagementRule.on("pricing", "page_view_pricing", 10, "Viewed pricing").within(Duration.ofDays(30)).atMost(3).inGroup("web"))
                .engagement(EngagementRule.on("page", "page_view", 2, "Viewed a page").within(Duration.ofDays(30)).atMost(10).inGroup("web"))
                .engagement(EngagementRule.on("download", "content_download", 8, "Downloaded content").within(Duration.ofDays(90)).atMost(3)
                        .decaying(Decay.halfLife(Duration.ofDays(30))).inGroup("content"))
                .engagement(EngagementRule.on("webinar", "event_attended", 15, "Attended an event").within(Duration.ofDays(180)).atMost(2)
                        .decaying(Decay.linear(0.5, Duration.ofDays(30))))
                .engagement(EngagementRule.on("demo", "form_submit_demo", 30, "Requested a demo").decaying(Decay.halfLife(Duration.ofDays(30))))
                .engagement(EngagementRule.on("contact", "form_submit", 12, "Contact form").within(Duration.ofDays(90)).atMost(2))
                .engagement(EngagementRule.on("email-open", "email_open", 1, "Opened an email").within(Duration.ofDays(30)).atMost(5).inGroup("email"))
                .engagement(EngagementRule.on("email-click", "email_click", 4, "Clicked an email").within(Duration.ofDays(30)).atMost(5).inGroup("email"))
                .engagement(EngagementRule.on("unsubscribed", "unsubscribed", -40, "Unsubscribed"))
                .engagement(EngagementRule.on("trial", "trial_started", 25, "Started a trial").within(Duration.ofDays(60)).atMost(1))
                .engagement(EngagementRule.on("case-study", "content_download_case_study", 6, "Read a case study").within(Duration.ofDays(60)).atMost(2).inGroup("content"))
                .engagement(EngagementRule.on("careers", "page_view_careers", -5, "Looked at jobs").within(Duration.ofDays(30)).atMost(1))
                .engagement(EngagementRule.on("return-visit", "session_start", 3, "Came back").within(Duration.ofDays(14)).atMost(5)
                        .decaying(Decay.halfLife(Duration.ofDays(7))))
                .groupCap("web", 35).groupCap("content", 20).groupCap("email", 15)
                .engagementCap(120).totalCap(200)
                .marketingQualifiedAt(70)
                .build();
    }

    /** The same 25 rules as a hand-written if-chain over plain fields: the combined score in centipoints. */
    static long handWritten(SyntheticLeads.Lead l, long now) {
        return handWritten(l.industry, l.employees, l.authority, l.title, l.emailDomain, l.country, l.hasPhone,
                l.types, l.epochSeconds, 0, l.types.length, now);
    }

    /** Lead {@code i} of {@code c}, hand-written over columns: the same if-chain, reading flat arrays. */
    static long handWritten(SyntheticLeads.Columns c, int i, long now) {
        return handWritten(c.industry[i], c.employees[i], c.authority[i], c.title[i], c.emailDomain[i], c.country[i],
                c.hasPhone[i], c.types, c.epochSeconds, c.eventStart[i], c.eventStart[i + 1], now);
    }

    /** The if-chain, on one lead's values and its events {@code from..to} (newest first) of {@code types}. */
    private static long handWritten(String industry, double e, String authority, String title, String emailDomain,
                                    String c, boolean hasPhone, String[] types, long[] times, int from, int to, long now) {
        long fit = 0;
        if ("software".equals(industry)) fit += 2000;
        if ("fintech".equals(industry) || "banking".equals(industry) || "insurance".equals(industry)) fit += 1500;
        if ("education".equals(industry)) fit -= 1000;
        if (e >= 10 && e < 50) fit += 500;
        if (e >= 50 && e < 1000) fit += 1500;
        if (e >= 1000) fit += 2500;
        if ("decision_maker".equals(authority) || "economic_buyer".equals(authority)) fit += 2000;
        if ("influencer".equals(authority)) fit += 800;
        if (title != null && title.contains("student")) fit -= 3000;
        if ("rival.example".equals(emailDomain)) fit -= 10000;
        if ("de".equals(c) || "fr".equals(c) || "gb".equals(c) || "us".equals(c) || "nl".equals(c)) fit += 1000;
        if (!hasPhone) fit -= 500;

        long web = 0, content = 0, email = 0, other = 0;
        int pricing = 0, page = 0, download = 0, webinar = 0, contact = 0, open = 0, click = 0, trial = 0, caseStudy = 0,
                careers = 0, visit = 0;
        for (int i = from; i < to; i++) {
            long age = now - times[i];
            if (age < 0) continue;
            switch (types[i]) {
                case "page_view_pricing" -> { if (age <= 30 * DAY && pricing < 3) { pricing++; web += 1000; } }
                case "page_view" -> { if (age <= 30 * DAY && page < 10) { page++; web += 200; } }
                case "content_download" -> { if (age <= 90 * DAY && download < 3) { download++; content += Math.round(800 * Math.pow(0.5, (double) age / (30 * DAY))); } }
                case "event_attended" -> { if (age <= 180 * DAY && webinar < 2) { webinar++; other += Math.round(1500 * Math.max(0, 1 - 0.5 * age / (30 * DAY))); } }
                case "form_submit_demo" -> other += Math.round(3000 * Math.pow(0.5, (double) age / (30 * DAY)));
                case "form_submit" -> { if (age <= 90 * DAY && contact < 2) { contact++; other += 1200; } }
                case "email_open" -> { if (age <= 30 * DAY && open < 5) { open++; email += 100; } }
                case "email_click" -> { if (age <= 30 * DAY && click < 5) { click++; email += 400; } }
                case "unsubscribed" -> other -= 4000;
                case "trial_started" -> { if (age <= 60 * DAY && trial < 1) { trial++; other += 2500; } }
                case "content_download_case_study" -> { if (age <= 60 * DAY && caseStudy < 2) { caseStudy++; content += 600; } }
                case "page_view_careers" -> { if (age <= 30 * DAY && careers < 1) { careers++; other -= 500; } }
                case "session_start" -> { if (age <= 14 * DAY && visit < 5) { visit++; other += Math.round(300 * Math.pow(0.5, (double) age / (7 * DAY))); } }
                default -> { }
            }
        }
        long engagement = Math.min(web, 3500) + Math.min(content, 2000) + Math.min(email, 1500) + other;
        engagement = Math.min(engagement, 12000);
        return Math.min(fit + engagement, 20000);
    }
}
