package io.crmkit.scoring.rules;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class LeadBatchTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static final RuleSet RULES = RuleSet.builder("edges", 1)
            .fit("small", Condition.range("balance", 0, 1), 10, "Not in debt")
            .fit("large", Condition.range("balance", 1, Double.POSITIVE_INFINITY), 3, "Money in the bank")
            .fit("negative", Condition.range("balance", Double.NEGATIVE_INFINITY, 0), -10, "In debt")
            .fit("zero-hash", Condition.equalTo("code", "f5a5a608"), 7, "A code whose hash code is 0")
            .fit("codes", Condition.in("code", Set.of("aa", "bb", "c", "dd", "b_")), 2, "A known code")
            .fit("flagged", Condition.equalTo("vip", "true"), 4, "VIP")
            .engagement(EngagementRule.on("visit", "visit", 5, "Visited").within(Duration.ofDays(7)).atMost(2))
            .engagement(EngagementRule.on("download", "download", 3, "Downloaded").decaying(Decay.halfLife(Duration.ofDays(2))))
            .build();

    private static Profile profile(double balance, String code, boolean vip) {
        return Profile.builder().number("balance", balance).text("code", code).flag("vip", vip).build();
    }

    @Test
    void edgeValuesScoreAsTheInterpreterScoresThem() {
        assertEquals(0, "f5a5a608".hashCode(), "the test needs a text whose hash code is 0");
        assertEquals("b_".hashCode(), "a~".hashCode(), "the test needs a text with a rule constant's hash code");
        List<ScoringInput> leads = new ArrayList<>();
        for (double balance : new double[]{0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5, 1}) {
            for (String code : new String[]{"f5a5a608", "aa", "c", "zz", "a~"}) {
                // events of two types, interleaved: the batch groups them by type
                Engagement visits = Engagement.builder().add("visit", NOW.minus(Duration.ofDays(1)))
                        .add("download", NOW.minus(Duration.ofHours(30))).add("visit", NOW.minus(Duration.ofDays(2)))
                        .add("download", NOW.minus(Duration.ofDays(5))).add("visit", NOW.minus(Duration.ofDays(3)))
                        .add("visit", NOW.plus(Duration.ofDays(1))).add("download", NOW.plus(Duration.ofHours(1))).build();
                leads.add(new ScoringInput(profile(balance, code, balance > 0), visits));
            }
        }
        leads.add(new ScoringInput(Profile.empty(), Engagement.none()));
        LeadBatch batch = LeadBatch.of(leads);
        Scorer compiled = Scorer.compile(RULES);
        Scorer interpreted = Scorer.interpreted(RULES);
        ScoreTable table = new ScoreTable(batch.size());

        compiled.scoreInto(batch, NOW, table);

        for (int i = 0; i < leads.size(); i++) {
            LeadScore expected = interpreted.score(leads.get(i).profile(), leads.get(i).engagement(), NOW);
            assertEquals(expected, compiled.leadScore(table, i), "lead " + i + ": " + leads.get(i).profile());
            assertEquals(expected, compiled.score(leads.get(i).profile(), leads.get(i).engagement(), NOW));
        }
        // 0.0 is not in debt, and -0.0 is not either: the ranges compare numbers, not bits; two visits count, and
        // downloads 30 hours and 5 days old (half-life 2 days) earn 3 * 2^-0.625 + 3 * 2^-2.5 = 1.95 + 0.53 points
        double downloads = 1.95 + 0.53;
        assertEquals(10 + 7 + 10 + downloads, compiled.leadScore(table, 0).total(), 1e-9);
        assertEquals(10 + 7 + 10 + downloads, compiled.leadScore(table, 5).total(), 1e-9);
        assertEquals(-10 + 2 + 10 + downloads, compiled.leadScore(table, 17).total(), 1e-9); // -MIN_VALUE and "c"
        assertEquals(-10 + 10 + downloads, compiled.leadScore(table, 19).total(), 1e-9); // "a~" has the hash of "b_" only
        assertSame(leads.get(3).profile(), batch.profile(3));
        assertSame(leads.get(3).engagement(), batch.engagement(3));
    }

    @Test
    void badInputIsRefusedNamingIt() {
        List<ScoringInput> withNull = Arrays.asList(new ScoringInput(Profile.empty(), Engagement.none()), null);
        assertEquals("leads[1] must not be null", assertThrows(NullPointerException.class, () -> LeadBatch.of(withNull)).getMessage());
        assertEquals("leads", assertThrows(NullPointerException.class, () -> LeadBatch.of(null)).getMessage());

        LeadBatch batch = LeadBatch.of(List.of(new ScoringInput(Profile.empty(), Engagement.none()),
                new ScoringInput(Profile.empty(), Engagement.none())));
        Scorer scorer = Scorer.compile(RULES);
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> scorer.scoreInto(batch, NOW, new ScoreTable(1)));
        assertEquals("table has 1 rows but row 1 is to be scored", small.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> scorer.scoreInto(batch, 1, 3, NOW, new ScoreTable(3)));
        assertThrows(IndexOutOfBoundsException.class, () -> scorer.scoreInto(batch, 2, 1, NOW, new ScoreTable(3)));
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> scorer.scoreInto(batch, null, new ScoreTable(2))).getMessage());
        assertEquals(0, LeadBatch.of(List.of()).size());

        ScoringEngine engine = ScoringEngine.using(RULES);
        assertEquals("threads must be between 1 and 32767 but was 0",
                assertThrows(IllegalArgumentException.class, () -> engine.scoreAll(batch, NOW, 0)).getMessage());
        assertEquals("threads must be between 1 and 32767 but was 40000",
                assertThrows(IllegalArgumentException.class, () -> engine.scoreAll(batch, NOW, 40_000)).getMessage());
        assertEquals("batch", assertThrows(NullPointerException.class, () -> engine.scoreAll((LeadBatch) null, NOW, 1)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> scorer.leadScore(new ScoreTable(2), 2));
    }

    @Test
    void aBatchFilledRowByRowRefusesBadValuesKeepingTheLeadAsItWas() {
        LeadBatch.Builder rows = LeadBatch.builder();
        rows.text("code", " AA ").number("balance", 2);

        assertEquals("value of balance must be a finite number but was NaN",
                assertThrows(IllegalArgumentException.class, () -> rows.number("balance", Double.NaN)).getMessage());
        assertEquals("value of code must not be null", assertThrows(NullPointerException.class, () -> rows.text("code", null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> rows.event("not a type!", NOW));
        assertEquals("at", assertThrows(NullPointerException.class, () -> rows.event("visit", null)).getMessage());
        assertEquals(0, rows.endLead());
        assertEquals(1, rows.endLead()); // a lead with nothing
        rows.event("visit", NOW.minus(Duration.ofDays(1)));
        LeadBatch first = rows.build(); // ends the lead with an event
        rows.text("code", "c").endLead();
        LeadBatch second = rows.build();

        assertEquals(3, first.size());
        assertEquals(4, second.size());
        assertEquals(profile(2, "aa", false).get("code"), first.profile(0).get("code"));
        assertEquals(Optional.of(2.0), first.profile(0).get("balance"));
        assertEquals(Profile.empty(), first.profile(1));
        assertEquals(1, first.engagement(2).size());
        assertEquals(Profile.builder().text("code", "C").build(), second.profile(3));
        Scorer scorer = Scorer.compile(RULES);
        ScoreTable table = new ScoreTable(4);
        scorer.scoreInto(second, NOW, table);
        assertEquals(3 + 2, scorer.leadScore(table, 0).total()); // balance 2 is large, "aa" a known code
        assertEquals(0, scorer.leadScore(table, 1).total());
        assertEquals(5, scorer.leadScore(table, 2).total());
        assertEquals(2, scorer.leadScore(table, 3).total());
        assertThrows(IndexOutOfBoundsException.class, () -> second.profile(4));
    }

    @Test
    void profilesWithTheSameAttributesShareOneIdArray() {
        Profile a = profile(1, "aa", true);
        Profile b = profile(-3, "zz", false);
        Profile other = Profile.builder().number("balance", 1).build();

        assertSame(a.ids, b.ids);
        assertTrue(a.ids != other.ids);
        assertEquals(-3.0, b.raw(Vocabulary.id("balance")));
        assertEquals("zz", b.raw(Vocabulary.id("code")));
        assertEquals(1.0, other.raw(Vocabulary.id("balance")));
    }
}
