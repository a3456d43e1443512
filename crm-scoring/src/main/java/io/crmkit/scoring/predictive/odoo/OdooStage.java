package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

/**
 * A {@code crm.stage} as predictive lead scoring sees it.
 *
 * @param id           the stage's record id
 * @param sequence     its {@code sequence}; stages are ordered by sequence, then id ({@code order='sequence, id'})
 * @param won          whether it is a won stage ({@code is_won}); a lead in a won stage scores 100
 * @param teamSpecific whether the stage belongs to one sales team; the first stage <em>not</em> specific to a team
 *                     gives each team's won and lost totals
 */
public record OdooStage(long id, int sequence, boolean won, boolean teamSpecific) {

    public OdooStage {
        Checks.positiveId(id, "stage id");
    }

    /** An ordinary stage shared by every team. */
    public static OdooStage of(long id, int sequence) {
        return new OdooStage(id, sequence, false, false);
    }

    /** A won stage ({@code is_won}) shared by every team. */
    public static OdooStage wonStage(long id, int sequence) {
        return new OdooStage(id, sequence, true, false);
    }

    /** This stage, restricted to one sales team. */
    public OdooStage specificToATeam() {
        return new OdooStage(id, sequence, won, true);
    }
}
