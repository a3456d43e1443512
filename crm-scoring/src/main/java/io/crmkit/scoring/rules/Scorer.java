package io.crmkit.scoring.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link RuleSet} compiled for scoring: rule lookups are resolved to arrays once, engagement rules are indexed by
 * event type, and scoring one lead walks its profile rules and its events once, without allocating (except the
 * returned {@link LeadScore}; {@link #scoreInto} allocates nothing). {@link #explain} runs the same code and also
 * records every contribution. Immutable and thread-safe.
 */
public final class Scorer {

    private static final long NONE = Long.MAX_VALUE;
    private static final int[] NO_RULES = new int[0];
    private static final int CAP_FIT = -1;
    private static final int CAP_ENGAGEMENT = -2;
    private static final int CAP_TOTAL = -3;

    private final RuleSet ruleSet;
    private final Condition[] fitConditions;
    private final long[] fitPoints;
    private final Map<String, int[]> rulesByEventType;
    private final long[] points;
    private final long[] windowSeconds;
    private final int[] frequencyCaps;
    private final Decay[] decays;
    private final int[] groupOf;
    private final String[] groupNames;
    private final long[] groupCaps;
    private final long fitCap;
    private final long engagementCap;
    private final long totalCap;
    private final long mqlCentipoints;
    private final ThreadLocal<Scratch> scratch;

    private static final class Scratch {
        final long[] sums;
        final int[] counts;
        final long[] groupSums;

        Scratch(int rules, int groups) {
            sums = new long[rules];
            counts = new int[rules];
            groupSums = new long[groups];
        }
    }

    private Scorer(RuleSet rules) {
        this.ruleSet = rules;
        List<FitRule> fit = rules.fitRules();
        fitConditions = fit.stream().map(FitRule::condition).toArray(Condition[]::new);
        fitPoints = fit.stream().mapToLong(r -> r.points() * 100L).toArray();
        List<EngagementRule> eng = rules.engagementRules();
        int n = eng.size();
        points = new long[n];
        windowSeconds = new long[n];
        frequencyCaps = new int[n];
        decays = new Decay[n];
        groupOf = new int[n];
        List<String> groups = new ArrayList<>(rules.groupCaps().keySet());
        groups.sort(null);
        groupNames = groups.toArray(String[]::new);
        groupCaps = groups.stream().mapToLong(g -> rules.groupCaps().get(g) * 100L).toArray();
        Map<String, List<Integer>> byType = new HashMap<>();
        for (int i = 0; i < n; i++) {
            EngagementRule r = eng.get(i);
            points[i] = r.points() * 100L;
            windowSeconds[i] = r.window().map(w -> w.toSeconds()).orElse(NONE);
            frequencyCaps[i] = r.frequencyCap().orElse(Integer.MAX_VALUE);
            decays[i] = r.decay().orElse(null);
            groupOf[i] = r.group().map(groups::indexOf).orElse(-1);
            byType.computeIfAbsent(r.eventType(), t -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> index = new HashMap<>();
        byType.forEach((type, list) -> index.put(type, list.stream().mapToInt(Integer::intValue).toArray()));
        rulesByEventType = Map.copyOf(index);
        fitCap = rules.fitCap().map(c -> c * 100L).orElse(NONE);
        engagementCap = rules.engagementCap().map(c -> c * 100L).orElse(NONE);
        totalCap = rules.totalCap().map(c -> c * 100L).orElse(NONE);
        mqlCentipoints = Math.round(rules.marketingQualifiedThreshold() * 100);
        int groupCount = groupNames.length;
        scratch = ThreadLocal.withInitial(() -> new Scratch(n, groupCount));
    }

    /** Compiles {@code rules}. */
    public static Scorer compile(RuleSet rules) {
        return new Scorer(Objects.requireNonNull(rules, "rules"));
    }

    /** The rule set this scorer was compiled from. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Scores a lead as of {@code asOf}: events after it are ignored, windows and decay are measured from it. */
    public LeadScore score(Profile profile, Engagement engagement, Instant asOf) {
        return evaluate(profile, engagement, asOf, null, null, 0);
    }

    /** Scores a lead and explains the score. */
    public ScoreExplanation explain(Profile profile, Engagement engagement, Instant asOf) {
        List<Contribution> contributions = new ArrayList<>();
        LeadScore score = evaluate(profile, engagement, asOf, contributions, null, 0);
        return new ScoreExplanation(score, contributions);
    }

    /** Scores a lead into row {@code row} of {@code table}, allocating nothing. */
    public void scoreInto(Profile profile, Engagement engagement, Instant asOf, ScoreTable table, int row) {
        Objects.requireNonNull(table, "table");
        Objects.checkIndex(row, table.size());
        evaluate(profile, engagement, asOf, null, table, row);
    }

    private LeadScore evaluate(Profile profile, Engagement engagement, Instant asOf, List<Contribution> why,
                               ScoreTable table, int row) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(engagement, "engagement");
        long now = Objects.requireNonNull(asOf, "asOf").getEpochSecond();

        long fit = 0;
        for (int i = 0; i < fitConditions.length; i++) {
            if (matches(fitConditions[i], profile)) {
                fit += fitPoints[i];
                if (why != null) {
                    FitRule r = ruleSet.fitRules().get(i);
                    why.add(new Contribution(r.id(), Optional.of(Dimension.FIT), fitPoints[i], r.reason()));
                }
            }
        }
        fit = cap(fit, fitCap, CAP_FIT, why);

        Scratch s = scratch.get();
        long[] sums = s.sums;
        int[] counts = s.counts;
        long[] groupSums = s.groupSums;
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        Arrays.fill(groupSums, 0);
        for (int e = 0, size = engagement.size(); e < size; e++) {
            int[] rules = rulesByEventType.getOrDefault(engagement.type(e), NO_RULES);
            long age = now - engagement.epochSecond(e);
            if (rules.length == 0 || age < 0) {
                continue;
            }
            for (int r : rules) {
                if (age > windowSeconds[r] || counts[r] >= frequencyCaps[r]) {
                    continue;
                }
                counts[r]++;
                Decay d = decays[r];
                sums[r] += d == null ? points[r] : Math.round(points[r] * d.factor(age));
            }
        }
        long engagementScore = 0;
        for (int r = 0; r < sums.length; r++) {
            if (counts[r] == 0) {
                continue;
            }
            if (why != null) {
                EngagementRule rule = ruleSet.engagementRules().get(r);
                why.add(new Contribution(rule.id(), Optional.of(Dimension.ENGAGEMENT), sums[r],
                        rule.reason() + " (" + counts[r] + (counts[r] == 1 ? " event)" : " events)")));
            }
            if (groupOf[r] >= 0) {
                groupSums[groupOf[r]] += sums[r];
            } else {
                engagementScore += sums[r];
            }
        }
        for (int g = 0; g < groupSums.length; g++) {
            engagementScore += cap(groupSums[g], groupCaps[g], g, why);
        }
        engagementScore = cap(engagementScore, engagementCap, CAP_ENGAGEMENT, why);
        long total = cap(fit + engagementScore, totalCap, CAP_TOTAL, why);

        if (table != null) {
            table.set(row, fit, engagementScore, total);
            return null;
        }
        return new LeadScore(fit, engagementScore, total, ruleSet.fitGrades().gradeOf(fit / 100.0),
                ruleSet.engagementGrades().gradeOf(engagementScore / 100.0), ruleSet.totalGrades().gradeOf(total / 100.0),
                total >= mqlCentipoints);
    }

    /** Clamps {@code value} to {@code cap}; {@code which} is a group index or one of the CAP_ constants. */
    private long cap(long value, long cap, int which, List<Contribution> why) {
        if (value <= cap) {
            return value;
        }
        if (why != null) {
            String points = (cap / 100) + " points";
            why.add(switch (which) {
                case CAP_FIT -> new Contribution("cap:fit", Optional.of(Dimension.FIT), cap - value, "fit score capped at " + points);
                case CAP_ENGAGEMENT -> new Contribution("cap:engagement", Optional.of(Dimension.ENGAGEMENT), cap - value,
                        "engagement score capped at " + points);
                case CAP_TOTAL -> new Contribution("cap:total", Optional.empty(), cap - value, "total score capped at " + points);
                default -> new Contribution("cap:group:" + groupNames[which], Optional.of(Dimension.ENGAGEMENT), cap - value,
                        "group '" + groupNames[which] + "' capped at " + points);
            });
        }
        return cap;
    }

    private static boolean matches(Condition condition, Profile profile) {
        Object value = profile.raw(condition.attribute());
        if (condition instanceof Condition.Equals c) {
            return value instanceof String text ? text.equals(c.value())
                    : value instanceof Set<?> set ? set.contains(c.value())
                    : value instanceof Boolean flag && c.value().equals(flag ? "true" : "false");
        }
        if (condition instanceof Condition.In c) {
            if (value instanceof String text) {
                return c.values().contains(text);
            }
            if (value instanceof Set<?> set) {
                for (Object v : set) {
                    if (c.values().contains(v)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (condition instanceof Condition.Range c) {
            return value instanceof Double number && number >= c.min() && number < c.max();
        }
        if (condition instanceof Condition.Contains c) {
            if (value instanceof String text) {
                return text.contains(c.text());
            }
            if (value instanceof Set<?> set) {
                for (Object v : set) {
                    if (((String) v).contains(c.text())) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (condition instanceof Condition.Exists) {
            return value != null;
        }
        return value == null; // Missing
    }
}
