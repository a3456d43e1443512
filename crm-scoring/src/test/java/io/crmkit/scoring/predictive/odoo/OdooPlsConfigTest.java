package io.crmkit.scoring.predictive.odoo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class OdooPlsConfigTest {

    @Test
    void readsOdoosPlsFieldsParameterInItsOrder() {
        OdooPlsConfig config = OdooPlsConfig.from(OdooPlsConfig.ofDefaults())
                .fieldsFromOdooParameter("source_id, country_id,tag_ids").build();

        assertEquals(List.of(PlsField.SOURCE_ID, PlsField.COUNTRY_ID, PlsField.TAG_IDS), config.fields());
        assertEquals(List.of(), OdooPlsConfig.from(config).fieldsFromOdooParameter("").build().fields());
    }

    @Test
    void rejectsFieldsOdooDoesNotOfferOrRepeats() {
        assertEquals("pls field must be one of country_id, state_id, phone_state, email_state, source_id, lang_id, "
                        + "tag_ids but was 'medium_id'", assertThrows(IllegalArgumentException.class,
                () -> OdooPlsConfig.custom().fieldsFromOdooParameter("country_id,medium_id")).getMessage());
        assertEquals("pls fields must not repeat but country_id appears twice in [COUNTRY_ID, COUNTRY_ID]",
                assertThrows(IllegalArgumentException.class,
                        () -> OdooPlsConfig.custom().fields(PlsField.COUNTRY_ID, PlsField.COUNTRY_ID)).getMessage());
    }

    @Test
    void ordersStagesBySequenceThenIdAndFindsTheFirstSharedOne() {
        OdooPlsConfig config = OdooPlsConfig.custom().stages(OdooStage.of(8, 5), OdooStage.of(3, 1).specificToATeam(),
                OdooStage.of(6, 2), OdooStage.of(5, 2), OdooStage.wonStage(9, 70)).build();

        assertEquals(List.of(3L, 5L, 6L, 8L, 9L), config.stages().stream().map(OdooStage::id).toList());
        assertEquals(Optional.of(OdooStage.of(5, 2)), config.firstSharedStage());
    }

    @Test
    void defaultsToOdoosFreshDatabase() {
        OdooPlsConfig defaults = OdooPlsConfig.ofDefaults();

        assertEquals(List.of(OdooStage.of(1, 1), OdooStage.of(2, 2), OdooStage.of(3, 3), OdooStage.wonStage(4, 70)),
                defaults.stages());
        assertEquals(List.of(), defaults.fields());
        assertEquals(defaults, OdooPlsConfig.from(defaults).build());
    }

    @Test
    void rejectsRepeatedStageIdsAndAConfigurationWithoutStages() {
        assertEquals("stage ids must be unique but 1 is already OdooStage[id=1, sequence=1, won=false, teamSpecific=false]",
                assertThrows(IllegalArgumentException.class,
                        () -> OdooPlsConfig.custom().stages(OdooStage.of(1, 1), OdooStage.wonStage(1, 9))).getMessage());
        assertEquals("an Odoo PLS configuration needs the pipeline's stages but none was given",
                assertThrows(IllegalStateException.class, () -> OdooPlsConfig.custom().build()).getMessage());
        assertEquals("stage id must be a positive Odoo record id but was 0",
                assertThrows(IllegalArgumentException.class, () -> OdooStage.of(0, 1)).getMessage());
    }

    @Test
    void leadRecordsRejectValuesOdooCannotHold() {
        OdooLeadRecord lead = OdooLeadRecord.pending(3);

        assertEquals("lead id must be a positive Odoo record id but was 0",
                assertThrows(IllegalArgumentException.class, () -> OdooLeadRecord.pending(0)).getMessage());
        assertEquals("team id of lead 3 must be a positive Odoo record id but was -2",
                assertThrows(IllegalArgumentException.class, () -> lead.inTeam(-2)).getMessage());
        assertEquals("email_state of lead 3 must be 'correct' or 'incorrect' (or unset) but was 'False'",
                assertThrows(IllegalArgumentException.class, () -> lead.with(PlsField.EMAIL_STATE, "False")).getMessage());
        assertEquals("country_id of lead 3 must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> lead.with(PlsField.COUNTRY_ID, " ")).getMessage());
        assertEquals("tags of lead 3 go in tagIds, not in values, but values had tag_ids = '5'",
                assertThrows(IllegalArgumentException.class, () -> lead.with(PlsField.TAG_IDS, "5")).getMessage());
        assertEquals("tag ids of lead 3 must not repeat but '5' appears twice in [5, 5]",
                assertThrows(IllegalArgumentException.class, () -> lead.withTags("5", "5")).getMessage());
    }

    @Test
    void leadRecordsAreValues() {
        OdooLeadRecord lead = OdooLeadRecord.won(3).inTeam(2).atStage(4).with(PlsField.COUNTRY_ID, "21").withTags("a");

        assertEquals(new OdooLeadRecord(3, Optional.of(2L), Optional.of(4L), OdooLeadRecord.Status.WON,
                Map.of(PlsField.COUNTRY_ID, "21"), List.of("a")), lead);
        assertEquals(Optional.of("21"), lead.value(PlsField.COUNTRY_ID));
        assertEquals(Optional.empty(), lead.without(PlsField.COUNTRY_ID).value(PlsField.COUNTRY_ID));
        assertEquals(Optional.empty(), lead.withoutTeam().withoutStage().teamId());
    }
}
