package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import java.util.Optional;

/**
 * One row of Odoo's {@code crm.lead.scoring.frequency} table: how many won and lost leads of a team had a value.
 * Counts carry Odoo's smoothing (a row is created with {@code + 0.1} on both counts) and are kept, as in Odoo's
 * {@code numeric(16, 1)} columns, to one decimal.
 *
 * @param teamId    the sales team, empty for leads without team
 * @param variable  {@code stage_id}, {@code tag_id} or a {@link PlsField#variable() field variable}
 * @param value     the value, as Odoo's {@code str(value)} (stage and record ids as decimal strings,
 *                  {@code "False"} for an unset email or phone quality)
 * @param wonCount  the won count, at least 0
 * @param lostCount the lost count, at least 0
 */
public record Frequency(Optional<Long> teamId, String variable, String value, double wonCount, double lostCount) {

    public Frequency {
        Checks.nonNull(teamId, "team id");
        teamId.ifPresent(team -> Checks.positiveId(team, "team id"));
        Checks.nonBlank(variable, "variable");
        Checks.argument(PlsField.isVariable(variable), "variable must be stage_id or the variable of a pls field "
                + "(country_id, state_id, phone_state, email_state, source_id, lang_id, tag_id) but was '" + variable + "'");
        Checks.nonBlank(value, "value of " + variable);
        Checks.argument(Double.isFinite(wonCount) && wonCount >= 0,
                "won count of " + variable + " = " + value + " must be a finite number >= 0 but was " + wonCount);
        Checks.argument(Double.isFinite(lostCount) && lostCount >= 0,
                "lost count of " + variable + " = " + value + " must be a finite number >= 0 but was " + lostCount);
        wonCount = OdooNumbers.storedCount(wonCount);
        lostCount = OdooNumbers.storedCount(lostCount);
    }

    /** A row of a team's table. */
    public static Frequency of(long teamId, String variable, String value, double wonCount, double lostCount) {
        return new Frequency(Optional.of(teamId), variable, value, wonCount, lostCount);
    }

    /** A row of the table of leads without team. */
    public static Frequency withoutTeam(String variable, String value, double wonCount, double lostCount) {
        return new Frequency(Optional.empty(), variable, value, wonCount, lostCount);
    }
}
