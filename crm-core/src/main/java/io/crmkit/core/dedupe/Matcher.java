package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares leads by the rules of a {@link MatchConfig}. Thread-safe and free of side effects.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.of(MatchConfig.ofDefaults());
 * Match match = matcher.compare(lead, other);
 * match.verdict();     // SAME, MAYBE or DIFFERENT
 * match.evidence();    // what each rule found
 * }</pre>
 */
public final class Matcher {

    /** Latin-script name similarities at or below this count as no similarity at all. */
    static final double LATIN_FLOOR = 0.8;
    /** CJK name similarities (by character, so one differing character weighs more) at or below this count as none. */
    static final double CJK_FLOOR = 0.6;
    private static final double AGREEING = 0.5;

    private final MatchConfig config;

    private Matcher(MatchConfig config) {
        this.config = config;
    }

    /** A matcher using {@code config}. */
    public static Matcher of(MatchConfig config) {
        return new Matcher(Require.nonNull(config, "config"));
    }

    /** The configuration. */
    public MatchConfig config() {
        return config;
    }

    /** Compares {@code a} and {@code b}; the result does not depend on their order except for left and right. */
    public Match compare(Lead a, Lead b) {
        Require.nonNull(a, "a");
        Require.nonNull(b, "b");
        return compare(Profile.of(a, config), Profile.of(b, config), true);
    }

    /**
     * The leads among {@code candidates} that are SAME or MAYBE as {@code lead} (never {@code lead} itself), best
     * score first, ties by id.
     */
    public List<Match> matchesFor(Lead lead, Collection<Lead> candidates) {
        Require.nonNull(lead, "lead");
        Require.nonNull(candidates, "candidates");
        Profile p = Profile.of(lead, config);
        List<Match> matches = new ArrayList<>();
        for (Lead candidate : candidates) {
            if (candidate.id().equals(lead.id())) {
                continue;
            }
            Match m = compare(p, Profile.of(candidate, config), true);
            if (m.verdict() != Verdict.DIFFERENT) {
                matches.add(new Match(lead.id(), candidate.id(), m.score(), m.verdict(), m.evidence()));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.right().value()));
        return List.copyOf(matches);
    }

    /**
     * The blocking keys of {@code lead}: two leads that may be duplicates share at least one key in all but rare
     * cases (the e-mail, the phone, name keys robust to swapped names and typos, company-and-name keys). A store can
     * index leads by these keys to find capture-time candidates without scanning everything.
     */
    public Set<String> blockingKeys(Lead lead) {
        return new TreeSet<>(Profile.of(Require.nonNull(lead, "lead"), config).keys());
    }

    Match compare(Profile a, Profile b, boolean withEvidence) {
        double weighted = 0;
        double total = 0;
        int agreeing = 0;
        List<Evidence> evidence = withEvidence ? new ArrayList<>(5) : null;
        if (a.email != null && b.email != null) {
            double s = a.email.equals(b.email) ? 1 : 0;
            double w = weight(MatchRule.EMAIL, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.EMAIL, a.email, b.email, s, w));
        }
        if (a.domain != null && b.domain != null) {
            double s = a.domain.equals(b.domain) ? 1 : 0;
            double w = weight(MatchRule.EMAIL_DOMAIN, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 && !a.email.equals(b.email) ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.EMAIL_DOMAIN, a.domain, b.domain, s, w));
        }
        if (a.phone != null && b.phone != null) {
            double s = a.phone.equals(b.phone) ? 1 : 0;
            double w = weight(MatchRule.PHONE, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.PHONE, a.phone, b.phone, s, w));
        }
        {
            double s = personSimilarity(a, b);
            double w = weight(MatchRule.PERSON_NAME, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.PERSON_NAME, a.personShown, b.personShown, s, w));
        }
        if (a.company != null && b.company != null) {
            double s = companySimilarity(a, b);
            double w = weight(MatchRule.COMPANY_NAME, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.COMPANY_NAME, a.companyShown, b.companyShown, s, w));
        }
        double score = total == 0 ? 0 : Math.min(1, Math.max(0, weighted / total));
        Verdict verdict = config.verdictOf(score);
        if (verdict == Verdict.SAME && agreeing < 2) {
            verdict = Verdict.MAYBE;
        }
        return new Match(a.id, b.id, score, verdict, withEvidence ? evidence : List.of());
    }

    private double weight(MatchRule rule, double similarity) {
        return similarity > 0 ? config.agreementWeight(rule) : config.disagreementWeight(rule);
    }

    /**
     * CJK names: Jaro-Winkler over the characters (whitespace ignored) in both orders, 0.6 and below counting as 0.
     * Other names: token-wise Monge-Elkan Jaro-Winkler (order-free, so swapped names match), 0.8 and below counting
     * as 0.
     */
    static double personSimilarity(Profile a, Profile b) {
        if (a.cjk || b.cjk) {
            double s = Math.max(JaroWinkler.similarity(a.personFirstLast, b.personFirstLast),
                    JaroWinkler.similarity(a.personLastFirst, b.personLastFirst));
            s = Math.max(s, JaroWinkler.similarity(a.personLastFirst, b.personFirstLast));
            s = Math.max(s, JaroWinkler.similarity(a.personFirstLast, b.personLastFirst));
            return rescale(s, CJK_FLOOR);
        }
        return rescale(mongeElkan(a.personTokens, b.personTokens), LATIN_FLOOR);
    }

    /** Company names without legal suffixes: token-wise Monge-Elkan for Latin names, characters for CJK ones. */
    static double companySimilarity(Profile a, Profile b) {
        if (a.companyCjk || b.companyCjk) {
            return rescale(JaroWinkler.similarity(a.company, b.company), CJK_FLOOR);
        }
        return rescale(mongeElkan(a.companyTokens, b.companyTokens), LATIN_FLOOR);
    }

    /** The symmetric Monge-Elkan similarity: each token's best Jaro-Winkler match, averaged both ways. */
    static double mongeElkan(int[][] a, int[][] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1 : 0;
        }
        return (directed(a, b) + directed(b, a)) / 2;
    }

    private static double directed(int[][] a, int[][] b) {
        double sum = 0;
        for (int[] x : a) {
            double best = 0;
            for (int[] y : b) {
                best = Math.max(best, JaroWinkler.similarity(x, y));
            }
            sum += best;
        }
        return sum / a.length;
    }

    static double rescale(double similarity, double floor) {
        return similarity <= floor ? 0 : Math.min(1, (similarity - floor) / (1 - floor));
    }
}
