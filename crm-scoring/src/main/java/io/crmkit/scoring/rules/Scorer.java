package io.crmkit.scoring.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link RuleSet} compiled for scoring: the fit rules and the engagement rules are each generated as bytecode for
 * this rule set (straight-line code with the rules' constants inlined, see {@code FitCompiler} and
 * {@code EngagementCompiler}), so scoring one lead finds each tested attribute once, walks its events once and
 * allocates nothing (except the returned {@link LeadScore}; {@link #scoreInto} allocates nothing). {@link #explain}
 * runs the interpreter, which records every contribution and which the generated code is tested to agree with; it
 * also scores rule sets too large for generated code. Immutable and thread-safe.
 */
public final class Scorer {

    private static final Logger LOG = LoggerFactory.getLogger(Scorer.class);
    private static final long NONE = Long.MAX_VALUE;
    private static final int CAP_FIT = -1;
    private static final int CAP_ENGAGEMENT = -2;
    private static final int CAP_TOTAL = -3;

    private final RuleSet ruleSet;
    private static final byte EQUALS = 0;
    private static final byte IN = 1;
    private static final byte RANGE = 2;
    private static final byte CONTAINS = 3;
    private static final byte EXISTS = 4;
    private static final byte MISSING = 5;

    private final byte[] fitKinds;
    private final int[] fitAttributes;
    private final String[] fitTexts;
    private final Set<?>[] fitSets;
    private final double[] fitMins;
    private final double[] fitMaxs;
    private final long[] fitPoints;
    /** Fit rule indexes per tested attribute, by ascending attribute id: the groups of the compiled fit rules. */
    private final int[][] fitGroups;
    /** The fit rules as generated code, or null when they could not be compiled (then they are interpreted). */
    private final FitProgram compiledFit;
    /** The engagement rules as generated code, or null when they are interpreted. */
    private final EngagementCompiler.EngagementProgram compiledEngagement;
    private final int[][] rulesByEventType;
    private final long[] points;
    private final long[] windowSeconds;
    private final int[] frequencyCaps;
    private final Decay[] decays;
    private final int[] bucketOf;
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
        final long[] buckets;

        Scratch(int rules, int groups) {
            sums = new long[rules];
            counts = new int[rules];
            buckets = new long[groups + 1];
        }
    }

    private Scorer(RuleSet rules, boolean bytecode) {
        this.ruleSet = rules;
        List<FitRule> fit = rules.fitRules();
        int f = fit.size();
        fitKinds = new byte[f];
        fitAttributes = new int[f];
        fitTexts = new String[f];
        fitSets = new Set<?>[f];
        fitMins = new double[f];
        fitMaxs = new double[f];
        fitPoints = fit.stream().mapToLong(r -> r.points() * 100L).toArray();
        for (int i = 0; i < f; i++) {
            Condition c = fit.get(i).condition();
            fitAttributes[i] = Vocabulary.id(c.attribute());
            if (c instanceof Condition.Equals e) {
                fitKinds[i] = EQUALS;
                fitTexts[i] = e.value();
            } else if (c instanceof Condition.In in) {
                fitKinds[i] = IN;
                fitSets[i] = in.values();
            } else if (c instanceof Condition.Range r) {
                fitKinds[i] = RANGE;
                fitMins[i] = r.min();
                fitMaxs[i] = r.max();
            } else if (c instanceof Condition.Contains ct) {
                fitKinds[i] = CONTAINS;
                fitTexts[i] = ct.text();
            } else {
                fitKinds[i] = c instanceof Condition.Exists ? EXISTS : MISSING;
            }
        }
        Map<Integer, List<Integer>> byAttribute = new TreeMap<>();
        for (int i = 0; i < f; i++) {
            byAttribute.computeIfAbsent(fitAttributes[i], a -> new ArrayList<>()).add(i);
        }
        fitGroups = byAttribute.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        compiledFit = bytecode ? compileFit(byAttribute) : null;

        List<EngagementRule> eng = rules.engagementRules();
        int n = eng.size();
        points = new long[n];
        windowSeconds = new long[n];
        frequencyCaps = new int[n];
        decays = new Decay[n];
        bucketOf = new int[n];
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
            int capped = r.group().map(groups::indexOf).orElse(-1); // a group without a cap counts as no group
            bucketOf[i] = capped >= 0 ? capped : groups.size();
            byType.computeIfAbsent(r.eventType(), t -> new ArrayList<>()).add(i);
        }
        int types = byType.keySet().stream().mapToInt(Vocabulary::id).max().orElse(-1) + 1;
        rulesByEventType = new int[types][];
        byType.forEach((type, list) -> rulesByEventType[Vocabulary.id(type)] = list.stream().mapToInt(Integer::intValue).toArray());
        fitCap = rules.fitCap().map(c -> c * 100L).orElse(NONE);
        engagementCap = rules.engagementCap().map(c -> c * 100L).orElse(NONE);
        totalCap = rules.totalCap().map(c -> c * 100L).orElse(NONE);
        mqlCentipoints = Math.round(rules.marketingQualifiedThreshold() * 100);
        int groupCount = groupNames.length;
        scratch = ThreadLocal.withInitial(() -> new Scratch(n, groupCount));
        compiledEngagement = bytecode ? compileEngagement(eng) : null;
    }

    /** Compiles {@code rules}. */
    public static Scorer compile(RuleSet rules) {
        return new Scorer(Objects.requireNonNull(rules, "rules"), true);
    }

    /** Compiles {@code rules} without generating code: every rule is interpreted (the reference the generated code is tested against). */
    static Scorer interpreted(RuleSet rules) {
        return new Scorer(Objects.requireNonNull(rules, "rules"), false);
    }

    /** True if the fit rules run as generated code. */
    boolean fitIsCompiled() {
        return compiledFit != null;
    }

    /** True if the engagement rules run as generated code. */
    boolean engagementIsCompiled() {
        return compiledEngagement != null;
    }

    private FitProgram compileFit(Map<Integer, List<Integer>> byAttribute) {
        List<FitRule> fit = ruleSet.fitRules();
        List<FitCompiler.Group> groups = new ArrayList<>();
        byAttribute.forEach((attribute, indexes) -> groups.add(new FitCompiler.Group(attribute, indexes.stream().map(fit::get).toList())));
        try {
            return FitCompiler.compile(groups, this::fitGroup);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("fit rules of rule set {} version {} are interpreted: they could not be compiled ({})",
                    ruleSet.id(), ruleSet.version(), e.toString());
            return null;
        }
    }

    private EngagementCompiler.EngagementProgram compileEngagement(List<EngagementRule> rules) {
        try {
            return EngagementCompiler.compile(rules, rulesByEventType, points, windowSeconds, frequencyCaps, decays, bucketOf,
                    groupCaps).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("engagement rules of rule set {} version {} are interpreted: they could not be compiled ({})",
                    ruleSet.id(), ruleSet.version(), e.toString());
            return null;
        }
    }

    /** The interpreter's sum over the rules of fit group {@code group} for {@code value}: the generated code's fallback. */
    private long fitGroup(int group, Object value) {
        long sum = 0;
        for (int rule : fitGroups[group]) {
            if (matches(rule, value)) {
                sum += fitPoints[rule];
            }
        }
        return sum;
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

    /**
     * Scores every lead of {@code batch} into the row of {@code table} with the same index, allocating nothing: the
     * fastest way to score many leads, since the batch's flat arrays are read front to back.
     *
     * @throws IllegalArgumentException if {@code table} has fewer rows than the batch has leads
     */
    public void scoreInto(LeadBatch batch, Instant asOf, ScoreTable table) {
        scoreInto(batch, 0, Objects.requireNonNull(batch, "batch").size(), asOf, table);
    }

    /**
     * Scores leads {@code from} (inclusive) to {@code to} (exclusive) of {@code batch} into the rows of {@code table}
     * with the same indexes, allocating nothing; threads may score disjoint ranges into one table.
     *
     * @throws IndexOutOfBoundsException if the range is not within the batch
     * @throws IllegalArgumentException  if {@code table} has fewer rows than {@code to}
     */
    public void scoreInto(LeadBatch batch, int from, int to, Instant asOf, ScoreTable table) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(table, "table");
        long now = Objects.requireNonNull(asOf, "asOf").getEpochSecond();
        Objects.checkFromToIndex(from, to, batch.size());
        if (table.size() < to) {
            throw new IllegalArgumentException("table has " + table.size() + " rows but row " + (to - 1) + " is to be scored");
        }
        int[] attributeStart = batch.attributeStart;
        int[] ids = batch.ids;
        long[] cells = batch.cells;
        Object[] values = batch.values;
        int[] eventStart = batch.eventStart;
        int[] typeIds = batch.typeIds;
        long[] epochSeconds = batch.epochSeconds;
        for (int i = from; i < to; i++) {
            long fit = compiledFit != null ? compiledFit.fit(ids, cells, values, attributeStart[i], attributeStart[i + 1])
                    : interpretFit(batch.profile(i), null);
            fit = Math.min(fit, fitCap);
            long engagementScore = compiledEngagement != null
                    ? compiledEngagement.engagement(typeIds, epochSeconds, eventStart[i], eventStart[i + 1], now)
                    : interpretEngagement(batch.engagement(i), now, null);
            engagementScore = Math.min(engagementScore, engagementCap);
            table.set(i, fit, engagementScore, Math.min(fit + engagementScore, totalCap));
        }
    }

    private LeadScore evaluate(Profile profile, Engagement engagement, Instant asOf, List<Contribution> why,
                               ScoreTable table, int row) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(engagement, "engagement");
        long now = Objects.requireNonNull(asOf, "asOf").getEpochSecond();

        long fit = why == null && compiledFit != null
                ? compiledFit.fit(profile.ids, profile.cells, profile.byId, 0, profile.ids.length)
                : interpretFit(profile, why);
        fit = cap(fit, fitCap, CAP_FIT, why);

        long engagementScore = why == null && compiledEngagement != null
                ? compiledEngagement.engagement(engagement.typeIds, engagement.epochSeconds, 0, engagement.typeIds.length, now)
                : interpretEngagement(engagement, now, why);
        engagementScore = cap(engagementScore, engagementCap, CAP_ENGAGEMENT, why);
        long total = cap(fit + engagementScore, totalCap, CAP_TOTAL, why);

        if (table != null) {
            table.set(row, fit, engagementScore, total);
            return null;
        }
        return leadScore(fit, engagementScore, total);
    }

    /**
     * Row {@code row} of {@code table} as a {@link LeadScore}, with this scorer's grades and MQL threshold. The table
     * does not record which rule set filled it, or whether a row was scored at all (an unscored row reads as zero):
     * pass a row this scorer scored.
     */
    public LeadScore leadScore(ScoreTable table, int row) {
        Objects.requireNonNull(table, "table");
        Objects.checkIndex(row, table.size());
        return leadScore(table.fitCentipoints(row), table.engagementCentipoints(row), table.totalCentipoints(row));
    }

    private LeadScore leadScore(long fit, long engagementScore, long total) {
        return new LeadScore(fit, engagementScore, total, ruleSet.fitGrades().gradeOf(fit / 100.0),
                ruleSet.engagementGrades().gradeOf(engagementScore / 100.0), ruleSet.totalGrades().gradeOf(total / 100.0),
                total >= mqlCentipoints);
    }

    /**
     * The engagement score before the engagement cap (group caps applied), event by event and rule by rule,
     * recording each rule's contribution and each group cap in {@code why} unless it is null.
     */
    private long interpretEngagement(Engagement engagement, long now, List<Contribution> why) {
        Scratch s = scratch.get();
        int[] counts = s.counts;
        long[] buckets = s.buckets; // one per group, then one for the rules in no group
        long[] sums = s.sums;       // per rule, only for explanations
        Arrays.fill(counts, 0);
        Arrays.fill(buckets, 0);
        if (why != null) {
            Arrays.fill(sums, 0);
        }
        int[][] byType = rulesByEventType;
        for (int e = 0, size = engagement.size(); e < size; e++) {
            int type = engagement.typeId(e);
            int[] rules = type < byType.length ? byType[type] : null;
            long age = now - engagement.epochSecond(e);
            if (rules == null || age < 0) {
                continue;
            }
            for (int r : rules) {
                if (age > windowSeconds[r] || counts[r] >= frequencyCaps[r]) {
                    continue;
                }
                counts[r]++;
                Decay d = decays[r];
                long earned = d == null ? points[r] : Math.round(points[r] * d.factor(age));
                buckets[bucketOf[r]] += earned;
                if (why != null) {
                    sums[r] += earned;
                }
            }
        }
        if (why != null) {
            for (int r = 0; r < sums.length; r++) {
                if (counts[r] > 0) {
                    EngagementRule rule = ruleSet.engagementRules().get(r);
                    why.add(new Contribution(rule.id(), Optional.of(Dimension.ENGAGEMENT), sums[r],
                            rule.reason() + " (" + counts[r] + (counts[r] == 1 ? " event)" : " events)")));
                }
            }
        }
        long engagementScore = buckets[groupNames.length];
        for (int g = 0; g < groupNames.length; g++) {
            engagementScore += cap(buckets[g], groupCaps[g], g, why);
        }
        return engagementScore;
    }

    /** The uncapped fit score, rule by rule, recording each rule that holds in {@code why} unless it is null. */
    private long interpretFit(Profile profile, List<Contribution> why) {
        long fit = 0;
        for (int i = 0; i < fitKinds.length; i++) {
            if (matches(i, profile.raw(fitAttributes[i]))) {
                fit += fitPoints[i];
                if (why != null) {
                    FitRule r = ruleSet.fitRules().get(i);
                    why.add(new Contribution(r.id(), Optional.of(Dimension.FIT), fitPoints[i], r.reason()));
                }
            }
        }
        return fit;
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

    private boolean matches(int rule, Object value) {
        switch (fitKinds[rule]) {
            case EQUALS -> {
                String expected = fitTexts[rule];
                return value instanceof String text ? text.equals(expected)
                        : value instanceof Set<?> set ? set.contains(expected)
                        : value instanceof Boolean flag && expected.equals(flag ? "true" : "false");
            }
            case IN -> {
                Set<?> values = fitSets[rule];
                if (value instanceof String text) {
                    return values.contains(text);
                }
                if (value instanceof Set<?> set) {
                    for (Object v : set) {
                        if (values.contains(v)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            case RANGE -> {
                return value instanceof Double number && number >= fitMins[rule] && number < fitMaxs[rule];
            }
            case CONTAINS -> {
                String part = fitTexts[rule];
                if (value instanceof String text) {
                    return text.contains(part);
                }
                if (value instanceof Set<?> set) {
                    for (Object v : set) {
                        if (((String) v).contains(part)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            case EXISTS -> {
                return value != null;
            }
            default -> {
                return value == null;
            }
        }
    }
}
