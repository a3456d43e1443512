package io.crmkit.scoring.rules;

import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A versioned lead-scoring configuration: fit rules, engagement rules, caps (per group, per dimension, total),
 * grade scales and the MQL threshold. Immutable; compile it once with {@link Scorer#compile}.
 * <pre>{@code
 * RuleSet rules = RuleSet.builder("b2b", 3)
 *     .fit(new FitRule("software", Condition.equalTo("industry", "software"), 20, "Works in software"))
 *     .fit(new FitRule("student", Condition.contains("title", "student"), -30, "Student"))
 *     .engagement(EngagementRule.on("demo", "form_submit", 30, "Requested a demo").within(Duration.ofDays(90)))
 *     .groupCap("web", 40).totalCap(150).marketingQualifiedAt(70)
 *     .build();
 * }</pre>
 */
public record RuleSet(String id, int version, List<FitRule> fitRules, List<EngagementRule> engagementRules,
                      Map<String, Integer> groupCaps, Optional<Integer> fitCap, Optional<Integer> engagementCap,
                      Optional<Integer> totalCap, GradeScale fitGrades, GradeScale engagementGrades,
                      GradeScale totalGrades, double marketingQualifiedThreshold) {

    /**
     * Validates the whole rule set.
     *
     * @throws InvalidConfigurationException with every problem: duplicate rule ids, negative caps, caps of groups no
     *                                       rule is in, overlapping ranges on one attribute, a bad version or threshold
     */
    public RuleSet {
        String validId;
        try {
            validId = Text.name(id, "id");
        } catch (IllegalArgumentException | NullPointerException e) {
            validId = null;
        }
        fitRules = List.copyOf(Objects.requireNonNull(fitRules, "fitRules"));
        engagementRules = List.copyOf(Objects.requireNonNull(engagementRules, "engagementRules"));
        groupCaps = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(groupCaps, "groupCaps")));
        Objects.requireNonNull(fitCap, "fitCap");
        Objects.requireNonNull(engagementCap, "engagementCap");
        Objects.requireNonNull(totalCap, "totalCap");
        Objects.requireNonNull(fitGrades, "fitGrades");
        Objects.requireNonNull(engagementGrades, "engagementGrades");
        Objects.requireNonNull(totalGrades, "totalGrades");
        List<String> problems = new ArrayList<>();
        if (validId == null) {
            problems.add("id: must start with a letter and have only letters, digits, '_', '.', ':' or '-' (at most 64) but was "
                    + (id == null ? "null" : "'" + id + "'"));
        }
        problems.addAll(problems(version, fitRules, engagementRules, groupCaps, fitCap, engagementCap, totalCap,
                marketingQualifiedThreshold));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("rule set '" + id + "' version " + version, problems);
        }
        id = validId;
    }

    private static List<String> problems(int version, List<FitRule> fit, List<EngagementRule> engagement,
                                         Map<String, Integer> groupCaps, Optional<Integer> fitCap,
                                         Optional<Integer> engagementCap, Optional<Integer> totalCap, double mql) {
        List<String> problems = new ArrayList<>();
        if (version < 1) {
            problems.add("version: must be at least 1 but was " + version);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fit.size(); i++) {
            if (!ids.add(fit.get(i).id())) {
                problems.add("fitRules[" + i + "].id: duplicate rule id '" + fit.get(i).id() + "'");
            }
        }
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < engagement.size(); i++) {
            if (!ids.add(engagement.get(i).id())) {
                problems.add("engagementRules[" + i + "].id: duplicate rule id '" + engagement.get(i).id() + "'");
            }
            engagement.get(i).group().ifPresent(groups::add);
        }
        for (int i = 0; i < fit.size(); i++) {
            if (fit.get(i).condition() instanceof Condition.Range a) {
                for (int j = 0; j < i; j++) {
                    if (fit.get(j).condition() instanceof Condition.Range b && a.attribute().equals(b.attribute()) && a.overlaps(b)) {
                        problems.add("fitRules[" + i + "].condition: range [" + a.min() + ", " + a.max() + ") of '" + a.attribute()
                                + "' overlaps rule '" + fit.get(j).id() + "' [" + b.min() + ", " + b.max() + ")");
                    }
                }
            }
        }
        groupCaps.forEach((group, cap) -> {
            if (cap == null || cap < 0) {
                problems.add("groupCaps." + group + ": must not be negative but was " + cap);
            }
            if (!groups.contains(group)) {
                problems.add("groupCaps." + group + ": no engagement rule is in group '" + group + "'");
            }
        });
        fitCap.filter(c -> c < 0).ifPresent(c -> problems.add("fitCap: must not be negative but was " + c));
        engagementCap.filter(c -> c < 0).ifPresent(c -> problems.add("engagementCap: must not be negative but was " + c));
        totalCap.filter(c -> c < 0).ifPresent(c -> problems.add("totalCap: must not be negative but was " + c));
        if (Double.isNaN(mql) || Double.isInfinite(mql)) {
            problems.add("marketingQualifiedThreshold: must be a number but was " + mql);
        }
        return problems;
    }

    /** Starts a rule set with the default grade scales and an MQL threshold of 100. */
    public static Builder builder(String id, int version) {
        return new Builder(id, version);
    }

    /** Builds a {@link RuleSet}; {@link #build()} validates everything at once. */
    public static final class Builder {
        private final String id;
        private final int version;
        private final List<FitRule> fit = new ArrayList<>();
        private final List<EngagementRule> engagement = new ArrayList<>();
        private final Map<String, Integer> groupCaps = new LinkedHashMap<>();
        private Optional<Integer> fitCap = Optional.empty();
        private Optional<Integer> engagementCap = Optional.empty();
        private Optional<Integer> totalCap = Optional.empty();
        private GradeScale fitGrades = GradeScale.fitDefaults();
        private GradeScale engagementGrades = GradeScale.engagementDefaults();
        private GradeScale totalGrades = GradeScale.totalDefaults();
        private double mql = 100;

        private Builder(String id, int version) {
            this.id = id;
            this.version = version;
        }

        /** Adds a fit rule. */
        public Builder fit(FitRule rule) {
            fit.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds a fit rule: {@code points} when {@code condition} holds. */
        public Builder fit(String ruleId, Condition condition, int points, String reason) {
            return fit(new FitRule(ruleId, condition, points, reason));
        }

        /** Adds an engagement rule. */
        public Builder engagement(EngagementRule rule) {
            engagement.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Caps the sum of the engagement rules in {@code group}. */
        public Builder groupCap(String group, int cap) {
            groupCaps.put(Text.name(group, "group"), cap);
            return this;
        }

        /** Caps the fit score. */
        public Builder fitCap(int cap) {
            fitCap = Optional.of(cap);
            return this;
        }

        /** Caps the engagement score. */
        public Builder engagementCap(int cap) {
            engagementCap = Optional.of(cap);
            return this;
        }

        /** Caps the combined score. */
        public Builder totalCap(int cap) {
            totalCap = Optional.of(cap);
            return this;
        }

        /** Sets the grade scales. */
        public Builder grades(GradeScale fitScale, GradeScale engagementScale, GradeScale totalScale) {
            fitGrades = Objects.requireNonNull(fitScale, "fitGrades");
            engagementGrades = Objects.requireNonNull(engagementScale, "engagementGrades");
            totalGrades = Objects.requireNonNull(totalScale, "totalGrades");
            return this;
        }

        /** A lead is marketing qualified when its combined score reaches {@code threshold}. */
        public Builder marketingQualifiedAt(double threshold) {
            mql = threshold;
            return this;
        }

        /** The validated rule set. */
        public RuleSet build() {
            return new RuleSet(id, version, fit, engagement, groupCaps, fitCap, engagementCap, totalCap, fitGrades,
                    engagementGrades, totalGrades, mql);
        }
    }
}
