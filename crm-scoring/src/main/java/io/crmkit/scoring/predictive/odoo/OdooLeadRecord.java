package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code crm.lead} with the data predictive lead scoring reads. Immutable; build it with {@link #pending},
 * {@link #won} or {@link #lost} and the {@code with...} methods.
 *
 * <p>Values are given as Odoo stores them in {@code crm.lead.scoring.frequency.value}: {@code str(id)} of the record
 * for many-to-one fields (country, state, source, language), the selection key ({@code correct} or
 * {@code incorrect}) for {@code email_state} and {@code phone_state}, and the tag ids as strings. A host without Odoo
 * ids may use any stable code, as long as it uses the same code everywhere.
 *
 * @param id      the lead's id (Odoo's {@code crm.lead} id)
 * @param teamId  its sales team, empty for none
 * @param stageId its stage, empty for none (Odoo then scores it 0)
 * @param status  Odoo's {@code won_status}: pending, won or lost (an archived lead with probability 0)
 * @param values  the values of the scored fields other than tags; an absent field is unset
 * @param tagIds  its tags, in the order the host reads them, without repetition
 */
public record OdooLeadRecord(long id, Optional<Long> teamId, Optional<Long> stageId, Status status,
                             Map<PlsField, String> values, List<String> tagIds) {

    /** Odoo's {@code won_status} of a lead. */
    public enum Status {
        /** Neither won nor lost: the leads Odoo scores. */
        PENDING,
        /** Won ({@code probability = 100}, a won stage): counted as won in every stage. */
        WON,
        /** Lost (archived with {@code probability = 0}): counted as lost in its stage and every earlier one. */
        LOST
    }

    private static final Set<String> QUALITY_VALUES = Set.of("correct", "incorrect");

    public OdooLeadRecord {
        Checks.positiveId(id, "lead id");
        Checks.nonNull(teamId, "team id of lead " + id);
        teamId.ifPresent(team -> Checks.positiveId(team, "team id of lead " + id));
        Checks.nonNull(stageId, "stage id of lead " + id);
        stageId.ifPresent(stage -> Checks.positiveId(stage, "stage id of lead " + id));
        Checks.nonNull(status, "status of lead " + id);
        Checks.nonNull(values, "values of lead " + id);
        EnumMap<PlsField, String> checked = new EnumMap<>(PlsField.class);
        values.forEach((field, value) -> {
            Checks.nonNull(field, "field of lead " + id);
            Checks.argument(field != PlsField.TAG_IDS,
                    "tags of lead " + id + " go in tagIds, not in values, but values had tag_ids = '" + value + "'");
            Checks.nonBlank(value, field.odooName() + " of lead " + id);
            if (field.unsetCountsAsFalse()) {
                Checks.argument(QUALITY_VALUES.contains(value), field.odooName() + " of lead " + id
                        + " must be 'correct' or 'incorrect' (or unset) but was '" + value + "'");
            }
            checked.put(field, value);
        });
        values = checked.isEmpty() ? Map.of() : Collections.unmodifiableMap(checked);
        Checks.nonNull(tagIds, "tag ids of lead " + id);
        Set<String> seen = new HashSet<>();
        for (String tag : tagIds) {
            Checks.nonBlank(tag, "tag id of lead " + id);
            Checks.argument(seen.add(tag), "tag ids of lead " + id + " must not repeat but '" + tag
                    + "' appears twice in " + tagIds);
        }
        tagIds = List.copyOf(tagIds);
    }

    /** A pending lead without team, stage, values or tags. */
    public static OdooLeadRecord pending(long id) {
        return new OdooLeadRecord(id, Optional.empty(), Optional.empty(), Status.PENDING, Map.of(), List.of());
    }

    /** A won lead without team, stage, values or tags. */
    public static OdooLeadRecord won(long id) {
        return pending(id).withStatus(Status.WON);
    }

    /** A lost lead without team, stage, values or tags. */
    public static OdooLeadRecord lost(long id) {
        return pending(id).withStatus(Status.LOST);
    }

    /** This lead in sales team {@code teamId}. */
    public OdooLeadRecord inTeam(long teamId) {
        return new OdooLeadRecord(id, Optional.of(teamId), stageId, status, values, tagIds);
    }

    /** This lead without sales team. */
    public OdooLeadRecord withoutTeam() {
        return new OdooLeadRecord(id, Optional.empty(), stageId, status, values, tagIds);
    }

    /** This lead at stage {@code stageId}. */
    public OdooLeadRecord atStage(long stageId) {
        return new OdooLeadRecord(id, teamId, Optional.of(stageId), status, values, tagIds);
    }

    /** This lead without stage. */
    public OdooLeadRecord withoutStage() {
        return new OdooLeadRecord(id, teamId, Optional.empty(), status, values, tagIds);
    }

    /** This lead with another status. */
    public OdooLeadRecord withStatus(Status status) {
        return new OdooLeadRecord(id, teamId, stageId, status, values, tagIds);
    }

    /** This lead with {@code field} set to {@code value} (for tags use {@link #withTags}). */
    public OdooLeadRecord with(PlsField field, String value) {
        Checks.nonNull(field, "field of lead " + id);
        Map<PlsField, String> changed = new EnumMap<>(PlsField.class);
        changed.putAll(values);
        changed.put(field, value);
        return new OdooLeadRecord(id, teamId, stageId, status, changed, tagIds);
    }

    /** This lead with {@code field} unset. */
    public OdooLeadRecord without(PlsField field) {
        Map<PlsField, String> changed = new EnumMap<>(PlsField.class);
        changed.putAll(values);
        changed.remove(field);
        return new OdooLeadRecord(id, teamId, stageId, status, changed, tagIds);
    }

    /** This lead with exactly these tags. */
    public OdooLeadRecord withTags(String... tagIds) {
        return new OdooLeadRecord(id, teamId, stageId, status, values,
                new ArrayList<>(Arrays.asList(Checks.nonNull(tagIds, "tag ids of lead " + id))));
    }

    /** The value of {@code field}, empty if unset (tags: see {@link #tagIds()}). */
    public Optional<String> value(PlsField field) {
        return Optional.ofNullable(values.get(field));
    }
}
