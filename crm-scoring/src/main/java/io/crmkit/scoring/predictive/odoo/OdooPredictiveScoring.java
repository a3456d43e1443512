package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Scores leads exactly as Odoo's {@code _pls_get_naive_bayes_probabilities} does, from one {@link FrequencyTable}.
 * Immutable and thread-safe.
 *
 * <h2>The computation</h2>
 * (quotes from {@code addons/crm/models/crm_lead.py}, odoo/odoo 694f48a)
 * <ol>
 *   <li>A lead without stage scores 0, a lead in a won stage 100.</li>
 *   <li>The lead's variables are its stage, its set values of the configured fields (an unset email or phone quality
 *       is the value {@code "False"}) and each tag.</li>
 *   <li>Team fallback: if the lead's team has at least one row for one of those variables, its team's rows are used;
 *       otherwise (also for a lead without team) the rows of all teams and of "no team" are summed per value:
 *       {@code for lead for which team_id is not in frequency table or lead with no team_id, we consider all the
 *       records, independently from team_id (this is why we add a result[-1])}.</li>
 *   <li>Tag rows with fewer than 50 won and lost together are ignored: {@code if field == 'tag_id' and
 *       (frequency['won_count'] + frequency['lost_count']) < 50: continue}.</li>
 *   <li>The team's won and lost totals are the counts of the first stage not specific to a team
 *       ({@code _pls_get_won_lost_total_count}); if that row is missing or a total is 0 Odoo computes nothing.</li>
 *   <li>Prior: {@code p_won = team_won / team_total}, {@code p_lost = team_lost / team_total}.</li>
 *   <li>For each variable value found in the rows, {@code s_lead_won *= value_result['won'] / total_won} and
 *       {@code s_lead_lost *= value_result['lost'] / total_lost}, where the totals are the team totals for the stage
 *       and the sum of the variable's rows otherwise; a variable whose total is 0 is skipped.</li>
 *   <li>{@code probability = s_lead_won / (s_lead_won + s_lead_lost)};
 *       {@code min(max(round(100 * probability, 2), 0.01), 99.99)}, with Python's {@code round} (half-even on the
 *       exact binary value).</li>
 * </ol>
 * Sums and products are done in Odoo's order (rows by team then id; factors stage first, then the fields in
 * {@code crm.pls_fields} order, then tags) on counts held as Odoo's {@code numeric(16, 1)} column holds them, so for
 * the same rows the doubles are Odoo's; this matters because a probability of exactly x.xx5 on paper often is not
 * one in doubles (see the tests). Odoo's ORM cache may hold a freshly written count one unit in the last place away
 * from the stored decimal, which could only matter within about 1e-13 of a rounding boundary.
 *
 * <p>This scores each lead on its own, as Odoo does when a lead is created or edited. Odoo's cron scores leads in
 * batches and then differs in two corner cases: a team counts as "in the frequency table" when it has a row for a
 * variable of <em>any</em> lead of the batch; and, in 694f48a, when a team's totals are missing or 0 only the first
 * of its leads in the batch is skipped: the code caches the team before its {@code continue}, so the team's next leads
 * are scored with the prior {@code p_won, p_lost} left by the previous team of the batch (1 and 1 if none) and the
 * team's own field rows. Here every lead of such a team is {@link OdooScore.NotComputable}.
 */
public final class OdooPredictiveScoring {

    private static final long ALL_TEAMS = -1L;
    private static final String FALSE = "False";

    private final FrequencyTable table;
    private final ConcurrentMap<Set<String>, Tally> tallies = new ConcurrentHashMap<>();

    private OdooPredictiveScoring(FrequencyTable table) {
        this.table = table;
    }

    /** Scoring from {@code table} (and the configuration it was built with). */
    public static OdooPredictiveScoring of(FrequencyTable table) {
        return new OdooPredictiveScoring(Checks.nonNull(table, "table"));
    }

    /** The table scores are computed from. */
    public FrequencyTable table() {
        return table;
    }

    /** The scores of these leads, by lead id, in their order. */
    public Map<Long, OdooScore> scoreAll(Collection<OdooLeadRecord> leads) {
        Checks.nonNull(leads, "leads");
        Map<Long, OdooScore> scores = new LinkedHashMap<>();
        for (OdooLeadRecord lead : leads) {
            scores.put(Checks.nonNull(lead, "lead").id(), score(lead));
        }
        return Collections.unmodifiableMap(scores);
    }

    /**
     * The automated probability Odoo computes for {@code lead}. Odoo's cron writes it only for active pending
     * leads; the lead's status is not read here.
     *
     * @throws IllegalArgumentException if the lead is at a stage the configuration does not know
     */
    public OdooScore score(OdooLeadRecord lead) {
        Checks.nonNull(lead, "lead");
        OdooPlsConfig config = table.config();
        if (lead.stageId().isEmpty()) {
            return new OdooScore.WithoutStage();
        }
        OdooStage stage = config.requireStage(lead.stageId().get(), lead.id());
        if (stage.won()) {
            return new OdooScore.InWonStage(stage.id());
        }
        List<String[]> values = variablesOf(lead, stage, config);
        Set<String> variables = new LinkedHashSet<>();
        values.forEach(value -> variables.add(value[0]));
        Tally tally = tallies.computeIfAbsent(Set.copyOf(variables), this::tally);

        long team = lead.teamId().filter(tally.teams::contains).orElse(ALL_TEAMS);
        String whose = team == ALL_TEAMS ? "all teams" : "team " + team;
        Optional<OdooStage> first = config.firstSharedStage();
        if (first.isEmpty()) {
            return new OdooScore.NotComputable("no stage is shared by all teams, so Odoo finds no first stage to take "
                    + whose + "'s won and lost totals from");
        }
        Map<String, FieldResult> result = tally.results.get(team);
        double[] firstStage = result.get(PlsField.STAGE_VARIABLE).values.get(Long.toString(first.get().id()));
        if (firstStage == null) {
            return new OdooScore.NotComputable(whose + " has no frequency for stage " + first.get().id()
                    + ", the first stage shared by all teams, which gives its won and lost totals");
        }
        double teamWon = firstStage[0];
        double teamLost = firstStage[1];
        if (teamWon == 0 || teamLost == 0) {
            return new OdooScore.NotComputable(whose + " has won count " + teamWon + " and lost count " + teamLost
                    + " at stage " + first.get().id() + "; Odoo needs both above 0");
        }
        double teamTotal = teamWon + teamLost;
        double sWon = teamWon / teamTotal;
        double sLost = teamLost / teamTotal;
        for (String[] value : values) {
            FieldResult field = result.get(value[0]);
            double[] counts = field.values.get(value[1]);
            if (counts == null) {
                continue;
            }
            boolean isStage = PlsField.STAGE_VARIABLE.equals(value[0]);
            double totalWon = isStage ? teamWon : field.wonTotal;
            double totalLost = isStage ? teamLost : field.lostTotal;
            if (totalWon == 0 || totalLost == 0) {
                continue;
            }
            sWon *= counts[0] / totalWon;
            sLost *= counts[1] / totalLost;
        }
        if (sWon + sLost == 0) {
            return new OdooScore.NotComputable("both naive Bayes scores of lead " + lead.id() + " are 0 with " + whose
                    + "'s frequencies (a row with won and lost counts of 0); Odoo raises ZeroDivisionError here");
        }
        double probability = sWon / (sWon + sLost);
        double percent = Math.min(Math.max(OdooNumbers.pythonRound2(100 * probability), 0.01), 99.99);
        return new OdooScore.Computed(percent, team == ALL_TEAMS ? Optional.empty() : Optional.of(team));
    }

    /**
     * The lead's (variable, value) couples in Odoo's order ({@code _pls_get_lead_pls_values} without domain):
     * {@code pls_fields = ["stage_id", "team_id"] + self._pls_get_safe_fields()}, tags last.
     */
    private static List<String[]> variablesOf(OdooLeadRecord lead, OdooStage stage, OdooPlsConfig config) {
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {PlsField.STAGE_VARIABLE, Long.toString(stage.id())});
        for (PlsField field : config.fields()) {
            if (field == PlsField.TAG_IDS) {
                continue;
            }
            Optional<String> value = lead.value(field);
            if (value.isPresent()) {
                values.add(new String[] {field.variable(), value.get()});
            } else if (field.unsetCountsAsFalse()) {
                values.add(new String[] {field.variable(), FALSE});
            }
        }
        if (config.scores(PlsField.TAG_IDS)) {
            lead.tagIds().forEach(tag -> values.add(new String[] {PlsField.TAG_IDS.variable(), tag}));
        }
        return values;
    }

    /** Odoo's {@code result} dict for leads whose variables are {@code variables}. */
    private Tally tally(Set<String> variables) {
        List<Frequency> rows = new ArrayList<>();
        for (Frequency row : table.rows()) {
            if (variables.contains(row.variable())) {
                rows.add(row);
            }
        }
        // frequencies = ...search([('variable', 'in', list(leads_fields))], order="team_id asc, id")
        rows.sort(Comparator.comparing(row -> row.teamId().orElse(FrequencyTable.NO_TEAM), FrequencyTable.TEAM_ORDER));
        Set<Long> teams = new LinkedHashSet<>();
        rows.forEach(row -> row.teamId().ifPresent(teams::add));
        Map<Long, Map<String, FieldResult>> results = new HashMap<>();
        for (long team : teams) {
            results.put(team, fieldResults(variables));
        }
        results.put(ALL_TEAMS, fieldResults(variables));
        for (Frequency row : rows) {
            if (PlsField.TAG_IDS.variable().equals(row.variable()) && row.wonCount() + row.lostCount() < 50) {
                continue;
            }
            if (row.teamId().isPresent()) {
                FieldResult field = results.get(row.teamId().get()).get(row.variable());
                field.values.put(row.value(), new double[] {row.wonCount(), row.lostCount()});
                field.wonTotal += row.wonCount();
                field.lostTotal += row.lostCount();
            }
            FieldResult all = results.get(ALL_TEAMS).get(row.variable());
            double[] summed = all.values.computeIfAbsent(row.value(), value -> new double[2]);
            summed[0] += row.wonCount();
            summed[1] += row.lostCount();
            all.wonTotal += row.wonCount();
            all.lostTotal += row.lostCount();
        }
        return new Tally(Set.copyOf(teams), results);
    }

    private static Map<String, FieldResult> fieldResults(Set<String> variables) {
        Map<String, FieldResult> fields = new HashMap<>();
        variables.forEach(variable -> fields.put(variable, new FieldResult()));
        return fields;
    }

    private record Tally(Set<Long> teams, Map<Long, Map<String, FieldResult>> results) {
    }

    private static final class FieldResult {
        final Map<String, double[]> values = new HashMap<>();
        double wonTotal;
        double lostTotal;
    }

    @Override
    public String toString() {
        return "OdooPredictiveScoring[" + table + "]";
    }
}
