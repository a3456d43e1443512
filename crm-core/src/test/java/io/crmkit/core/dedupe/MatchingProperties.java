package io.crmkit.core.dedupe;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.Tags;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of similarity, matching, clustering and merging. */
final class MatchingProperties {

    private static final Matcher MATCHER = Matcher.of(MatchConfig.ofDefaults());

    @Property(tries = 2000)
    void jaroWinklerIsSymmetricInRangeAndOneForIdenticalStrings(@ForAll("names") String a, @ForAll("names") String b) {
        double ab = JaroWinkler.similarity(a, b);
        assertEquals(ab, JaroWinkler.similarity(b, a), 1e-12, a + " / " + b);
        assertTrue(ab >= 0 && ab <= 1, a + " / " + b + " = " + ab);
        assertEquals(1.0, JaroWinkler.similarity(a, a));
    }

    @Property(tries = 1000)
    void jaroWinklerLawsHoldForArbitraryUnicode(@ForAll String a, @ForAll String b) {
        double ab = JaroWinkler.similarity(a, b);
        assertEquals(ab, JaroWinkler.similarity(b, a), 1e-12);
        assertTrue(ab >= 0 && ab <= 1);
        assertEquals(1.0, JaroWinkler.similarity(a, a));
    }

    @Property(tries = 1000)
    void leadScoresAreSymmetricInRangeAndALeadIsTheSameAsItself(@ForAll("leads") Lead a, @ForAll("leads") Lead b) {
        Match ab = MATCHER.compare(a, b);
        Match ba = MATCHER.compare(b, a);
        assertEquals(ab.score(), ba.score(), 1e-12);
        assertEquals(ab.verdict(), ba.verdict());
        assertTrue(ab.score() >= 0 && ab.score() <= 1);
        Match self = MATCHER.compare(a, a);
        assertEquals(1.0, self.score(), 1e-12, self.evidence().toString());
        assertTrue(self.verdict() != Verdict.DIFFERENT);
    }

    @Property(tries = 2000)
    void theScansQuickVerdictIsTheFullComparisonsVerdictUnderAnyWeights(
            @ForAll("leads") Lead a, @ForAll("leads") Lead b, @ForAll("configs") MatchConfig config) {
        Matcher matcher = Matcher.of(config);
        Profile pa = Profile.of(a, config);
        Profile pb = Profile.of(b, config);
        Match full = matcher.compare(pa, pb, true);
        Match quick = matcher.compare(pa, pb, false);
        assertEquals(full.verdict(), quick.verdict(), full.toString());
        if (quick.verdict() != Verdict.DIFFERENT) {
            assertEquals(full.score(), quick.score(), 0.0);
        }
    }

    @Property(tries = 500)
    void mongeElkanWithItsLengthBoundEqualsTheBestMatchOfEveryToken(
            @ForAll @Size(max = 10) List<@From("names") String> a, @ForAll @Size(max = 10) List<@From("names") String> b) {
        int[][] x = a.stream().map(t -> t.codePoints().toArray()).toArray(int[][]::new);
        int[][] y = b.stream().map(t -> t.codePoints().toArray()).toArray(int[][]::new);
        double expected = x.length == 0 || y.length == 0 ? (x.length == y.length ? 1 : 0)
                : (bestMatches(x, y) + bestMatches(y, x)) / 2;
        assertEquals(expected, Matcher.mongeElkan(x, y), 1e-9);
    }

    /** Monge-Elkan written out: every pair compared, each token's best similarity averaged. */
    private static double bestMatches(int[][] a, int[][] b) {
        double sum = 0;
        for (int[] s : a) {
            double best = 0;
            for (int[] t : b) {
                best = Math.max(best, JaroWinkler.similarity(s, t));
            }
            sum += best;
        }
        return sum / a.length;
    }

    @Provide
    Arbitrary<MatchConfig> configs() {
        Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.just(0.0));
        Arbitrary<double[]> weights = weight.array(double[].class).ofSize(2 * MatchRule.values().length);
        Arbitrary<double[]> thresholds = Arbitraries.doubles().between(0.05, 1).array(double[].class).ofSize(2);
        return Combinators.combine(weights, thresholds).as((w, t) -> {
            MatchConfig.Builder builder = MatchConfig.custom()
                    .thresholds(Math.max(t[0], t[1]), Math.min(t[0], t[1]));
            for (MatchRule rule : MatchRule.values()) {
                // a configuration needs one rule that can agree: the person name always can here
                double agreement = rule == MatchRule.PERSON_NAME ? Math.max(0.01, w[2 * rule.ordinal()]) : w[2 * rule.ordinal()];
                builder.rule(rule, agreement, w[2 * rule.ordinal() + 1]);
            }
            return builder.build();
        });
    }

    @Property(tries = 200)
    void clustersDoNotDependOnTheOrderOfTheLeads(@ForAll("leadSets") List<Lead> leads, @ForAll long seed) {
        List<Lead> shuffled = new ArrayList<>(leads);
        Collections.shuffle(shuffled, new Random(seed));
        DuplicateScan scan = DuplicateScan.using(MATCHER).withLimits(3, 2);
        ScanResult result = scan.scan(leads);
        assertEquals(result, scan.scan(shuffled));
        assertEquals(result, scan.parallel(true).scan(shuffled), "parallel scans give the same result");
    }

    @Property(tries = 300)
    void mergeLosesNoTagAndRetiresEveryDuplicate(@ForAll("leadSets") @Size(min = 2) List<Lead> leads) {
        Lead master = MasterPolicy.ofDefaults().choose(leads);
        List<Lead> others = leads.stream().filter(l -> !l.id().equals(master.id())).toList();
        LeadMerge merge = LeadMerge.of(master, others, Survivorship.ofDefaults(), Instant.parse("2026-06-01T00:00:00Z"));

        Set<String> all = new HashSet<>();
        leads.forEach(l -> all.addAll(l.tags().values()));
        assertEquals(all, merge.master().aggregate().tags().values());
        assertEquals(others.stream().map(Lead::id).toList(), merge.merged().stream().map(MergedLead::id).toList());
        merge.retired().forEach(r -> assertEquals(io.crmkit.core.lead.LeadStatus.DISQUALIFIED, r.aggregate().status()));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcdeéfghijklmnopqrstuvwxyz ").ofMaxLength(20),
                Arbitraries.strings().withChars("王李张刘陈伟芳娜明华有限公司").ofMaxLength(8));
    }

    @Provide
    Arbitrary<Lead> leads() {
        Arbitrary<String> first = Arbitraries.of("Ada", "ADA", "Grace", "Jürgen", "Juergen", "明", "伟", "");
        Arbitrary<String> last = Arbitraries.of("Lovelace", "Love lace", "Hopper", "Müller", "王", "黄伟", "Smith");
        Arbitrary<String> company = Arbitraries.of("", "Analytical Engines Ltd", "Analytical Engines Limited",
                "Rhein Logistics GmbH", "华星科技有限公司", "华星科技股份有限公司", "株式会社サクラ");
        Arbitrary<String> email = Arbitraries.of("", "ada@analytical.example", "ADA@analytical.example",
                "grace@gmail.com", "g.r.a.c.e+crm@gmail.com", "wang@qq.com", "info@rhein.example");
        Arbitrary<String> tag = Arbitraries.of("vip", "fair 2026", "import", "webinar");
        return Combinators.combine(first, last, company, email, tag.set().ofMaxSize(3), Arbitraries.longs(),
                        Arbitraries.integers().between(0, 1000))
                .as((f, l, c, e, tags, id, minutes) -> {
                    NewLead.Builder b = NewLead.from(SourceChannel.WEB_FORM).person(f, l).tags(new Tags(tags));
                    if (!c.isEmpty()) b.company(c);
                    if (!e.isEmpty() || c.isEmpty()) b.email(e.isEmpty() ? "someone@example.com" : e);
                    return Lead.capture(new LeadId(new UUID(7, id)), b.build(),
                            Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minutes)).aggregate();
                });
    }

    @Provide
    Arbitrary<List<Lead>> leadSets() {
        return leads().list().ofMaxSize(12).uniqueElements(Lead::id);
    }
}
