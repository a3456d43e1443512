package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The lead fields Odoo offers for predictive lead scoring: the {@code crm.lead.scoring.frequency.field} records of
 * {@code addons/crm/data/crm_lead_prediction_data.xml}. The stage is not among them: Odoo always uses it.
 */
public enum PlsField {
    /** {@code country_id}: the lead's country. */
    COUNTRY_ID("country_id", "country_id"),
    /** {@code state_id}: the lead's federal state. */
    STATE_ID("state_id", "state_id"),
    /** {@code phone_state}: Odoo's phone quality, {@code correct} or {@code incorrect}; unset counts as {@code False}. */
    PHONE_STATE("phone_state", "phone_state"),
    /** {@code email_state}: Odoo's email quality, {@code correct} or {@code incorrect}; unset counts as {@code False}. */
    EMAIL_STATE("email_state", "email_state"),
    /** {@code source_id}: the UTM source. */
    SOURCE_ID("source_id", "source_id"),
    /** {@code lang_id}: the lead's language. */
    LANG_ID("lang_id", "lang_id"),
    /** {@code tag_ids}: the lead's tags, one frequency per tag under the variable {@code tag_id}. */
    TAG_IDS("tag_ids", "tag_id");

    /** The frequency-table variable Odoo uses for the stage. */
    public static final String STAGE_VARIABLE = "stage_id";

    private final String odooName;
    private final String variable;

    PlsField(String odooName, String variable) {
        this.odooName = odooName;
        this.variable = variable;
    }

    /** The field's name on {@code crm.lead}, as written in the {@code crm.pls_fields} parameter. */
    public String odooName() {
        return odooName;
    }

    /** The {@code variable} column of {@code crm.lead.scoring.frequency} rows for this field. */
    public String variable() {
        return variable;
    }

    /** Whether Odoo counts an unset value of this field as the value {@code "False"} instead of ignoring it. */
    boolean unsetCountsAsFalse() {
        return this == EMAIL_STATE || this == PHONE_STATE;
    }

    /**
     * The field named {@code odooName} in Odoo's {@code crm.pls_fields} parameter.
     *
     * @throws IllegalArgumentException if Odoo does not offer a field of that name for scoring
     */
    public static PlsField ofOdooName(String odooName) {
        Checks.nonNull(odooName, "pls field");
        for (PlsField field : values()) {
            if (field.odooName.equals(odooName.strip())) {
                return field;
            }
        }
        throw new IllegalArgumentException("pls field must be one of "
                + Arrays.stream(values()).map(PlsField::odooName).collect(Collectors.joining(", "))
                + " but was '" + odooName + "'");
    }

    /** Whether {@code variable} names a frequency-table variable: {@code stage_id} or one of the fields' variables. */
    static boolean isVariable(String variable) {
        return STAGE_VARIABLE.equals(variable) || Arrays.stream(values()).anyMatch(f -> f.variable.equals(variable));
    }
}
