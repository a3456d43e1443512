package io.crmkit.scoring.rules;

import io.crmkit.scoring.json.RuleSetJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Laws of rule-based scoring over generated rule sets (fit rules of every condition kind with points from -100 to 100,
 * engagement rules with and without windows, frequency caps, half-life and linear decay and groups, group, fit,
 * engagement and total caps), generated profiles and generated engagement histories (including events after the
 * scoring instant, which must be ignored).
 */
final class ScoringLawsProperties {

    private static final Instant AS_OF = Instant.parse("2025-06-02T09:00:00Z");
    private static final long DAY = 86_400;
    private static final List<String> EVENT_TYPES = List.of("page_view", "form_submit", "email_click", "webinar", "unsubscribed");
    private static final List<String> GROUPS = List.of("web", "forms", "email");
    private static final List<String> TEXT_ATTRIBUTES = List.of("industry", "title", "authority");
    private static final List<String> WORDS = List.of("software", "retail", "fintech", "student", "cto", "head of sales",
            "phd student", "decision_maker", "influencer", "crm", "erp");
    private static final List<String> NUMBER_ATTRIBUTES = List.of("employees", "budget");
    private static final List<String> ALL_ATTRIBUTES = List.of("industry", "title", "authority", "tags", "has_phone",
            "employees", "budget", "linkedin_url");

    /** One behaviour event, {@code secondsBefore} the scoring instant (negative: after it). */
    record Event(String type, long secondsBefore) {
        Instant at(Instant asOf) {
            return asOf.minusSeconds(secondsBefore);
        }
    }

    record Lead(Profile profile, List<Event> events) {
        Engagement engagement() {
            return history(events);
        }
    }

    // ------------------------------------------------------------------------------------------------- laws

    /**
     * Adding one event whose type only matches rules with positive points (we make every rule of that type positive)
     * leaves fit unchanged and never lowers engagement or total, at any instant: inside or outside a window, after the
     * scoring instant (ignored), and also when a frequency cap makes it push an older event out of the count, because
     * the pushed-out event is at least as old, so its decayed points are no higher.
     */
    @Property(tries = 200)
    void addingAnEventMatchedOnlyByPositiveRulesNeverLowersTheScore(@ForAll("ruleSets") RuleSet generated,
                                                                     @ForAll("leads") Lead lead,
                                                                     @ForAll("events") Event added) {
        // given
        RuleSet rules = withEngagementPoints(generated, r -> r.eventType().equals(added.type())
                ? Math.max(1, Math.abs(r.points())) : r.points());
        Scorer scorer = Scorer.compile(rules);
        List<Event> more = new ArrayList<>(lead.events());
        more.add(added);

        // when
        LeadScore before = scorer.score(lead.profile(), lead.engagement(), AS_OF);
        LeadScore after = scorer.score(lead.profile(), history(more), AS_OF);

        // then
        assertEquals(before.fitCentipoints(), after.fitCentipoints());
        assertTrue(after.engagementCentipoints() >= before.engagementCentipoints(), () -> before + " -> " + after);
        assertTrue(after.totalCentipoints() >= before.totalCentipoints(), () -> before + " -> " + after);
        Statistics.label("the added event raised the engagement score")
                .collect(after.engagementCentipoints() > before.engagementCentipoints());
        Statistics.label("the added event raised the engagement score")
                .coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    /** Fit, engagement and total never exceed their caps, and no group's contributions (cap included) exceed its cap. */
    @Property(tries = 200)
    void capsAreNeverExceeded(@ForAll("ruleSets") RuleSet rules, @ForAll("leads") Lead lead) {
        ScoreExplanation why = Scorer.compile(rules).explain(lead.profile(), lead.engagement(), AS_OF);
        LeadScore score = why.score();

        rules.fitCap().ifPresent(c -> assertTrue(score.fitCentipoints() <= c * 100L, score::toString));
        rules.engagementCap().ifPresent(c -> assertTrue(score.engagementCentipoints() <= c * 100L, score::toString));
        rules.totalCap().ifPresent(c -> assertTrue(score.totalCentipoints() <= c * 100L, score::toString));
        Map<String, String> groupOfRule = new HashMap<>();
        rules.engagementRules().forEach(r -> r.group().ifPresent(g -> groupOfRule.put(r.id(), g)));
        rules.groupCaps().forEach((group, cap) -> {
            long sum = why.contributions().stream()
                    .filter(c -> group.equals(groupOfRule.get(c.ruleId())) || c.ruleId().equals("cap:group:" + group))
                    .mapToLong(Contribution::centipoints).sum();
            assertTrue(sum <= cap * 100L, () -> "group " + group + " sums to " + sum + " over its cap " + cap);
        });
    }

    /** With positive engagement points, the same rules without decay score at least as much as with it. */
    @Property(tries = 200)
    void decayNeverRaisesAPositiveScore(@ForAll("ruleSets") RuleSet generated, @ForAll("leads") Lead lead) {
        RuleSet decaying = withEngagementPoints(generated, r -> Math.max(1, Math.abs(r.points())));
        RuleSet undecayed = new RuleSet(decaying.id(), decaying.version(), decaying.fitRules(),
                decaying.engagementRules().stream().map(r -> new EngagementRule(r.id(), r.eventType(), r.points(), r.reason(),
                        r.window(), r.frequencyCap(), Optional.empty(), r.group())).toList(),
                decaying.groupCaps(), decaying.fitCap(), decaying.engagementCap(), decaying.totalCap(), decaying.fitGrades(),
                decaying.engagementGrades(), decaying.totalGrades(), decaying.marketingQualifiedThreshold());

        LeadScore with = Scorer.compile(decaying).score(lead.profile(), lead.engagement(), AS_OF);
        LeadScore without = Scorer.compile(undecayed).score(lead.profile(), lead.engagement(), AS_OF);

        assertTrue(without.engagementCentipoints() >= with.engagementCentipoints(), () -> with + " vs " + without);
        assertTrue(without.totalCentipoints() >= with.totalCentipoints(), () -> with + " vs " + without);
    }

    /**
     * With positive engagement points and every event at or before the first instant, scoring later never raises the
     * score: events only age (more decay) and leave windows; the events a frequency cap counts at the later instant are
     * the newest of those it counted before.
     */
    @Property(tries = 200)
    void scoringLaterNeverRaisesAPositiveScore(@ForAll("ruleSets") RuleSet generated, @ForAll("leads") Lead lead,
                                               @ForAll("laterBy") Duration laterBy) {
        Scorer scorer = Scorer.compile(withEngagementPoints(generated, r -> Math.max(1, Math.abs(r.points()))));
        Engagement past = history(lead.events().stream().filter(e -> e.secondsBefore() >= 0).toList());

        LeadScore now = scorer.score(lead.profile(), past, AS_OF);
        LeadScore later = scorer.score(lead.profile(), past, AS_OF.plus(laterBy));

        assertEquals(now.fitCentipoints(), later.fitCentipoints());
        assertTrue(later.engagementCentipoints() <= now.engagementCentipoints(), () -> now + " -> " + later);
        assertTrue(later.totalCentipoints() <= now.totalCentipoints(), () -> now + " -> " + later);
    }

    /**
     * The contributions of each dimension add up exactly to that dimension's score and all of them to the total, and
     * explaining gives the score that scoring gives.
     */
    @Property(tries = 200)
    void explanationsAddUpToTheScore(@ForAll("ruleSets") RuleSet rules, @ForAll("leads") Lead lead) {
        Scorer scorer = Scorer.compile(rules);

        ScoreExplanation why = scorer.explain(lead.profile(), lead.engagement(), AS_OF);

        assertEquals(scorer.score(lead.profile(), lead.engagement(), AS_OF), why.score());
        assertEquals(why.score().fitCentipoints(), sum(why, Optional.of(Dimension.FIT)));
        assertEquals(why.score().engagementCentipoints(), sum(why, Optional.of(Dimension.ENGAGEMENT)));
        assertEquals(why.score().totalCentipoints(), why.contributions().stream().mapToLong(Contribution::centipoints).sum());
    }

    /** Scoring into a table gives the centipoints scoring gives, row by row. */
    @Property(tries = 200)
    void scoreIntoGivesTheSameCentipointsAsScore(@ForAll("ruleSets") RuleSet rules, @ForAll("batches") List<Lead> leads) {
        Scorer scorer = Scorer.compile(rules);
        ScoreTable table = new ScoreTable(leads.size());

        for (int i = 0; i < leads.size(); i++) {
            scorer.scoreInto(leads.get(i).profile(), leads.get(i).engagement(), AS_OF, table, i);
        }

        for (int i = 0; i < leads.size(); i++) {
            LeadScore score = scorer.score(leads.get(i).profile(), leads.get(i).engagement(), AS_OF);
            assertEquals(score.fitCentipoints(), table.fitCentipoints(i));
            assertEquals(score.engagementCentipoints(), table.engagementCentipoints(i));
            assertEquals(score.totalCentipoints(), table.totalCentipoints(i));
        }
    }

    /**
     * The rules compiled to bytecode (fit and engagement) score every lead exactly as the interpreter does, and the
     * compiled scorer's explanations (always interpreted) are the interpreter's.
     */
    @Property(tries = 300)
    void compiledRulesScoreLikeTheInterpreter(@ForAll("ruleSets") RuleSet rules, @ForAll("batches") List<Lead> leads,
                                              @ForAll("laterBy") Duration laterBy) {
        Scorer compiled = Scorer.compile(rules);
        Scorer interpreted = Scorer.interpreted(rules);
        assertTrue(compiled.fitIsCompiled() && compiled.engagementIsCompiled());
        Instant asOf = AS_OF.plus(laterBy);

        for (Lead lead : leads) {
            assertEquals(interpreted.score(lead.profile(), lead.engagement(), asOf), compiled.score(lead.profile(), lead.engagement(), asOf),
                    () -> rules + "\n" + lead);
            assertEquals(interpreted.explain(lead.profile(), lead.engagement(), asOf), compiled.explain(lead.profile(), lead.engagement(), asOf));
        }
    }

    /** Writing a rule set as JSON and reading it back gives an equal rule set that scores every lead the same. */
    @Property(tries = 200)
    void theJsonRoundTripPreservesEveryScore(@ForAll("ruleSets") RuleSet rules, @ForAll("batches") List<Lead> leads) {
        RuleSetJson json = RuleSetJson.standard();

        RuleSet copy = json.read(json.write(rules));

        assertEquals(rules, copy);
        Scorer original = Scorer.compile(rules);
        Scorer reread = Scorer.compile(copy);
        for (Lead lead : leads) {
            assertEquals(original.score(lead.profile(), lead.engagement(), AS_OF), reread.score(lead.profile(), lead.engagement(), AS_OF));
        }
    }

    /** A batch scored on one thread and on two gives the same scores, in input order, as scoring each lead. */
    @Property(tries = 100)
    void batchScoringGivesTheSameScoresOnOneOrTwoThreads(@ForAll("ruleSets") RuleSet rules, @ForAll("batches") List<Lead> leads) {
        ScoringEngine engine = ScoringEngine.using(rules);
        List<ScoringInput> inputs = leads.stream().map(l -> new ScoringInput(l.profile(), l.engagement())).toList();

        List<LeadScore> single = engine.scoreAll(inputs, AS_OF, 1);
        List<LeadScore> parallel = engine.scoreAll(inputs, AS_OF, 2);

        assertEquals(single, parallel);
        assertEquals(inputs.stream().map(in -> engine.score(in.profile(), in.engagement(), AS_OF)).toList(), single);
    }

    /**
     * A {@link LeadBatch} scores every lead exactly as scoring that lead alone does: compiled and interpreted, the
     * whole batch and any range of it (rows outside the range untouched), and through the engine.
     */
    @Property(tries = 200)
    void aLeadBatchScoresEachLeadAsScoringItAlone(@ForAll("ruleSets") RuleSet rules, @ForAll("batches") List<Lead> leads,
                                                  @ForAll("laterBy") Duration laterBy, @ForAll Random random) {
        List<ScoringInput> inputs = leads.stream().map(l -> new ScoringInput(l.profile(), l.engagement())).toList();
        LeadBatch batch = LeadBatch.of(inputs);
        Instant asOf = AS_OF.plus(laterBy);
        int from = random.nextInt(leads.size() + 1);
        int to = from + random.nextInt(leads.size() - from + 1);

        for (Scorer scorer : List.of(Scorer.compile(rules), Scorer.interpreted(rules))) {
            ScoreTable whole = new ScoreTable(leads.size());
            ScoreTable range = new ScoreTable(leads.size() + 1);
            scorer.scoreInto(batch, asOf, whole);
            scorer.scoreInto(batch, from, to, asOf, range);

            for (int i = 0; i < leads.size(); i++) {
                LeadScore alone = scorer.score(inputs.get(i).profile(), inputs.get(i).engagement(), asOf);
                assertEquals(alone, scorer.leadScore(whole, i), () -> rules + "\n" + batch);
                assertEquals(i >= from && i < to ? alone.totalCentipoints() : 0, range.totalCentipoints(i));
            }
            assertEquals(0, range.totalCentipoints(leads.size()));
        }
        ScoringEngine engine = ScoringEngine.using(rules);
        ScoreTable byEngine = engine.scoreAll(batch, asOf, 2);
        for (int i = 0; i < leads.size(); i++) {
            assertEquals(engine.score(inputs.get(i).profile(), inputs.get(i).engagement(), asOf), engine.current().leadScore(byEngine, i));
        }
    }

    /**
     * A batch filled row by row from plain values ({@link LeadBatch#builder()}) scores every lead as one built from
     * the same leads' objects, compiled and interpreted, and gives back equal profiles and the same events.
     */
    @Property(tries = 200)
    void aBatchFilledRowByRowScoresAsOneBuiltFromObjects(@ForAll("ruleSets") RuleSet rules, @ForAll("batches") List<Lead> leads) {
        LeadBatch.Builder rows = LeadBatch.builder();
        for (Lead lead : leads) {
            for (String attribute : lead.profile().attributes()) {
                Object value = lead.profile().get(attribute).orElseThrow();
                if (value instanceof String text) {
                    rows.text(attribute, text);
                } else if (value instanceof Double number) {
                    rows.number(attribute, number);
                } else if (value instanceof Boolean flag) {
                    rows.flag(attribute, flag);
                } else {
                    rows.texts(attribute, ((Set<?>) value).stream().map(String::valueOf).toList());
                }
            }
            lead.events().forEach(e -> rows.event(e.type(), e.at(AS_OF)));
            rows.endLead();
        }
        LeadBatch byRow = rows.build();
        LeadBatch byObject = LeadBatch.of(leads.stream().map(l -> new ScoringInput(l.profile(), l.engagement())).toList());

        assertEquals(leads.size(), byRow.size());
        for (Scorer scorer : List.of(Scorer.compile(rules), Scorer.interpreted(rules))) {
            ScoreTable expected = new ScoreTable(leads.size());
            ScoreTable actual = new ScoreTable(leads.size());
            scorer.scoreInto(byObject, AS_OF, expected);
            scorer.scoreInto(byRow, AS_OF, actual);
            for (int i = 0; i < leads.size(); i++) {
                assertEquals(scorer.leadScore(expected, i), scorer.leadScore(actual, i));
            }
        }
        for (int i = 0; i < leads.size(); i++) {
            assertEquals(leads.get(i).profile(), byRow.profile(i));
            assertEquals(events(leads.get(i).engagement()), events(byRow.engagement(i)));
        }
    }

    /** A history's events as a sorted list of "type@second", whatever their order. */
    private static List<String> events(Engagement history) {
        List<String> events = new ArrayList<>();
        for (int e = 0; e < history.size(); e++) {
            events.add(history.type(e) + "@" + history.epochSecond(e));
        }
        events.sort(null);
        return events;
    }

    /** A batch large enough to be split between threads gives, on two threads, the scores it gives on one. */
    @Property(tries = 3)
    void aLargeBatchScoresTheSameOnOneOrTwoThreads(@ForAll("ruleSets") RuleSet rules, @ForAll("largeBatches") List<Lead> leads) {
        List<ScoringInput> inputs = leads.stream().map(l -> new ScoringInput(l.profile(), l.engagement())).toList();
        LeadBatch batch = LeadBatch.of(inputs);
        ScoringEngine engine = ScoringEngine.using(rules);

        ScoreTable one = engine.scoreAll(batch, AS_OF, 1);
        ScoreTable two = engine.scoreAll(batch, AS_OF, 2);

        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(engine.score(inputs.get(i).profile(), inputs.get(i).engagement(), AS_OF), engine.current().leadScore(two, i));
            assertEquals(one.totalCentipoints(i), two.totalCentipoints(i));
        }
    }

    @Example
    void aNewerEventPushingAnOlderOneOutOfAFrequencyCapRaisesTheScore() {
        // given a rule counting only the latest demo request, halving every 30 days
        Scorer scorer = Scorer.compile(RuleSet.builder("cap", 1)
                .engagement(EngagementRule.on("demo", "form_submit", 40, "Requested a demo").atMost(1)
                        .decaying(Decay.halfLife(Duration.ofDays(30))))
                .build());
        Event old = new Event("form_submit", 60 * DAY);
        Event recent = new Event("form_submit", 30 * DAY);

        // when
        LeadScore before = scorer.score(Profile.empty(), history(List.of(old)), AS_OF);
        LeadScore after = scorer.score(Profile.empty(), history(List.of(old, recent)), AS_OF);

        // then the recent event replaces the old one instead of adding to it
        assertEquals(1000, before.engagementCentipoints());
        assertEquals(2000, after.engagementCentipoints());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static long sum(ScoreExplanation why, Optional<Dimension> dimension) {
        return why.contributions().stream().filter(c -> c.dimension().equals(dimension)).mapToLong(Contribution::centipoints).sum();
    }

    private static Engagement history(List<Event> events) {
        Engagement.Builder b = Engagement.builder();
        events.forEach(e -> b.add(e.type(), e.at(AS_OF)));
        return b.build();
    }

    private static RuleSet withEngagementPoints(RuleSet rules, java.util.function.ToIntFunction<EngagementRule> points) {
        List<EngagementRule> changed = rules.engagementRules().stream().map(r -> new EngagementRule(r.id(), r.eventType(),
                points.applyAsInt(r), r.reason(), r.window(), r.frequencyCap(), r.decay(), r.group())).toList();
        return new RuleSet(rules.id(), rules.version(), rules.fitRules(), changed, rules.groupCaps(), rules.fitCap(),
                rules.engagementCap(), rules.totalCap(), rules.fitGrades(), rules.engagementGrades(), rules.totalGrades(),
                rules.marketingQualifiedThreshold());
    }

    // ------------------------------------------------------------------------------------------------- generators

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        Arbitrary<List<Condition>> conditions = condition().list().ofMaxSize(10).map(ScoringLawsProperties::withoutOverlaps);
        Arbitrary<List<Integer>> fitPoints = Arbitraries.integers().between(-100, 100).list().ofSize(10);
        Arbitrary<List<EngagementRule>> engagement = engagementRule().list().ofMaxSize(10);
        Arbitrary<Map<String, Integer>> groupCapCandidates = Arbitraries.maps(Arbitraries.of(GROUPS),
                Arbitraries.integers().between(0, 80)).ofMaxSize(3);
        Arbitrary<Optional<Integer>> cap = Arbitraries.integers().between(0, 200).optional(0.4);
        Arbitrary<Double> mql = Arbitraries.integers().between(0, 150).map(Integer::doubleValue);
        return Combinators.combine(conditions, fitPoints, engagement, groupCapCandidates, cap, cap, cap, mql)
                .as((conds, points, eng, capCandidates, fitCap, engagementCap, totalCap, threshold) -> {
                    RuleSet.Builder b = RuleSet.builder("generated", 1);
                    for (int i = 0; i < conds.size(); i++) {
                        b.fit("fit-" + i, conds.get(i), points.get(i), "Fit rule " + i);
                    }
                    Set<String> used = new HashSet<>();
                    for (int i = 0; i < eng.size(); i++) {
                        EngagementRule r = eng.get(i);
                        b.engagement(new EngagementRule("engagement-" + i, r.eventType(), r.points(), r.reason(), r.window(),
                                r.frequencyCap(), r.decay(), r.group()));
                        r.group().ifPresent(used::add);
                    }
                    capCandidates.forEach((g, c) -> {
                        if (used.contains(g)) {
                            b.groupCap(g, c);
                        }
                    });
                    fitCap.ifPresent(b::fitCap);
                    engagementCap.ifPresent(b::engagementCap);
                    totalCap.ifPresent(b::totalCap);
                    return b.marketingQualifiedAt(threshold).build();
                });
    }

    private static Arbitrary<Condition> condition() {
        Arbitrary<String> text = Arbitraries.of(TEXT_ATTRIBUTES);
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<Double> bound = Arbitraries.of(0.0, 10.0, 50.0, 200.0, 1000.0, 10_000.0, 1e6);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("industry", "title", "authority", "tags"), word).as(Condition::equalTo),
                Arbitraries.of("true", "false").map(v -> Condition.equalTo("has_phone", v)),
                Combinators.combine(text, word.set().ofMinSize(1).ofMaxSize(3)).as(Condition::in),
                Combinators.combine(Arbitraries.of("title", "tags", "industry"), Arbitraries.of("student", "r", "head", "soft"))
                        .as(Condition::contains),
                Arbitraries.of(ALL_ATTRIBUTES).map(Condition::exists),
                Arbitraries.of(ALL_ATTRIBUTES).map(Condition::missing),
                range(Arbitraries.of(NUMBER_ATTRIBUTES), bound));
    }

    /** Ranges on {@code attributes} between two of {@code bounds} (either may be open), never empty. */
    static Arbitrary<Condition> range(Arbitrary<String> attributes, Arbitrary<Double> bounds) {
        return Combinators.combine(attributes, bounds.optional(0.8), bounds.optional(0.8)).as((a, lo, hi) -> {
            double min = lo.orElse(Double.NEGATIVE_INFINITY);
            double max = hi.orElse(Double.POSITIVE_INFINITY);
            return min < max ? Condition.range(a, min, max) : Condition.range(a, max, min == max ? min + 1 : min);
        });
    }

    /** {@code conditions} without the ranges that overlap an earlier range on the same attribute (a rule set refuses them). */
    static List<Condition> withoutOverlaps(List<Condition> conditions) {
        List<Condition> kept = new ArrayList<>();
        for (Condition c : conditions) {
            boolean overlaps = c instanceof Condition.Range r && kept.stream()
                    .anyMatch(k -> k instanceof Condition.Range o && o.attribute().equals(r.attribute()) && o.overlaps(r));
            if (!overlaps) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static Arbitrary<EngagementRule> engagementRule() {
        Arbitrary<Decay> decay = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(d -> Decay.halfLife(Duration.ofDays(d))),
                Combinators.combine(Arbitraries.oneOf(Arbitraries.of(0.1, 0.25, 0.5, 1.0, 1 / 3.0, 0.07),
                                Arbitraries.integers().between(1, 1_000_000).map(i -> i / 1_000_000.0)),
                        Arbitraries.integers().between(1, 60))
                        .as((fraction, days) -> Decay.linear(fraction, Duration.ofDays(days))));
        return Combinators.combine(Arbitraries.of(EVENT_TYPES), Arbitraries.integers().between(-50, 60),
                        Arbitraries.integers().between(1, 120).optional(0.6), Arbitraries.integers().between(1, 4).optional(0.6),
                        decay.optional(0.6), Arbitraries.of(GROUPS).optional(0.6))
                .as((type, points, window, atMost, d, group) -> new EngagementRule("rule", type, points, "Did " + type,
                        window.map(Duration::ofDays), atMost, d, group));
    }

    @Provide
    Arbitrary<Lead> leads() {
        return lead();
    }

    @Provide
    Arbitrary<List<Lead>> batches() {
        return lead().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Lead>> largeBatches() {
        return lead().list().ofSize(9_000);
    }

    @Provide
    Arbitrary<Event> events() {
        return event();
    }

    @Provide
    Arbitrary<Duration> laterBy() {
        return Arbitraries.longs().between(0, 200 * DAY).map(Duration::ofSeconds);
    }

    private static Arbitrary<Lead> lead() {
        return Combinators.combine(profile(), event().list().ofMaxSize(25)).as(Lead::new);
    }

    private static Arbitrary<Event> event() {
        Arbitrary<Long> when = Arbitraries.oneOf(Arbitraries.longs().between(-5 * DAY, 150 * DAY),
                Arbitraries.longs().between(0, 150).map(d -> d * DAY));
        return Combinators.combine(Arbitraries.of(List.of("page_view", "form_submit", "email_click", "webinar", "unsubscribed",
                "download")), when).as(Event::new);
    }

    private static Arbitrary<Profile> profile() {
        Arbitrary<Map<String, Object>> values = Combinators.combine(
                Arbitraries.of(WORDS).optional(0.8), Arbitraries.of(WORDS).optional(0.7), Arbitraries.of(WORDS).optional(0.6),
                Arbitraries.of(WORDS).set().ofMaxSize(3), Arbitraries.of(true, false).optional(0.7),
                Arbitraries.of(5.0, 10.0, 49.5, 50.0, 200.0, 999.0, 1000.0, 20_000.0).optional(0.7),
                Arbitraries.doubles().between(0, 2e6).optional(0.5), Arbitraries.of("https://linkedin.com/in/x").optional(0.3))
                .as((industry, title, authority, tags, phone, employees, budget, linkedin) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    industry.ifPresent(v -> m.put("industry", v));
                    title.ifPresent(v -> m.put("title", v));
                    authority.ifPresent(v -> m.put("authority", v));
                    m.put("tags", tags);
                    phone.ifPresent(v -> m.put("has_phone", v));
                    employees.ifPresent(v -> m.put("employees", v));
                    budget.ifPresent(v -> m.put("budget", v));
                    linkedin.ifPresent(v -> m.put("linkedin_url", v));
                    return m;
                });
        return values.map(m -> {
            Profile.Builder p = Profile.builder();
            m.forEach((name, value) -> {
                if (value instanceof String s) {
                    p.text(name, s);
                } else if (value instanceof Double d) {
                    p.number(name, d);
                } else if (value instanceof Boolean b) {
                    p.flag(name, b);
                } else if (value instanceof Set<?> set) {
                    p.texts(name, set.stream().map(String::valueOf).collect(Collectors.toList()));
                }
            });
            return p.build();
        });
    }
}
