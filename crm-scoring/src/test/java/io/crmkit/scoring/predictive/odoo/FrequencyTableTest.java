package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.predictive.odoo.OdooLeadRecord.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class FrequencyTableTest {

    private static final long NEW = 1;
    private static final long QUALIFIED = 2;
    private static final long PROPOSITION = 3;
    private static final long WON = 4;
    /** Odoo's default stages, plus "Call" (id 9) specific to some team, with Qualified's sequence. */
    private static final OdooPlsConfig CONFIG = OdooPlsConfig.from(OdooPlsConfig.ofDefaults())
            .stage(OdooStage.of(9, 2).specificToATeam())
            .fields(PlsField.COUNTRY_ID, PlsField.PHONE_STATE, PlsField.TAG_IDS).build();

    @Test
    void smoothsEveryNewRowWithATenthOnBothCounts() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.won(1).inTeam(7).atStage(WON)
                .with(PlsField.COUNTRY_ID, "c0")));

        assertEquals(List.of(
                Frequency.of(7, "country_id", "c0", 1.1, 0.1),
                Frequency.of(7, "phone_state", "False", 1.1, 0.1),
                Frequency.of(7, "stage_id", "1", 1.1, 0.1),
                Frequency.of(7, "stage_id", "2", 1.1, 0.1),
                Frequency.of(7, "stage_id", "9", 1.1, 0.1),
                Frequency.of(7, "stage_id", "3", 1.1, 0.1),
                Frequency.of(7, "stage_id", "4", 1.1, 0.1)), table.rows());
    }

    @Test
    void countsAWonLeadAsWonInEveryStageWhateverItsStage() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.won(1).inTeam(7).atStage(QUALIFIED),
                OdooLeadRecord.won(2).inTeam(7)));

        for (long stage : new long[] {NEW, QUALIFIED, 9, PROPOSITION, WON}) {
            assertEquals(1.1, table.findStage(Optional.of(7L), stage).orElseThrow().wonCount(), "stage " + stage);
        }
        // a won lead without stage is counted for its values, not for stages
        assertEquals(2.1, table.find(Optional.of(7L), PlsField.PHONE_STATE, "False").orElseThrow().wonCount());
    }

    @Test
    void countsALostLeadAsLostInItsStageAndEveryStageWithoutAGreaterSequence() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.lost(1).inTeam(7).atStage(QUALIFIED)));

        assertEquals(Optional.of(Frequency.of(7, "stage_id", "1", 0.1, 1.1)), table.findStage(Optional.of(7L), NEW));
        assertEquals(Optional.of(Frequency.of(7, "stage_id", "2", 0.1, 1.1)), table.findStage(Optional.of(7L), QUALIFIED));
        // the same sequence counts, even for a stage of another team
        assertEquals(Optional.of(Frequency.of(7, "stage_id", "9", 0.1, 1.1)), table.findStage(Optional.of(7L), 9));
        assertEquals(Optional.empty(), table.findStage(Optional.of(7L), PROPOSITION));
        assertEquals(Optional.empty(), table.findStage(Optional.of(7L), WON));
    }

    @Test
    void countsEachTagOnItsOwnAndOnlyWhenTagsAreScored() {
        List<OdooLeadRecord> leads = List.of(OdooLeadRecord.lost(1).inTeam(7).withTags("a", "b"),
                OdooLeadRecord.won(2).inTeam(7).withTags("b"));

        FrequencyTable table = FrequencyTable.rebuild(CONFIG, leads);
        assertEquals(Optional.of(Frequency.of(7, "tag_id", "a", 0.1, 1.1)), table.find(Optional.of(7L), PlsField.TAG_IDS, "a"));
        assertEquals(Optional.of(Frequency.of(7, "tag_id", "b", 1.1, 1.1)), table.find(Optional.of(7L), "tag_id", "b"));

        FrequencyTable withoutTags = FrequencyTable.rebuild(OdooPlsConfig.from(CONFIG).fields(PlsField.COUNTRY_ID).build(), leads);
        assertEquals(List.of(), withoutTags.rows());
    }

    @Test
    void ignoresPendingLeadsAndUnsetValues() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.pending(1).inTeam(7).atStage(NEW)
                .with(PlsField.COUNTRY_ID, "c0"), OdooLeadRecord.lost(2).inTeam(7)));

        assertEquals(List.of(Frequency.of(7, "phone_state", "False", 0.1, 1.1)), table.rows());
    }

    @Test
    void ordersRowsByTeamThenVariableWithLeadsWithoutTeamLast() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(
                OdooLeadRecord.lost(1).with(PlsField.COUNTRY_ID, "c0"),
                OdooLeadRecord.lost(2).inTeam(8).with(PlsField.COUNTRY_ID, "c1").with(PlsField.PHONE_STATE, "correct"),
                OdooLeadRecord.lost(3).inTeam(7).with(PlsField.COUNTRY_ID, "c2")));

        assertEquals(List.of(
                Frequency.of(7, "country_id", "c2", 0.1, 1.1),
                Frequency.of(7, "phone_state", "False", 0.1, 1.1),
                Frequency.of(8, "country_id", "c1", 0.1, 1.1),
                Frequency.of(8, "phone_state", "correct", 0.1, 1.1),
                Frequency.withoutTeam("country_id", "c0", 0.1, 1.1),
                Frequency.withoutTeam("phone_state", "False", 0.1, 1.1)), table.rows());
    }

    @Test
    void liveIncrementsUpdateExistingRowsAndAppendNewOnes() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.lost(1).inTeam(7).with(PlsField.COUNTRY_ID, "c0")));

        FrequencyTable after = table.withReached(OdooLeadRecord.pending(2).inTeam(7).with(PlsField.COUNTRY_ID, "c0")
                .with(PlsField.PHONE_STATE, "correct"), Status.WON);

        assertEquals(List.of(
                Frequency.of(7, "country_id", "c0", 1.1, 1.1),
                Frequency.of(7, "phone_state", "False", 0.1, 1.1),
                Frequency.of(7, "phone_state", "correct", 1.1, 0.1)), after.rows());
    }

    @Test
    void decrementsNeverBelowATenth() {
        FrequencyTable table = FrequencyTable.of(CONFIG, List.of(Frequency.of(7, "country_id", "c0", 0.1, 0.6)));
        OdooLeadRecord lead = OdooLeadRecord.pending(1).inTeam(7).with(PlsField.COUNTRY_ID, "c0");

        FrequencyTable after = table.withLeft(lead, Status.LOST);

        // 0.6 - 1 <= 0 -> 0.1 ("ensure to have always positive frequencies"); won 0.1 + 0 stays
        assertEquals(Optional.of(Frequency.of(7, "country_id", "c0", 0.1, 0.1)),
                after.find(Optional.of(7L), PlsField.COUNTRY_ID, "c0"));
    }

    @Test
    void decrementingAMissingRowCreatesItAsAnIncrementWouldLikeOdoo() {
        OdooLeadRecord lead = OdooLeadRecord.pending(1).inTeam(7).with(PlsField.COUNTRY_ID, "c0");

        FrequencyTable after = FrequencyTable.empty(CONFIG).withLeft(lead, Status.LOST);

        assertEquals(Optional.of(Frequency.of(7, "country_id", "c0", 0.1, 1.1)),
                after.find(Optional.of(7L), PlsField.COUNTRY_ID, "c0"));
    }

    @Test
    void reachingThenLeavingAnOutcomeRestoresTheCountsAndLeavesNewRowsNeutral() {
        FrequencyTable table = FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.won(1).inTeam(7).atStage(NEW)
                .with(PlsField.COUNTRY_ID, "c0")));
        OdooLeadRecord lead = OdooLeadRecord.pending(2).inTeam(7).atStage(PROPOSITION).with(PlsField.COUNTRY_ID, "c1");

        FrequencyTable after = table.withReached(lead, Status.LOST).withLeft(lead, Status.LOST);

        assertEquals(table.rows(), after.rows().subList(0, table.rows().size()));
        assertEquals(List.of(Frequency.of(7, "country_id", "c1", 0.1, 0.1)), after.rows().subList(table.rows().size(), after.rows().size()));
    }

    @Test
    void importsOdooRowsKeepingOneDecimal() {
        FrequencyTable table = FrequencyTable.of(CONFIG, List.of(Frequency.of(7, "stage_id", "1", 2.14, 0.05)));

        assertEquals(Optional.of(Frequency.of(7, "stage_id", "1", 2.1, 0.1)), table.findStage(Optional.of(7L), NEW));
    }

    @Test
    void rejectsDuplicateRows() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> FrequencyTable.of(CONFIG,
                List.of(Frequency.of(7, "stage_id", "1", 1, 1), Frequency.of(7, "stage_id", "1", 2, 2))));

        assertEquals("frequency rows must be unique per team, variable and value but "
                + "Frequency[teamId=Optional[7], variable=stage_id, value=1, wonCount=1.0, lostCount=1.0] and "
                + "Frequency[teamId=Optional[7], variable=stage_id, value=1, wonCount=2.0, lostCount=2.0] share theirs",
                error.getMessage());
    }

    @Test
    void rejectsRowsOfUnknownVariablesOrNegativeCounts() {
        assertEquals("variable must be stage_id or the variable of a pls field (country_id, state_id, phone_state, "
                        + "email_state, source_id, lang_id, tag_id) but was 'medium_id'",
                assertThrows(IllegalArgumentException.class, () -> Frequency.of(7, "medium_id", "1", 1, 1)).getMessage());
        assertEquals("lost count of country_id = c0 must be a finite number >= 0 but was -1.0",
                assertThrows(IllegalArgumentException.class, () -> Frequency.of(7, "country_id", "c0", 1, -1)).getMessage());
    }

    @Test
    void rejectsLeadsAtUnknownStagesAndRepeatedIds() {
        assertEquals("lead 5 is at stage 77, which is not among the configured stages [1, 2, 3, 4, 9]",
                assertThrows(IllegalArgumentException.class,
                        () -> FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.lost(5).atStage(77)))).getMessage());
        assertEquals("lead ids must be unique but 5 appears twice", assertThrows(IllegalArgumentException.class,
                () -> FrequencyTable.rebuild(CONFIG, List.of(OdooLeadRecord.lost(5), OdooLeadRecord.won(5)))).getMessage());
        assertEquals("outcome must be WON or LOST but was PENDING", assertThrows(IllegalArgumentException.class,
                () -> FrequencyTable.empty(CONFIG).withReached(OdooLeadRecord.pending(5), Status.PENDING)).getMessage());
    }
}
