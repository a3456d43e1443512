package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import io.crmkit.scoring.predictive.odoo.OdooLeadRecord.Status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Odoo's {@code crm.lead.scoring.frequency} table: per sales team (or no team), per variable and value, the smoothed
 * won and lost counts of closed leads. Immutable: every change returns a new table.
 *
 * <p>Rows keep their creation order (Odoo's row ids), because Odoo sums them in {@code team_id, id} order and
 * floating-point sums depend on the order.
 *
 * <h2>Counting rules</h2>
 * (from {@code _pls_prepare_frequencies} and {@code _pls_update_frequency_table} in {@code addons/crm/models/crm_lead.py},
 * odoo/odoo 694f48a)
 * <ul>
 *   <li>A won lead counts as won for every field value it has and in <em>every</em> stage of the pipeline:
 *       {@code if won_count: stages_to_increment = [stage['id'] for stage in stage_ids]}.</li>
 *   <li>A lost lead counts as lost for every field value it has and in its stage and every stage whose sequence is
 *       not greater: {@code [stage['id'] for stage in stage_ids if stage['sequence'] <= current_stage_sequence]}
 *       (stages of every team included, won stages included).</li>
 *   <li>Unset values are not counted, except {@code email_state} and {@code phone_state}, whose unset value counts
 *       as {@code "False"}: {@code if value or field in ('email_state', 'phone_state')}.</li>
 *   <li>Each tag counts separately under the variable {@code tag_id}.</li>
 *   <li>A new row gets {@code + 0.1} on both counts: {@code 'won_count': result['won'] + 0.1,
 *       'lost_count': result['lost'] + 0.1} ("should be +1 but it weights too much on small recordset").</li>
 *   <li>Leads are counted in their own team's rows; leads without team in the rows without team
 *       ({@code team_id = 0 means no team_id}).</li>
 * </ul>
 */
public final class FrequencyTable {

    private static final String FALSE = "False";
    /** Team 0 is "no team", as in Odoo ({@code team_id = 0 means no team_id}). */
    static final long NO_TEAM = 0L;
    /** Team ids ascending, no team last: PostgreSQL's {@code ORDER BY team_id ASC} puts NULLs last. */
    static final Comparator<Long> TEAM_ORDER = (a, b) -> a == NO_TEAM ? (b == NO_TEAM ? 0 : 1)
            : b == NO_TEAM ? -1 : Long.compare(a, b);
    private static final Comparator<OdooLeadRecord> ODOO_LEAD_ORDER =
            // crm_lead.py (694f48a), _pls_get_lead_pls_values: query.order = "team_id asc, id desc"
            Comparator.<OdooLeadRecord, Long>comparing(lead -> lead.teamId().orElse(NO_TEAM), TEAM_ORDER)
                    .thenComparing(Comparator.comparingLong(OdooLeadRecord::id).reversed());

    private final OdooPlsConfig config;
    private final List<Frequency> rows;
    private final Map<Key, Integer> index;

    private FrequencyTable(OdooPlsConfig config, List<Frequency> rows) {
        this.config = config;
        this.rows = List.copyOf(rows);
        Map<Key, Integer> byKey = new HashMap<>();
        for (int i = 0; i < this.rows.size(); i++) {
            Frequency row = this.rows.get(i);
            Integer previous = byKey.put(Key.of(row), i);
            if (previous != null) {
                throw new IllegalArgumentException("frequency rows must be unique per team, variable and value but "
                        + this.rows.get(previous) + " and " + row + " share theirs");
            }
        }
        this.index = Map.copyOf(byKey);
    }

    /** A table without rows, as after Odoo's {@code TRUNCATE TABLE crm_lead_scoring_frequency}. */
    public static FrequencyTable empty(OdooPlsConfig config) {
        return new FrequencyTable(Checks.nonNull(config, "config"), List.of());
    }

    /**
     * A table holding existing rows, for example those of an Odoo database's {@code crm_lead_scoring_frequency}
     * table given in {@code id} order.
     *
     * @throws IllegalArgumentException if two rows share team, variable and value
     */
    public static FrequencyTable of(OdooPlsConfig config, List<Frequency> rows) {
        Checks.nonNull(config, "config");
        Checks.nonNull(rows, "rows");
        rows.forEach(row -> Checks.nonNull(row, "frequency row"));
        return new FrequencyTable(config, rows);
    }

    /**
     * The table Odoo's cron rebuilds ({@code _rebuild_pls_frequency_table}) from these leads: the won and lost ones
     * are counted, pending ones ignored.
     *
     * @throws IllegalArgumentException if a lead is at a stage the configuration does not know, or two leads share an id
     */
    public static FrequencyTable rebuild(OdooPlsConfig config, Collection<OdooLeadRecord> leads) {
        Checks.nonNull(config, "config");
        Checks.nonNull(leads, "leads");
        Set<Long> ids = new HashSet<>();
        List<OdooLeadRecord> closed = new ArrayList<>();
        for (OdooLeadRecord lead : leads) {
            Checks.nonNull(lead, "lead");
            Checks.argument(ids.add(lead.id()), "lead ids must be unique but " + lead.id() + " appears twice");
            lead.stageId().ifPresent(stage -> config.requireStage(stage, lead.id()));
            if (lead.status() != Status.PENDING) {
                closed.add(lead);
            }
        }
        closed.sort(ODOO_LEAD_ORDER);
        // team by team (ascending ids, no team last), variables sorted (leads_pls_fields = sorted(leads_pls_fields)),
        // values in the order the leads first show them: the order of Odoo's create(values_to_create), hence of row ids
        Map<Long, Map<String, Map<String, long[]>>> countsByTeam = new TreeMap<>(TEAM_ORDER);
        for (OdooLeadRecord lead : closed) {
            int won = lead.status() == Status.WON ? 1 : 0;
            int lost = lead.status() == Status.LOST ? 1 : 0;
            count(config, lead, won, lost,
                    countsByTeam.computeIfAbsent(lead.teamId().orElse(NO_TEAM), team -> new TreeMap<>()));
        }
        List<Frequency> rows = new ArrayList<>();
        countsByTeam.forEach((team, counts) -> counts.forEach((variable, values) -> values.forEach((value, count) ->
                rows.add(new Frequency(team == NO_TEAM ? Optional.empty() : Optional.of(team), variable, value,
                        count[0] + 0.1, count[1] + 0.1)))));
        return new FrequencyTable(config, rows);
    }

    /**
     * This table after {@code lead} reached {@code outcome}: Odoo's live increment ({@code _pls_increment_frequencies
     * (to_state=...)}), which {@code crm.lead.write} runs <em>before</em> writing, so pass the lead as it was just
     * before it was won or lost (its own status is not read).
     *
     * <p>Which writes count as reaching or leaving won and lost differs between Odoo versions
     * ({@code _handle_won_lost}, {@code won_status}); the host decides and calls this and {@link #withLeft}.
     *
     * @param outcome {@link Status#WON} or {@link Status#LOST}
     */
    public FrequencyTable withReached(OdooLeadRecord lead, Status outcome) {
        return incremented(lead, outcome, 1);
    }

    /**
     * This table after {@code lead} left {@code outcome}, for example a lost lead restored: Odoo's live decrement
     * ({@code _pls_increment_frequencies(from_state=...)}), with Odoo's quirks kept: a count that would fall to 0 or
     * below becomes 0.1 ({@code new_won if new_won > 0 else 0.1}), and a row that does not exist is created as if the
     * lead had reached the outcome ({@code result['won'] + 0.1}, whatever the step).
     *
     * @param outcome {@link Status#WON} or {@link Status#LOST}
     */
    public FrequencyTable withLeft(OdooLeadRecord lead, Status outcome) {
        return incremented(lead, outcome, -1);
    }

    private FrequencyTable incremented(OdooLeadRecord lead, Status outcome, int step) {
        Checks.nonNull(lead, "lead");
        Checks.nonNull(outcome, "outcome");
        Checks.argument(outcome != Status.PENDING, "outcome must be WON or LOST but was PENDING");
        lead.stageId().ifPresent(stage -> config.requireStage(stage, lead.id()));
        int won = outcome == Status.WON ? 1 : 0;
        int lost = outcome == Status.LOST ? 1 : 0;
        Map<String, Map<String, long[]>> counts = new TreeMap<>();
        count(config, lead, won, lost, counts);
        Optional<Long> team = lead.teamId();
        List<Frequency> changed = new ArrayList<>(rows);
        counts.forEach((variable, values) -> values.forEach((value, count) -> {
            Integer at = index.get(new Key(team.orElse(NO_TEAM), variable, value));
            if (at == null) {
                changed.add(new Frequency(team, variable, value, count[0] + 0.1, count[1] + 0.1));
            } else {
                Frequency current = rows.get(at);
                double newWon = current.wonCount() + count[0] * step;
                double newLost = current.lostCount() + count[1] * step;
                changed.set(at, new Frequency(team, variable, value, newWon > 0 ? newWon : 0.1, newLost > 0 ? newLost : 0.1));
            }
        }));
        return new FrequencyTable(config, changed);
    }

    /** Adds one closed lead's counts into {@code counts} (variable, then value, then {won, lost}). */
    private static void count(OdooPlsConfig config, OdooLeadRecord lead, int won, int lost,
                              Map<String, Map<String, long[]>> counts) {
        // tags first: _pls_prepare_update_frequency_table appends a lead's tag entries before its other values
        if (config.scores(PlsField.TAG_IDS)) {
            lead.tagIds().forEach(tag -> add(counts, PlsField.TAG_IDS.variable(), tag, won, lost));
        }
        lead.stageId().ifPresent(stageId -> {
            OdooStage stage = config.requireStage(stageId, lead.id());
            for (OdooStage counted : config.stages()) {
                if (won > 0 || counted.sequence() <= stage.sequence()) {
                    add(counts, PlsField.STAGE_VARIABLE, Long.toString(counted.id()), won, lost);
                }
            }
        });
        for (PlsField field : config.fields()) {
            if (field == PlsField.TAG_IDS) {
                continue;
            }
            Optional<String> value = lead.value(field);
            if (value.isPresent()) {
                add(counts, field.variable(), value.get(), won, lost);
            } else if (field.unsetCountsAsFalse()) {
                add(counts, field.variable(), FALSE, won, lost);
            }
        }
    }

    private static void add(Map<String, Map<String, long[]>> counts, String variable, String value, int won, int lost) {
        long[] count = counts.computeIfAbsent(variable, v -> new LinkedHashMap<>()).computeIfAbsent(value, v -> new long[2]);
        count[0] += won;
        count[1] += lost;
    }

    /** The configuration the table was built with. */
    public OdooPlsConfig config() {
        return config;
    }

    /** The rows, in creation (Odoo id) order. */
    public List<Frequency> rows() {
        return rows;
    }

    /** The row of that team (empty: no team), variable and value. */
    public Optional<Frequency> find(Optional<Long> teamId, String variable, String value) {
        Checks.nonNull(teamId, "team id");
        Integer at = index.get(new Key(teamId.orElse(NO_TEAM), Checks.nonNull(variable, "variable"), Checks.nonNull(value, "value")));
        return at == null ? Optional.empty() : Optional.of(rows.get(at));
    }

    /** The stage row of that team (empty: no team) and stage. */
    public Optional<Frequency> findStage(Optional<Long> teamId, long stageId) {
        return find(teamId, PlsField.STAGE_VARIABLE, Long.toString(stageId));
    }

    /** The row of that team (empty: no team), field and value; for an unset email or phone quality pass "False". */
    public Optional<Frequency> find(Optional<Long> teamId, PlsField field, String value) {
        return find(teamId, Checks.nonNull(field, "field").variable(), value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrequencyTable that && config.equals(that.config) && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return 31 * config.hashCode() + rows.hashCode();
    }

    @Override
    public String toString() {
        return "FrequencyTable[" + rows.size() + " rows]";
    }

    private record Key(long team, String variable, String value) {
        static Key of(Frequency row) {
            return new Key(row.teamId().orElse(NO_TEAM), row.variable(), row.value());
        }
    }
}
