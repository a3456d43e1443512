package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.predictive.odoo.OdooLeadRecord.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rules one by one; expected numbers were worked out by hand from Odoo's formula. */
final class OdooPredictiveScoringTest {

    private static final long NEW = 1;
    private static final long QUALIFIED = 2;
    private static final long PROPOSITION = 3;
    private static final long WON = 4;
    private static final OdooPlsConfig STAGES_ONLY = OdooPlsConfig.ofDefaults();
    private static final OdooPlsConfig COUNTRY = OdooPlsConfig.from(STAGES_ONLY).fields(PlsField.COUNTRY_ID).build();

    private static double probability(FrequencyTable table, OdooLeadRecord lead) {
        return assertInstanceOf(OdooScore.Computed.class, OdooPredictiveScoring.of(table).score(lead)).probability();
    }

    private static OdooLeadRecord open(long id, long team, long stage) {
        return OdooLeadRecord.pending(id).inTeam(team).atStage(stage);
    }

    @Test
    void scoresZeroWithoutStageAndHundredInAWonStage() {
        OdooPredictiveScoring scoring = OdooPredictiveScoring.of(FrequencyTable.empty(STAGES_ONLY));

        assertEquals(new OdooScore.WithoutStage(), scoring.score(OdooLeadRecord.pending(1).inTeam(7)));
        assertEquals(0.0, scoring.score(OdooLeadRecord.pending(1)).automatedProbability().getAsDouble());
        assertEquals(new OdooScore.InWonStage(WON), scoring.score(open(2, 7, WON)));
        assertEquals(100.0, scoring.score(open(2, 7, WON)).automatedProbability().getAsDouble());
    }

    /** Team 1: a won lead from c0 and a lost one from c1; team 2: a lost lead from c0; all lost in stage New. */
    private static FrequencyTable twoTeams() {
        return FrequencyTable.rebuild(COUNTRY, List.of(
                OdooLeadRecord.won(1).inTeam(1).atStage(NEW).with(PlsField.COUNTRY_ID, "c0"),
                OdooLeadRecord.lost(2).inTeam(1).atStage(NEW).with(PlsField.COUNTRY_ID, "c1"),
                OdooLeadRecord.lost(3).inTeam(2).atStage(NEW).with(PlsField.COUNTRY_ID, "c0")));
    }

    @Test
    void aLeadOfATeamWithFrequenciesIsScoredOnItsTeamOnly() {
        // team 1: prior 1.1/2.2 vs 1.1/2.2, stage New 1.1/1.1 both, c0: won 1.1/1.2 vs lost 0.1/1.2 -> 11/12
        OdooScore score = OdooPredictiveScoring.of(twoTeams()).score(open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c0"));

        assertEquals(new OdooScore.Computed(91.67, Optional.of(1L)), score);
        assertEquals(8.33, probability(twoTeams(), open(11, 1, NEW).with(PlsField.COUNTRY_ID, "c1")));
        assertEquals(50.0, probability(twoTeams(), open(12, 1, NEW)), "an unset country is not a factor");
    }

    @Test
    void aLeadWithoutTeamIsScoredOnTheSumOfAllTeams() {
        // summed: stage New won 1.1 + 0.1 = 1.2, lost 1.1 + 1.1 = 2.2; c0 won 1.2, lost 1.2; country totals 1.3 / 2.3
        // (1.2/3.4 * 1.2/1.3) / (1.2/3.4 * 1.2/1.3 + 2.2/3.4 * 1.2/2.3) = 0.4911
        OdooScore score = OdooPredictiveScoring.of(twoTeams()).score(OdooLeadRecord.pending(10).atStage(NEW)
                .with(PlsField.COUNTRY_ID, "c0"));

        assertEquals(new OdooScore.Computed(49.11, Optional.empty()), score);
    }

    @Test
    void aLeadOfATeamWithoutFrequenciesFallsBackToAllTeams() {
        OdooScore score = OdooPredictiveScoring.of(twoTeams()).score(open(10, 3, NEW).with(PlsField.COUNTRY_ID, "c0"));

        assertEquals(new OdooScore.Computed(49.11, Optional.empty()), score);
    }

    @Test
    void leadsWithoutTeamAreCountedInTheirOwnRowsWhichOnlyTheSumSees() {
        FrequencyTable table = FrequencyTable.rebuild(COUNTRY, List.of(
                OdooLeadRecord.won(1).inTeam(1).atStage(NEW).with(PlsField.COUNTRY_ID, "c0"),
                OdooLeadRecord.lost(2).inTeam(1).atStage(NEW).with(PlsField.COUNTRY_ID, "c0"),
                OdooLeadRecord.lost(3).atStage(NEW).with(PlsField.COUNTRY_ID, "c0")));

        assertEquals(Optional.of(Frequency.withoutTeam("country_id", "c0", 0.1, 1.1)),
                table.find(Optional.empty(), PlsField.COUNTRY_ID, "c0"));
        assertEquals(50.0, probability(table, open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c0")));
        // summed: New won 1.2 lost 2.2; c0 the same, and c0 is the only country: its factor is 1
        assertEquals(35.29, probability(table, OdooLeadRecord.pending(11).atStage(NEW).with(PlsField.COUNTRY_ID, "c0")));
    }

    @Test
    void aLeadFurtherInThePipelineThanTheLostOnesScoresHigher() {
        // one won lead; lost leads in New, Qualified and Proposition: New lost 3.1, Qualified 2.1, Proposition 1.1
        FrequencyTable table = FrequencyTable.rebuild(STAGES_ONLY, List.of(
                OdooLeadRecord.won(1).inTeam(1).atStage(NEW), OdooLeadRecord.lost(2).inTeam(1).atStage(NEW),
                OdooLeadRecord.lost(3).inTeam(1).atStage(PROPOSITION), OdooLeadRecord.lost(4).inTeam(1).atStage(QUALIFIED)));

        assertEquals(26.19, probability(table, open(10, 1, NEW)));        // 1.1 / (1.1 + 3.1)
        assertEquals(34.37, probability(table, open(11, 1, QUALIFIED)));  // 1.1 / (1.1 + 2.1), see below
        assertEquals(50.0, probability(table, open(12, 1, PROPOSITION))); // 1.1 / (1.1 + 1.1)
    }

    @Test
    void roundsTheDoubleOdooComputesNotTheExactFraction() {
        // Qualified: (1.1/4.2 * 1.1/1.1) / (1.1/4.2 * 1.1/1.1 + 3.1/4.2 * 2.1/3.1) is 0.34375 exactly on paper, but
        // the doubles land just below it and Python's round gives 34.37, where the exact fraction would give 34.38
        FrequencyTable table = FrequencyTable.rebuild(STAGES_ONLY, List.of(
                OdooLeadRecord.won(1).inTeam(1).atStage(NEW), OdooLeadRecord.lost(2).inTeam(1).atStage(NEW),
                OdooLeadRecord.lost(3).inTeam(1).atStage(PROPOSITION), OdooLeadRecord.lost(4).inTeam(1).atStage(QUALIFIED)));

        assertEquals(34.37, probability(table, open(10, 1, QUALIFIED)));
    }

    @Test
    void roundsHalfToEvenLikePython() {
        // two won, one lost, scored in the first stage: 2.1 / 3.2 = 0.65625 exactly, and 65.625 rounds to 65.62
        List<OdooLeadRecord> leads = new ArrayList<>(List.of(OdooLeadRecord.won(1).inTeam(1).atStage(NEW),
                OdooLeadRecord.won(2).inTeam(1).atStage(NEW), OdooLeadRecord.lost(3).inTeam(1).atStage(NEW)));
        assertEquals(65.62, probability(FrequencyTable.rebuild(STAGES_ONLY, leads), open(10, 1, NEW)));

        // no won lead, three lost: 0.1 / 3.2 = 3.125 % rounds to 3.12
        FrequencyTable noWin = FrequencyTable.rebuild(STAGES_ONLY, List.of(OdooLeadRecord.lost(1).inTeam(1).atStage(NEW),
                OdooLeadRecord.lost(2).inTeam(1).atStage(NEW), OdooLeadRecord.lost(3).inTeam(1).atStage(NEW)));
        assertEquals(3.12, probability(noWin, open(10, 1, NEW)));
    }

    @Test
    void keepsComputedProbabilitiesWithinOneHundredthOfTheBounds() {
        FrequencyTable table = FrequencyTable.of(STAGES_ONLY, List.of(Frequency.of(1, "stage_id", "1", 5_000_000, 0.1)));

        assertEquals(99.99, probability(table, open(10, 1, NEW)));
        FrequencyTable lost = FrequencyTable.of(STAGES_ONLY, List.of(Frequency.of(1, "stage_id", "1", 0.1, 5_000_000)));
        assertEquals(0.01, probability(lost, open(10, 1, NEW)));
    }

    @Test
    void anUnsetEmailQualityIsTheValueFalse() {
        OdooPlsConfig email = OdooPlsConfig.from(STAGES_ONLY).fields(PlsField.EMAIL_STATE).build();
        FrequencyTable table = FrequencyTable.rebuild(email, List.of(
                OdooLeadRecord.won(1).inTeam(1).atStage(NEW),
                OdooLeadRecord.lost(2).inTeam(1).atStage(NEW).with(PlsField.EMAIL_STATE, "correct")));

        assertEquals(Optional.of(Frequency.of(1, "email_state", "False", 1.1, 0.1)),
                table.find(Optional.of(1L), PlsField.EMAIL_STATE, "False"));
        // False: won 1.1/1.2, lost 0.1/1.2 -> 11 : 1 with an even prior
        assertEquals(91.67, probability(table, open(10, 1, NEW)));
        assertEquals(8.33, probability(table, open(11, 1, NEW).with(PlsField.EMAIL_STATE, "correct")));
    }

    @Test
    void valuesNeverSeenInTheTeamAreNotAFactor() {
        assertEquals(50.0, probability(twoTeams(), open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c9")));
    }

    @Test
    void valuesOfFieldsThatAreNotConfiguredAreIgnored() {
        OdooLeadRecord lead = open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c0");

        assertEquals(probability(FrequencyTable.rebuild(STAGES_ONLY, List.of(lead.withStatus(Status.WON))), lead.without(PlsField.COUNTRY_ID)),
                probability(FrequencyTable.rebuild(STAGES_ONLY, List.of(lead.withStatus(Status.WON))), lead));
    }

    private static final OdooPlsConfig TAGS = OdooPlsConfig.from(STAGES_ONLY).fields(PlsField.TAG_IDS).build();

    /** Team 1: 20 won, 30 lost in New; tag "t" with the given counts; tag "other" with 50 lost. */
    private static FrequencyTable tagged(double tagWon, double tagLost) {
        return FrequencyTable.of(TAGS, List.of(Frequency.of(1, "stage_id", "1", 20.1, 30.1),
                Frequency.of(1, "tag_id", "t", tagWon, tagLost), Frequency.of(1, "tag_id", "other", 0.1, 50.1)));
    }

    @Test
    void ignoresTagsSeenOnFewerThanFiftyClosedLeads() {
        OdooLeadRecord lead = open(10, 1, NEW).withTags("t");

        // won + lost = 49.9 < 50: the tag is no factor, the prior alone gives 20.1 / 50.2
        assertEquals(40.04, probability(tagged(39.8, 10.1), lead));
        assertEquals(40.04, probability(tagged(39.8, 10.1), open(11, 1, NEW)));
        // won + lost = 50: t counts, 39.9/40.0 won vs 10.1/60.2 lost
        assertEquals(79.88, probability(tagged(39.9, 10.1), lead));
    }

    @Test
    void multipliesOneFactorPerTag() {
        FrequencyTable table = FrequencyTable.of(TAGS, List.of(Frequency.of(1, "stage_id", "1", 20.1, 30.1),
                Frequency.of(1, "tag_id", "a", 40.1, 10.1), Frequency.of(1, "tag_id", "b", 30.1, 30.1)));
        // totals 70.2 / 40.2; a: 40.1/70.2 vs 10.1/40.2; b: 30.1/70.2 vs 30.1/40.2
        double a = probability(table, open(10, 1, NEW).withTags("a"));
        double ab = probability(table, open(11, 1, NEW).withTags("a", "b"));

        assertEquals(60.29, a);
        assertEquals(46.51, ab);
        assertEquals(ab, probability(table, open(12, 1, NEW).withTags("b", "a")));
    }

    @Test
    void cannotComputeATeamWithoutFrequencyForTheFirstSharedStage() {
        // closed leads without stage give country rows only: the team is "in the table" but has no totals
        FrequencyTable table = FrequencyTable.rebuild(COUNTRY, List.of(
                OdooLeadRecord.won(1).inTeam(1).with(PlsField.COUNTRY_ID, "c0"),
                OdooLeadRecord.lost(2).inTeam(1).with(PlsField.COUNTRY_ID, "c0")));

        OdooScore score = OdooPredictiveScoring.of(table).score(open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c0"));

        OdooScore.NotComputable notComputable = assertInstanceOf(OdooScore.NotComputable.class, score);
        assertTrue(notComputable.reason().contains("team 1 has no frequency for stage 1"), notComputable.reason());
        assertTrue(score.automatedProbability().isEmpty());
    }

    @Test
    void cannotComputeWhenATeamTotalIsZero() {
        FrequencyTable table = FrequencyTable.of(STAGES_ONLY, List.of(Frequency.of(1, "stage_id", "1", 0, 3)));

        OdooScore score = OdooPredictiveScoring.of(table).score(open(10, 1, NEW));

        assertTrue(assertInstanceOf(OdooScore.NotComputable.class, score).reason()
                .contains("team 1 has won count 0.0 and lost count 3.0 at stage 1"));
    }

    @Test
    void cannotComputeWhenBothScoresVanish() {
        FrequencyTable table = FrequencyTable.of(COUNTRY, List.of(Frequency.of(1, "stage_id", "1", 1.1, 1.1),
                Frequency.of(1, "country_id", "c0", 0, 0), Frequency.of(1, "country_id", "c1", 1, 1)));

        OdooScore score = OdooPredictiveScoring.of(table).score(open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c0"));

        assertTrue(assertInstanceOf(OdooScore.NotComputable.class, score).reason().contains("ZeroDivisionError"));
    }

    @Test
    void rejectsALeadAtAnUnknownStage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OdooPredictiveScoring.of(twoTeams()).score(open(10, 1, 99)));

        assertEquals("lead 10 is at stage 99, which is not among the configured stages [1, 2, 3, 4]", error.getMessage());
    }

    @Test
    void scoresEveryLeadOnItsOwn() {
        OdooPredictiveScoring scoring = OdooPredictiveScoring.of(twoTeams());
        OdooLeadRecord inTeam = open(10, 1, NEW).with(PlsField.COUNTRY_ID, "c0");
        OdooLeadRecord withoutTeam = OdooLeadRecord.pending(11).atStage(NEW).with(PlsField.COUNTRY_ID, "c0");

        Map<Long, OdooScore> scores = scoring.scoreAll(List.of(inTeam, withoutTeam));

        assertEquals(List.of(10L, 11L), List.copyOf(scores.keySet()));
        assertEquals(scoring.score(inTeam), scores.get(10L));
        assertEquals(scoring.score(withoutTeam), scores.get(11L));
        assertNotEquals(scores.get(10L), scores.get(11L));
    }
}
