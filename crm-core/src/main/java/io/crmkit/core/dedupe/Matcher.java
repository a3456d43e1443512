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
    /** Keeps a bound safely above any rounding of the value it bounds. */
    private static final double BOUND_MARGIN = 1e-9;

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
        boolean companies = a.company != null && b.company != null;
        if (!withEvidence && cannotReachMaybe(weighted, total, MatchRule.PERSON_NAME,
                companies ? MatchRule.COMPANY_NAME : null)) {
            return new Match(a.id, b.id, 0, Verdict.DIFFERENT, List.of());
        }
        {
            double s = personSimilarity(a, b);
            double w = weight(MatchRule.PERSON_NAME, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.PERSON_NAME, a.personShown, b.personShown, s, w));
        }
        if (companies) {
            if (!withEvidence && cannotReachMaybe(weighted, total, MatchRule.COMPANY_NAME, null)) {
                return new Match(a.id, b.id, 0, Verdict.DIFFERENT, List.of());
            }
            double s = companySimilarity(a, b);
            double w = weight(MatchRule.COMPANY_NAME, s);
            weighted += w * s;
            total += w;
            agreeing += s >= AGREEING && w > 0 ? 1 : 0;
            if (withEvidence) evidence.add(new Evidence(MatchRule.COMPANY_NAME, a.companyShown, b.companyShown, s, w));
        }
        double score = score(weighted, total);
        Verdict verdict = config.verdictOf(score);
        if (verdict == Verdict.SAME && agreeing < 2) {
            verdict = Verdict.MAYBE;
        }
        return new Match(a.id, b.id, score, verdict, withEvidence ? evidence : List.of());
    }

    /**
     * True if no similarities of the rules still to be compared ({@code next}, and {@code then} unless null) can lift
     * the score of the rules compared so far ({@code weighted / total}) to the MAYBE threshold. A rule's share of the
     * score is highest at similarity 1 or 0, so trying both ends of each rule bounds the final score from above. Only
     * the verdict of such a comparison is used (a scan drops DIFFERENT pairs), so the name similarities, the dearest
     * part of a comparison, are skipped where they cannot matter.
     */
    private boolean cannotReachMaybe(double weighted, double total, MatchRule next, MatchRule then) {
        double agree = config.agreementWeight(next);
        double differ = config.disagreementWeight(next);
        if (then == null) {
            return Math.max(score(weighted + agree, total + agree), score(weighted, total + differ)) + BOUND_MARGIN
                    < config.maybeThreshold();
        }
        double agree2 = config.agreementWeight(then);
        double differ2 = config.disagreementWeight(then);
        double best = Math.max(
                Math.max(score(weighted + agree + agree2, total + agree + agree2),
                        score(weighted + agree, total + agree + differ2)),
                Math.max(score(weighted + agree2, total + differ + agree2),
                        score(weighted, total + differ + differ2)));
        return best + BOUND_MARGIN < config.maybeThreshold();
    }

    private static double score(double weighted, double total) {
        return total == 0 ? 0 : Math.min(1, Math.max(0, weighted / total));
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

    /**
     * The symmetric Monge-Elkan similarity: each token's best Jaro-Winkler match, averaged both ways. Jaro-Winkler is
     * symmetric, so each pair of tokens is compared once for both directions, and not at all when the length bound
     * shows it cannot improve either token's best match.
     */
    static double mongeElkan(int[][] a, int[][] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1 : 0;
        }
        // each token's best match: a's tokens first, then b's
        double[] best = new double[a.length + b.length];
        int n = a.length;
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < b.length; y++) {
                int[] s = a[x];
                int[] t = b[y];
                double floor = Math.min(best[x], best[n + y]);
                if (floor >= 1.0 || JaroWinkler.upperBound(s.length, t.length) + BOUND_MARGIN < floor) {
                    continue;
                }
                double sim = JaroWinkler.similarity(s, t);
                if (sim > best[x]) {
                    best[x] = sim;
                }
                if (sim > best[n + y]) {
                    best[n + y] = sim;
                }
            }
        }
        double sumA = 0;
        for (int x = 0; x < n; x++) {
            sumA += best[x];
        }
        double sumB = 0;
        for (int y = 0; y < b.length; y++) {
            sumB += best[n + y];
        }
        return (sumA / n + sumB / b.length) / 2;
    }

    static double rescale(double similarity, double floor) {
        return similarity <= floor ? 0 : Math.min(1, (similarity - floor) / (1 - floor));
    }
}
