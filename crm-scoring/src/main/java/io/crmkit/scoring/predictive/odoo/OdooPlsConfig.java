package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Odoo's predictive lead scoring is configured with: the scored fields (the {@code crm.pls_fields} system
 * parameter, in its order) and the pipeline's stages ({@code crm.stage}). Immutable.
 *
 * <p>Odoo also filters leads by the {@code crm.pls_start_date} parameter (only leads created on or after it are
 * counted or scored); that filter is the host's: pass only the leads it keeps.
 */
public final class OdooPlsConfig {

    private final List<PlsField> fields;
    private final List<OdooStage> stages;
    private final Map<Long, OdooStage> stagesById;

    private OdooPlsConfig(Builder builder) {
        this.fields = List.copyOf(builder.fields);
        List<OdooStage> ordered = new ArrayList<>(builder.stages.values());
        // crm_lead.py (694f48a): stage_ids = self.env['crm.stage'].search_read([], [...], order='sequence, id')
        ordered.sort(Comparator.comparingInt(OdooStage::sequence).thenComparingLong(OdooStage::id));
        this.stages = List.copyOf(ordered);
        this.stagesById = Map.copyOf(builder.stages);
    }

    /** A builder with no field and no stage. */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from {@code base}. */
    public static Builder from(OdooPlsConfig base) {
        Checks.nonNull(base, "base");
        Builder builder = new Builder();
        builder.fields.addAll(base.fields);
        base.stages.forEach(stage -> builder.stages.put(stage.id(), stage));
        return builder;
    }

    /**
     * Odoo's configuration on a fresh database: no scored field ({@code crm_lead_prediction_data.xml} sets
     * {@code crm.pls_fields} to {@code ''}) and the four stages of {@code crm_stage_data.xml}: New (sequence 1),
     * Qualified (2), Proposition (3) and Won (70, won). Their ids are 1 to 4, the ids a fresh database usually gives
     * them; a migrating host passes its own ids instead.
     */
    public static OdooPlsConfig ofDefaults() {
        return custom().stages(OdooStage.of(1, 1), OdooStage.of(2, 2), OdooStage.of(3, 3), OdooStage.wonStage(4, 70))
                .build();
    }

    /** The scored fields, in the order of {@code crm.pls_fields} (which is the order Odoo multiplies them in). */
    public List<PlsField> fields() {
        return fields;
    }

    /** Whether {@code field} is scored. */
    public boolean scores(PlsField field) {
        return fields.contains(field);
    }

    /** The stages ordered by sequence, then id. */
    public List<OdooStage> stages() {
        return stages;
    }

    /** The stage of that id. */
    public Optional<OdooStage> stage(long id) {
        return Optional.ofNullable(stagesById.get(id));
    }

    /**
     * The first stage, by sequence then id, that is not specific to a team. Its frequency gives a team's won and
     * lost totals: {@code first_stage_id = self.env['crm.stage'].search([('team_id', '=', False)],
     * order='sequence, id', limit=1)} in {@code _pls_get_won_lost_total_count}.
     */
    public Optional<OdooStage> firstSharedStage() {
        return stages.stream().filter(stage -> !stage.teamSpecific()).findFirst();
    }

    OdooStage requireStage(long stageId, long leadId) {
        OdooStage stage = stagesById.get(stageId);
        if (stage == null) {
            throw new IllegalArgumentException("lead " + leadId + " is at stage " + stageId
                    + ", which is not among the configured stages " + stagesById.keySet().stream().sorted().toList());
        }
        return stage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OdooPlsConfig that && fields.equals(that.fields) && stages.equals(that.stages);
    }

    @Override
    public int hashCode() {
        return 31 * fields.hashCode() + stages.hashCode();
    }

    @Override
    public String toString() {
        return "OdooPlsConfig[fields=" + fields.stream().map(PlsField::odooName).toList() + ", stages=" + stages + "]";
    }

    /** Builds an {@link OdooPlsConfig}; every setter validates its argument. */
    public static final class Builder {

        private final List<PlsField> fields = new ArrayList<>();
        private final Map<Long, OdooStage> stages = new LinkedHashMap<>();

        private Builder() {
        }

        /** Replaces the scored fields; each at most once. */
        public Builder fields(PlsField... fields) {
            return fields(Arrays.asList(Checks.nonNull(fields, "fields")));
        }

        /** Replaces the scored fields; each at most once. */
        public Builder fields(List<PlsField> fields) {
            Checks.nonNull(fields, "fields");
            List<PlsField> checked = new ArrayList<>();
            for (PlsField field : fields) {
                Checks.nonNull(field, "field");
                Checks.argument(!checked.contains(field), "pls fields must not repeat but "
                        + field.odooName() + " appears twice in " + fields);
                checked.add(field);
            }
            this.fields.clear();
            this.fields.addAll(checked);
            return this;
        }

        /**
         * Replaces the scored fields with those of an Odoo {@code crm.pls_fields} parameter value such as
         * {@code "country_id,state_id,email_state,phone_state,source_id,tag_ids"}; {@code null} or blank means none.
         *
         * @throws IllegalArgumentException if a name is not one of the fields Odoo offers, or repeats
         */
        public Builder fieldsFromOdooParameter(String plsFields) {
            if (plsFields == null || plsFields.isBlank()) {
                return fields(List.of());
            }
            return fields(Arrays.stream(plsFields.split(",")).map(PlsField::ofOdooName).toList());
        }

        /** Adds stages; ids must be unique. */
        public Builder stages(OdooStage... stages) {
            for (OdooStage stage : Checks.nonNull(stages, "stages")) {
                stage(stage);
            }
            return this;
        }

        /** Adds one stage; its id must not be taken. */
        public Builder stage(OdooStage stage) {
            Checks.nonNull(stage, "stage");
            Checks.argument(!stages.containsKey(stage.id()),
                    "stage ids must be unique but " + stage.id() + " is already " + stages.get(stage.id()));
            stages.put(stage.id(), stage);
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalStateException if no stage was given
         */
        public OdooPlsConfig build() {
            if (stages.isEmpty()) {
                throw new IllegalStateException("an Odoo PLS configuration needs the pipeline's stages but none was given");
            }
            return new OdooPlsConfig(this);
        }
    }
}
