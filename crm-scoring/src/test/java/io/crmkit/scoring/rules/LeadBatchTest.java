package io.crmkit.scoring.rules;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            .fit("codes", Condition.in("code", Set.of("aa", "bb", "c", "dd")), 2, "A known code")
            .fit("flagged", Condition.equalTo("vip", "true"), 4, "VIP")
            .engagement(EngagementRule.on("visit", "visit", 5, "Visited").within(Duration.ofDays(7)).atMost(2))
            .build();

    private static Profile profile(double balance, String code, boolean vip) {
        return Profile.builder().number("balance", balance).text("code", code).flag("vip", vip).build();
    }

    @Test
    void edgeValuesScoreAsTheInterpreterScoresThem() {
        assertEquals(0, "f5a5a608".hashCode(), "the test needs a text whose hash code is 0");
        List<ScoringInput> leads = new ArrayList<>();
        for (double balance : new double[]{0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5, 1}) {
            for (String code : new String[]{"f5a5a608", "aa", "c", "zz", "Aa"}) {
                Engagement visits = Engagement.builder().add("visit", NOW.minus(Duration.ofDays(1)))
                        .add("visit", NOW.minus(Duration.ofDays(2))).add("visit", NOW.minus(Duration.ofDays(3)))
                        .add("visit", NOW.plus(Duration.ofDays(1))).build();
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
        // 0.0 is not in debt, and -0.0 is not either: the ranges compare numbers, not bits; two visits count
        assertEquals(10 + 7 + 10, compiled.leadScore(table, 0).total());
        assertEquals(10 + 7 + 10, compiled.leadScore(table, 5).total());
        assertEquals(-10 + 2 + 10, compiled.leadScore(table, 17).total()); // -MIN_VALUE and "c"
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
