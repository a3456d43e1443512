package io.crmkit.scoring.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fit rules compiled to bytecode score exactly as the interpreter does: generated rule sets of every condition
 * kind (the same text in several rules, large {@code in} lists that take the hash switch, text constants with equal
 * hash codes, open and closed ranges, exists and missing), scored on generated profiles whose attributes have any type
 * (text, number, flag, set of text, absent), including attributes no rule tests, give the same score through both
 * paths, and explanations (which are always interpreted) add up to the compiled score. Engagement rules are compared
 * the same way in {@link ScoringLawsProperties}; here, a rule set too large for generated engagement code.
 */
final class CompiledRulesProperties {

    private static final Instant AS_OF = Instant.parse("2025-06-02T09:00:00Z");
    /** "az", "b[" and "c<" have the same String hash code; the rest are ordinary words. */
    private static final List<String> WORDS = List.of("software", "fintech", "banking", "education", "student",
            "phd student", "decision_maker", "influencer", "de", "us", "fr", "az", "b[", "c<", "true", "false", "crm");
    private static final List<String> ATTRIBUTES = List.of("industry", "country", "title", "authority", "employees",
            "revenue", "tags", "has_phone", "fax", "region");
    private static final List<Double> NUMBERS = List.of(-5.0, 0.0, 9.99, 10.0, 49.0, 50.0, 999.0, 1000.0, 1e6);

    @Property(tries = 400)
    void compiledFitRulesScoreLikeTheInterpreter(@ForAll("ruleSets") RuleSet rules, @ForAll("profiles") List<Profile> profiles) {
        Scorer compiled = Scorer.compile(rules);
        Scorer interpreted = Scorer.interpreted(rules);
        assertTrue(compiled.fitIsCompiled());
        assertFalse(interpreted.fitIsCompiled());

        ScoreTable batchScores = scoreAsBatch(compiled, profiles);
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            LeadScore score = compiled.score(profile, Engagement.none(), AS_OF);
            assertEquals(interpreted.score(profile, Engagement.none(), AS_OF), score, () -> rules + "\n" + profile);
            assertEquals(score, compiled.leadScore(batchScores, i));
            ScoreExplanation why = compiled.explain(profile, Engagement.none(), AS_OF);
            assertEquals(interpreted.explain(profile, Engagement.none(), AS_OF), why);
            assertEquals(score, why.score());
            assertEquals(score.fitCentipoints(), why.contributions().stream().mapToLong(Contribution::centipoints).sum());
            Statistics.label("rules that hold").collect(Math.min(why.contributions().size(), 3));
        }
        Statistics.label("rules that hold").coverage(c -> c.check(3).percentage(p -> p > 5));
    }

    /** Rule sets too large for one method are split over several, and an attribute with a huge list is interpreted. */
    @Property(tries = 30)
    void largeRuleSetsScoreLikeTheInterpreter(@ForAll("largeRuleSets") RuleSet rules, @ForAll("profiles") List<Profile> profiles) {
        Scorer compiled = Scorer.compile(rules);
        Scorer interpreted = Scorer.interpreted(rules);
        assertTrue(compiled.fitIsCompiled());

        ScoreTable batchScores = scoreAsBatch(compiled, profiles);
        for (int i = 0; i < profiles.size(); i++) {
            LeadScore expected = interpreted.score(profiles.get(i), Engagement.none(), AS_OF);
            assertEquals(expected, compiled.score(profiles.get(i), Engagement.none(), AS_OF));
            assertEquals(expected, compiled.leadScore(batchScores, i), "in a batch, where the lead's values start at an offset");
        }
    }

    /** The profiles scored as one {@link LeadBatch}: every lead but the first reads its slice from an offset. */
    private static ScoreTable scoreAsBatch(Scorer scorer, List<Profile> profiles) {
        LeadBatch batch = LeadBatch.of(profiles.stream().map(p -> new ScoringInput(p, Engagement.none())).toList());
        ScoreTable table = new ScoreTable(profiles.size());
        scorer.scoreInto(batch, AS_OF, table);
        return table;
    }

    @Example
    void engagementRulesTooManyForOneMethodAreInterpretedAndScoreTheSame() {
        RuleSet.Builder b = RuleSet.builder("many", 1);
        for (int i = 0; i < 150; i++) {
            b.engagement(EngagementRule.on("r" + i, "event_" + (i % 40), 1 + i % 7, "Rule " + i)
                    .within(Duration.ofDays(1 + i % 90)).atMost(1 + i % 4));
        }
        RuleSet rules = b.build();
        Engagement.Builder events = Engagement.builder();
        for (int e = 0; e < 200; e++) {
            events.add("event_" + (e * 7 % 45), AS_OF.minusSeconds(e * 20_000L));
        }
        Engagement history = events.build();

        Scorer compiled = Scorer.compile(rules);

        assertFalse(compiled.engagementIsCompiled());
        assertEquals(Scorer.interpreted(rules).score(Profile.empty(), history, AS_OF), compiled.score(Profile.empty(), history, AS_OF));
        assertTrue(compiled.score(Profile.empty(), history, AS_OF).engagementCentipoints() > 0);
    }

    @Example
    void textsWithEqualHashCodesAreToldApart() {
        assertEquals("az".hashCode(), "b[".hashCode());
        assertEquals("az".hashCode(), "c<".hashCode());
        Set<String> many = IntStream.range(0, 20).mapToObj(i -> "word" + i).collect(Collectors.toSet());
        Scorer scorer = Scorer.compile(RuleSet.builder("hashes", 1)
                .fit("az", Condition.equalTo("code", "az"), 1, "az")
                .fit("b", Condition.in("code", union(many, Set.of("b["))), 2, "b[ or a word")
                .fit("c", Condition.in("code", union(many, Set.of("c<", "az"))), 4, "c< or az or a word")
                .build());

        assertEquals(500, fit(scorer, "az"));
        assertEquals(200, fit(scorer, "b["));
        assertEquals(400, fit(scorer, "c<"));
        assertEquals(600, fit(scorer, "word7"));
        assertEquals(0, fit(scorer, "d"));
    }

    private static long fit(Scorer scorer, String code) {
        return scorer.score(Profile.builder().text("code", code).build(), Engagement.none(), AS_OF).fitCentipoints();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------------------------------------- generators

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return ruleSet(condition(Arbitraries.of(WORDS).set().ofMinSize(1).ofMaxSize(14)).list().ofMaxSize(30));
    }

    @Provide
    Arbitrary<RuleSet> largeRuleSets() {
        Arbitrary<Set<String>> huge = Arbitraries.integers().between(0, 2_000).map(i -> "v" + i).set().ofMinSize(60).ofMaxSize(200)
                .map(s -> union(s, Set.of("software", "de", "az")));
        return ruleSet(condition(Arbitraries.oneOf(Arbitraries.of(WORDS).set().ofMinSize(1).ofMaxSize(14), huge))
                .list().ofMinSize(150).ofMaxSize(400));
    }

    private static Arbitrary<RuleSet> ruleSet(Arbitrary<List<Condition>> conditions) {
        Arbitrary<Integer> points = Arbitraries.integers().between(-100, 100);
        return Combinators.combine(conditions, points.list().ofSize(400), Arbitraries.integers().between(0, 300).optional(0.2))
                .as((conds, pts, fitCap) -> {
                    RuleSet.Builder b = RuleSet.builder("compiled", 1);
                    List<Condition> kept = ScoringLawsProperties.withoutOverlaps(conds);
                    for (int i = 0; i < kept.size(); i++) {
                        b.fit("fit-" + i, kept.get(i), pts.get(i), "Fit rule " + i);
                    }
                    fitCap.ifPresent(b::fitCap);
                    return b.build();
                });
    }

    private static Arbitrary<Condition> condition(Arbitrary<Set<String>> sets) {
        Arbitrary<String> attribute = Arbitraries.of(ATTRIBUTES);
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<Double> bound = Arbitraries.of(NUMBERS);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(attribute, word).as(Condition::equalTo)),
                Tuple.of(3, Combinators.combine(attribute, sets).as(Condition::in)),
                Tuple.of(2, Combinators.combine(attribute, Arbitraries.of("student", "a", "in", "[", "e"))
                        .as(Condition::contains)),
                Tuple.of(1, attribute.map(Condition::exists)),
                Tuple.of(1, attribute.map(Condition::missing)),
                Tuple.of(3, ScoringLawsProperties.range(attribute, bound)));
    }

    @Provide
    Arbitrary<List<Profile>> profiles() {
        return profile().list().ofMinSize(1).ofMaxSize(10);
    }

    /** Each attribute absent or of any type; "extra" attributes no rule tests sit between the tested ones. */
    private static Arbitrary<Profile> profile() {
        Arbitrary<Object> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(5, Arbitraries.of(WORDS).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of("v5", "v17", "v1999").map(Object.class::cast)),
                Tuple.of(3, Arbitraries.of(NUMBERS).map(Object.class::cast)),
                Tuple.of(1, Arbitraries.of(true, false).map(Object.class::cast)),
                Tuple.of(2, Arbitraries.of(WORDS).set().ofMinSize(1).ofMaxSize(3).map(Object.class::cast)));
        return value.list().ofSize(ATTRIBUTES.size() + 2).map(values -> {
            Profile.Builder p = Profile.builder();
            for (int i = 0; i < values.size(); i++) {
                String name = i < ATTRIBUTES.size() ? ATTRIBUTES.get(i) : "extra_" + i;
                Object v = values.get(i);
                if (v instanceof String s) {
                    p.text(name, s);
                } else if (v instanceof Double d) {
                    p.number(name, d);
                } else if (v instanceof Boolean b) {
                    p.flag(name, b);
                } else if (v instanceof Set<?> set) {
                    p.texts(name, set.stream().map(String::valueOf).toList());
                }
            }
            return p.build();
        });
    }
}
