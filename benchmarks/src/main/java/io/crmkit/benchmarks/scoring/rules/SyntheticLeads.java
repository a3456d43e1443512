package io.crmkit.benchmarks.scoring.rules;

import io.crmkit.scoring.rules.Engagement;
import io.crmkit.scoring.rules.LeadBatch;
import io.crmkit.scoring.rules.Profile;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

/**
 * Realistic, skewed synthetic leads for scoring benchmarks, deterministic for a seed: Zipf-like industries and
 * countries, log-normal headcounts, few decision makers, 1% competitors, 3% students, 30% without a phone, and a
 * long-tailed number of events (most leads have a handful, a few have dozens) over the last 180 days, page views
 * most common and unsubscribes rare.
 */
final class SyntheticLeads {

    /** One lead as plain fields, what a hand-written scorer would read. */
    static final class Lead {
        String industry;
        double employees = Double.NaN;
        String authority;
        String title;
        String emailDomain;
        String country;
        boolean hasPhone;
        String[] types;
        long[] epochSeconds;
    }

    /**
     * The same leads as columns, as a hand-written scorer over flat arrays would keep them: one array per field, and
     * every lead's events (newest first) in two flat arrays, lead i's from {@code eventStart[i]} to
     * {@code eventStart[i + 1]}.
     */
    static final class Columns {
        final String[] industry;
        final double[] employees;
        final String[] authority;
        final String[] title;
        final String[] emailDomain;
        final String[] country;
        final boolean[] hasPhone;
        final int[] eventStart;
        final String[] types;
        final long[] epochSeconds;

        Columns(Lead[] leads) {
            int n = leads.length;
            industry = new String[n];
            employees = new double[n];
            authority = new String[n];
            title = new String[n];
            emailDomain = new String[n];
            country = new String[n];
            hasPhone = new boolean[n];
            eventStart = new int[n + 1];
            for (int i = 0; i < n; i++) {
                eventStart[i + 1] = eventStart[i] + leads[i].types.length;
            }
            types = new String[eventStart[n]];
            epochSeconds = new long[eventStart[n]];
            for (int i = 0; i < n; i++) {
                Lead l = leads[i];
                industry[i] = l.industry;
                employees[i] = l.employees;
                authority[i] = l.authority;
                title[i] = l.title;
                emailDomain[i] = l.emailDomain;
                country[i] = l.country;
                hasPhone[i] = l.hasPhone;
                System.arraycopy(l.types, 0, types, eventStart[i], l.types.length);
                System.arraycopy(l.epochSeconds, 0, epochSeconds, eventStart[i], l.epochSeconds.length);
            }
        }
    }

    static final String[] INDUSTRIES = {"software", "manufacturing", "retail", "fintech", "healthcare", "banking",
            "education", "logistics", "insurance", "media", "energy", "telecommunications"};
    static final String[] COUNTRIES = {"de", "us", "gb", "fr", "nl", "es", "it", "pl", "se", "cn", "jp", "br"};
    static final String[] AUTHORITIES = {"user", "influencer", "gatekeeper", "champion", "decision_maker", "economic_buyer"};
    static final String[] TITLES = {"sales manager", "cto", "head of it", "marketing lead", "operations manager",
            "phd student", "procurement officer", "ceo", "software engineer", "student assistant"};
    static final String[] EVENTS = {"page_view", "page_view", "page_view", "page_view", "email_open", "email_open",
            "email_open", "email_click", "session_start", "session_start", "page_view_pricing", "content_download",
            "content_download_case_study", "form_submit", "event_attended", "page_view_careers", "form_submit_demo",
            "trial_started", "unsubscribed"};

    private SyntheticLeads() {
    }

    static Lead[] generate(int count, long seed, Instant now) {
        Random random = new Random(seed);
        Lead[] leads = new Lead[count];
        for (int i = 0; i < count; i++) {
            Lead l = new Lead();
            if (random.nextDouble() < 0.9) {
                l.industry = INDUSTRIES[zipf(random, INDUSTRIES.length)];
            }
            if (random.nextDouble() < 0.8) {
                l.employees = Math.max(1, Math.round(Math.exp(4 + 1.6 * random.nextGaussian())));
            }
            if (random.nextDouble() < 0.6) {
                l.authority = AUTHORITIES[zipf(random, AUTHORITIES.length)];
            }
            if (random.nextDouble() < 0.7) {
                double t = random.nextDouble();
                l.title = t < 0.03 ? (random.nextBoolean() ? "phd student" : "student assistant") : TITLES[zipf(random, 5)];
            }
            l.emailDomain = random.nextDouble() < 0.01 ? "rival.example" : "company" + random.nextInt(5_000) + ".example";
            if (random.nextDouble() < 0.85) {
                l.country = COUNTRIES[zipf(random, COUNTRIES.length)];
            }
            l.hasPhone = random.nextDouble() < 0.7;
            int events = (int) Math.min(80, Math.floor(-Math.log(1 - random.nextDouble()) * 6));
            Long[] times = new Long[events];
            String[] types = new String[events];
            for (int e = 0; e < events; e++) {
                types[e] = EVENTS[random.nextInt(EVENTS.length)];
                times[e] = now.getEpochSecond() - (long) (random.nextDouble() * random.nextDouble() * 180 * 86_400);
            }
            Integer[] order = new Integer[events];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, Comparator.comparingLong((Integer k) -> times[k]).reversed());
            l.types = new String[events];
            l.epochSeconds = new long[events];
            for (int e = 0; e < events; e++) {
                l.types[e] = types[order[e]];
                l.epochSeconds[e] = times[order[e]];
            }
            leads[i] = l;
        }
        return leads;
    }

    static Profile profile(Lead l) {
        Profile.Builder p = Profile.builder().text("email_domain", l.emailDomain);
        if (l.industry != null) {
            p.text("industry", l.industry);
        }
        if (!Double.isNaN(l.employees)) {
            p.number("employees", l.employees);
        }
        if (l.authority != null) {
            p.text("authority", l.authority);
        }
        if (l.title != null) {
            p.text("title", l.title);
        }
        if (l.country != null) {
            p.text("country", l.country);
        }
        if (l.hasPhone) {
            p.flag("phone", true);
        }
        return p.build();
    }

    /** Adds lead {@code l} to {@code rows} as a host would from its own rows: the same values as {@link #profile}. */
    static void addTo(LeadBatch.Builder rows, Lead l) {
        rows.text("email_domain", l.emailDomain);
        if (l.industry != null) {
            rows.text("industry", l.industry);
        }
        if (!Double.isNaN(l.employees)) {
            rows.number("employees", l.employees);
        }
        if (l.authority != null) {
            rows.text("authority", l.authority);
        }
        if (l.title != null) {
            rows.text("title", l.title);
        }
        if (l.country != null) {
            rows.text("country", l.country);
        }
        if (l.hasPhone) {
            rows.flag("phone", true);
        }
        for (int i = 0; i < l.types.length; i++) {
            rows.event(l.types[i], Instant.ofEpochSecond(l.epochSeconds[i]));
        }
        rows.endLead();
    }

    static Engagement engagement(Lead l) {
        Engagement.Builder e = Engagement.builder();
        for (int i = 0; i < l.types.length; i++) {
            e.add(l.types[i], Instant.ofEpochSecond(l.epochSeconds[i]));
        }
        return e.build();
    }

    private static int zipf(Random random, int n) {
        double u = random.nextDouble() * harmonic(n);
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1.0 / k;
            if (u <= sum) {
                return k - 1;
            }
        }
        return n - 1;
    }

    private static double harmonic(int n) {
        double h = 0;
        for (int k = 1; k <= n; k++) {
            h += 1.0 / k;
        }
        return h;
    }
}
