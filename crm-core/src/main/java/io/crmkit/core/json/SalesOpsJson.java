package io.crmkit.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.assignment.AssignmentRule;
import io.crmkit.core.assignment.AssignmentRules;
import io.crmkit.core.assignment.Criterion;
import io.crmkit.core.assignment.Distribution;
import io.crmkit.core.assignment.Member;
import io.crmkit.core.assignment.Target;
import io.crmkit.core.assignment.Team;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.party.Tier;
import io.crmkit.core.playbook.AlertRules;
import io.crmkit.core.playbook.Playbook;
import io.crmkit.core.playbook.TaskTemplate;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.UserId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import static io.crmkit.core.json.JsonFields.array;
import static io.crmkit.core.json.JsonFields.enumValue;
import static io.crmkit.core.json.JsonFields.flag;
import static io.crmkit.core.json.JsonFields.integer;
import static io.crmkit.core.json.JsonFields.isObject;
import static io.crmkit.core.json.JsonFields.number;
import static io.crmkit.core.json.JsonFields.text;
import static io.crmkit.core.json.JsonFields.texts;
import static io.crmkit.core.json.JsonFields.type;
import static io.crmkit.core.json.JsonFields.unknownFields;
import static io.crmkit.core.json.JsonFields.uuid;

/**
 * Reads the sales-operations configuration from JSON with the same validation as the builders: public-pool rules,
 * assignment rules with their teams, alert rules and stage playbooks. Every problem is reported at once with its
 * JSON path, as an {@link InvalidConfigurationException}. The formats:
 * <pre>{@code
 * pool:       {"name": "east", "followUpDays": 15, "followUpDaysByTier": {"GOLD": 30}, "extensionDaysPerActivity": 3,
 *              "maxProtectionDays": 30, "winWithinDays": 90, "reminderDaysBefore": 2, "dailyClaimCap": 5,
 *              "holdingCap": 50, "wonCountTowardsHolding": false, "cooldownDays": 7}
 * assignment: {"teams": [{"id": "emea", "distribution": "LOAD_BALANCED", "members": [{"user": "<uuid>",
 *                "monthlyCapacity": 44, "skills": ["crm"], "weight": 1, "active": true,
 *                "leave": [{"from": "2026-03-01", "to": "2026-03-05"}]}]}],
 *              "rules": [{"id": "big", "when": {"size": ["ENTERPRISE"], "minScore": 60}, "user": "<uuid>"},
 *                        {"id": "emea", "when": {"region": ["emea"]}, "team": "emea"}]}
 * alerts:     {"staleAfterDays": 14, "closeDatePassed": true, "stuckFactor": 2.0}
 * playbook:   {"pipeline": "<uuid>", "stages": {"discovery": [{"type": "MEETING", "subject": "Discovery call",
 *              "dueAfterDays": 2}]}}
 * }</pre>
 * Criteria in {@code when}: {@code region}, {@code industry}, {@code productInterest}, {@code grade} (lists of text),
 * {@code size} ({@link SizeBand} names), {@code channel} ({@link SourceChannel} names), {@code minScore} (a number).
 * Stateless and thread-safe.
 */
public final class SalesOpsJson {

    private static final Set<String> POOL_FIELDS = Set.of("name", "followUpDays", "followUpDaysByTier", "extensionDaysPerActivity",
            "maxProtectionDays", "winWithinDays", "reminderDaysBefore", "dailyClaimCap", "holdingCap", "wonCountTowardsHolding",
            "cooldownDays");
    private static final Set<String> ASSIGNMENT_FIELDS = Set.of("teams", "rules");
    private static final Set<String> TEAM_FIELDS = Set.of("id", "distribution", "members");
    private static final Set<String> MEMBER_FIELDS = Set.of("user", "active", "leave", "monthlyCapacity", "skills", "weight");
    private static final Set<String> LEAVE_FIELDS = Set.of("from", "to");
    private static final Set<String> RULE_FIELDS = Set.of("id", "when", "user", "team");
    private static final Set<String> WHEN_FIELDS = Set.of("region", "industry", "size", "channel", "productInterest", "minScore", "grade");
    private static final Set<String> ALERT_FIELDS = Set.of("staleAfterDays", "closeDatePassed", "stuckFactor");
    private static final Set<String> PLAYBOOK_FIELDS = Set.of("pipeline", "stages");
    private static final Set<String> TASK_FIELDS = Set.of("type", "subject", "dueAfterDays");

    private SalesOpsJson() {
    }

    /** Reads public-pool rules; limits that are absent are off. */
    public static PoolRules readPoolRules(String json) {
        JsonNode root = JsonFields.object(Require.nonNull(json, "json"), "pool rules JSON");
        List<String> problems = new ArrayList<>();
        unknownFields(root, POOL_FIELDS, "$", problems);
        Optional<String> name = text(root, "name", "$", problems, true);
        Optional<Integer> followUp = integer(root, "followUpDays", "$", problems, true);
        Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
        JsonNode tiers = root.get("followUpDaysByTier");
        if (tiers != null && !tiers.isNull() && isObject(tiers, "$.followUpDaysByTier", problems)) {
            for (Iterator<String> it = tiers.fieldNames(); it.hasNext(); ) {
                String tier = it.next();
                Optional<Tier> t = enumOf(Tier.class, tier, "$.followUpDaysByTier." + tier, problems);
                Optional<Integer> days = integer(tiers, tier, "$.followUpDaysByTier", problems, true);
                if (t.isPresent() && days.isPresent() && byTier.put(t.get(), days.get()) != null) {
                    problems.add("$.followUpDaysByTier." + tier + ": tier " + t.get() + " is given twice");
                }
            }
        }
        int extension = integer(root, "extensionDaysPerActivity", "$", problems, false).orElse(0);
        OptionalInt max = optionalInt(integer(root, "maxProtectionDays", "$", problems, false));
        OptionalInt win = optionalInt(integer(root, "winWithinDays", "$", problems, false));
        int reminder = integer(root, "reminderDaysBefore", "$", problems, false).orElse(0);
        int daily = integer(root, "dailyClaimCap", "$", problems, false).orElse(Integer.MAX_VALUE);
        int holding = integer(root, "holdingCap", "$", problems, false).orElse(Integer.MAX_VALUE);
        boolean wonCounts = flag(root, "wonCountTowardsHolding", "$", problems).orElse(true);
        int cooldown = integer(root, "cooldownDays", "$", problems, false).orElse(0);
        return build("pool rules '" + name.orElse("?") + "'", problems, () -> new PoolRules(name.orElseThrow(),
                followUp.orElseThrow(), byTier, extension, max, win, reminder, daily, holding, wonCounts, cooldown));
    }

    /** Reads assignment rules and their teams. */
    public static AssignmentRules readAssignmentRules(String json) {
        JsonNode root = JsonFields.object(Require.nonNull(json, "json"), "assignment rules JSON");
        List<String> problems = new ArrayList<>();
        unknownFields(root, ASSIGNMENT_FIELDS, "$", problems);
        Map<String, Team> teams = new LinkedHashMap<>();
        List<JsonNode> teamNodes = array(root, "teams", "$", problems, false);
        for (int i = 0; i < teamNodes.size(); i++) {
            String path = "$.teams[" + i + "]";
            team(teamNodes.get(i), path, problems).ifPresent(t -> {
                if (teams.putIfAbsent(t.id(), t) != null) {
                    problems.add(path + ".id: team '" + t.id() + "' is defined twice");
                }
            });
        }
        List<AssignmentRule> rules = new ArrayList<>();
        List<JsonNode> ruleNodes = array(root, "rules", "$", problems, true);
        for (int i = 0; i < ruleNodes.size(); i++) {
            rule(ruleNodes.get(i), "$.rules[" + i + "]", problems).ifPresent(rules::add);
        }
        return build("assignment rules", problems, () -> new AssignmentRules(rules, teams));
    }

    /** Reads alert rules; absent fields take {@link AlertRules#ofDefaults()}'s values. */
    public static AlertRules readAlertRules(String json) {
        JsonNode root = JsonFields.object(Require.nonNull(json, "json"), "alert rules JSON");
        List<String> problems = new ArrayList<>();
        unknownFields(root, ALERT_FIELDS, "$", problems);
        AlertRules defaults = AlertRules.ofDefaults();
        int stale = integer(root, "staleAfterDays", "$", problems, false).orElse(defaults.staleAfterDays());
        boolean closeDate = flag(root, "closeDatePassed", "$", problems).orElse(defaults.closeDatePassed());
        double stuck = number(root, "stuckFactor", "$", problems).orElse(defaults.stuckFactor());
        return build("alert rules", problems, () -> new AlertRules(stale, closeDate, stuck));
    }

    /** Reads a stage playbook (stage keys are checked against the pipeline when the playbook is used). */
    public static Playbook readPlaybook(String json) {
        JsonNode root = JsonFields.object(Require.nonNull(json, "json"), "playbook JSON");
        List<String> problems = new ArrayList<>();
        unknownFields(root, PLAYBOOK_FIELDS, "$", problems);
        Optional<PipelineId> pipeline = text(root, "pipeline", "$", problems, true)
                .flatMap(s -> uuid(s, "$.pipeline", problems)).map(PipelineId::new);
        Map<String, List<TaskTemplate>> stages = new LinkedHashMap<>();
        JsonNode stagesNode = root.get("stages");
        if (stagesNode == null || stagesNode.isNull()) {
            problems.add("$.stages: is required");
        } else if (isObject(stagesNode, "$.stages", problems)) {
            for (Iterator<String> it = stagesNode.fieldNames(); it.hasNext(); ) {
                String stage = it.next();
                List<TaskTemplate> tasks = new ArrayList<>();
                List<JsonNode> taskNodes = array(stagesNode, stage, "$.stages", problems, true);
                for (int i = 0; i < taskNodes.size(); i++) {
                    task(taskNodes.get(i), "$.stages." + stage + "[" + i + "]", problems).ifPresent(tasks::add);
                }
                stages.put(stage, tasks);
            }
        }
        return build("playbook", problems, () -> new Playbook(pipeline.orElseThrow(), stages));
    }

    private static Optional<Team> team(JsonNode node, String path, List<String> problems) {
        if (!isObject(node, path, problems)) {
            return Optional.empty();
        }
        unknownFields(node, TEAM_FIELDS, path, problems);
        Optional<String> id = text(node, "id", path, problems, true);
        Optional<Distribution> distribution = enumValue(node, "distribution", Distribution.class, path, problems);
        if (node.get("distribution") == null) {
            problems.add(path + ".distribution: is required");
        }
        List<Member> members = new ArrayList<>();
        Set<UserId> seen = new HashSet<>();
        List<JsonNode> memberNodes = array(node, "members", path, problems, true);
        for (int i = 0; i < memberNodes.size(); i++) {
            String memberPath = path + ".members[" + i + "]";
            member(memberNodes.get(i), memberPath, problems).ifPresent(m -> {
                if (!seen.add(m.user())) {
                    problems.add(memberPath + ".user: " + m.user() + " is listed twice");
                }
                members.add(m);
            });
        }
        return attempt(path, problems, () -> new Team(id.orElseThrow(), members, distribution.orElseThrow()));
    }

    private static Optional<Member> member(JsonNode node, String path, List<String> problems) {
        if (!isObject(node, path, problems)) {
            return Optional.empty();
        }
        unknownFields(node, MEMBER_FIELDS, path, problems);
        Optional<UserId> user = text(node, "user", path, problems, true).flatMap(s -> uuid(s, path + ".user", problems)).map(UserId::new);
        boolean active = flag(node, "active", path, problems).orElse(true);
        List<Member.Leave> leave = new ArrayList<>();
        List<JsonNode> leaveNodes = array(node, "leave", path, problems, false);
        for (int i = 0; i < leaveNodes.size(); i++) {
            String leavePath = path + ".leave[" + i + "]";
            JsonNode l = leaveNodes.get(i);
            if (isObject(l, leavePath, problems)) {
                unknownFields(l, LEAVE_FIELDS, leavePath, problems);
                Optional<LocalDate> from = date(l, "from", leavePath, problems);
                Optional<LocalDate> to = date(l, "to", leavePath, problems);
                if (from.isPresent() && to.isPresent()) {
                    attempt(leavePath, problems, () -> new Member.Leave(from.get(), to.get())).ifPresent(leave::add);
                }
            }
        }
        OptionalInt capacity = optionalInt(integer(node, "monthlyCapacity", path, problems, false));
        List<String> skills = texts(node, "skills", path, problems);
        int weight = integer(node, "weight", path, problems, false).orElse(1);
        return attempt(path, problems, () -> new Member(user.orElseThrow(), active, leave, capacity, Set.copyOf(skills), weight));
    }

    private static Optional<AssignmentRule> rule(JsonNode node, String path, List<String> problems) {
        if (!isObject(node, path, problems)) {
            return Optional.empty();
        }
        unknownFields(node, RULE_FIELDS, path, problems);
        Optional<String> id = text(node, "id", path, problems, true);
        List<Criterion> criteria = new ArrayList<>();
        JsonNode when = node.get("when");
        if (when != null && !when.isNull() && isObject(when, path + ".when", problems)) {
            criteria(when, path + ".when", problems, criteria);
        }
        Optional<String> user = text(node, "user", path, problems, false);
        Optional<String> team = text(node, "team", path, problems, false);
        Optional<Target> target = Optional.empty();
        if (user.isPresent() == team.isPresent()) {
            problems.add(path + ": must name exactly one of 'user' and 'team'");
        } else if (user.isPresent()) {
            target = uuid(user.get(), path + ".user", problems).map(u -> new Target.User(new UserId(u)));
        } else {
            target = attempt(path + ".team", problems, () -> new Target.Team(team.get()));
        }
        Optional<Target> chosen = target;
        return attempt(path, problems, () -> new AssignmentRule(id.orElseThrow(), criteria, chosen.orElseThrow()));
    }

    private static void criteria(JsonNode when, String path, List<String> problems, List<Criterion> criteria) {
        unknownFields(when, WHEN_FIELDS, path, problems);
        textCriterion(when, "region", path, problems, criteria, Criterion::region);
        textCriterion(when, "industry", path, problems, criteria, Criterion::industry);
        textCriterion(when, "productInterest", path, problems, criteria, Criterion::productInterest);
        textCriterion(when, "grade", path, problems, criteria, Criterion::grade);
        if (when.has("size")) {
            int before = problems.size();
            List<SizeBand> sizes = enums(when, "size", SizeBand.class, path, problems);
            if (problems.size() == before) {
                attempt(path + ".size", problems, () -> Criterion.size(Set.copyOf(sizes))).ifPresent(criteria::add);
            }
        }
        if (when.has("channel")) {
            int before = problems.size();
            List<SourceChannel> channels = enums(when, "channel", SourceChannel.class, path, problems);
            if (problems.size() == before) {
                attempt(path + ".channel", problems, () -> Criterion.channel(Set.copyOf(channels))).ifPresent(criteria::add);
            }
        }
        number(when, "minScore", path, problems)
                .flatMap(min -> attempt(path + ".minScore", problems, () -> Criterion.minScore(min))).ifPresent(criteria::add);
    }

    private static void textCriterion(JsonNode when, String field, String path, List<String> problems, List<Criterion> criteria,
                                      java.util.function.Function<Set<String>, Criterion> make) {
        if (when.has(field)) {
            int before = problems.size();
            List<String> values = texts(when, field, path, problems);
            if (problems.size() == before) {
                attempt(path + "." + field, problems, () -> make.apply(Set.copyOf(values))).ifPresent(criteria::add);
            }
        }
    }

    private static <E extends Enum<E>> List<E> enums(JsonNode node, String field, Class<E> type, String path, List<String> problems) {
        List<E> values = new ArrayList<>();
        List<String> names = texts(node, field, path, problems);
        for (int i = 0; i < names.size(); i++) {
            enumOf(type, names.get(i), path + "." + field + "[" + i + "]", problems).ifPresent(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name, String path, List<String> problems) {
        try {
            return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(path + ": must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + " but was '" + name + "'");
            return Optional.empty();
        }
    }

    private static Optional<TaskTemplate> task(JsonNode node, String path, List<String> problems) {
        if (!isObject(node, path, problems)) {
            return Optional.empty();
        }
        unknownFields(node, TASK_FIELDS, path, problems);
        Optional<ActivityType> type = enumValue(node, "type", ActivityType.class, path, problems);
        if (node.get("type") == null) {
            problems.add(path + ".type: is required");
        }
        Optional<String> subject = text(node, "subject", path, problems, true);
        int due = integer(node, "dueAfterDays", path, problems, false).orElse(0);
        return attempt(path, problems, () -> new TaskTemplate(type.orElseThrow(), subject.orElseThrow(), due));
    }

    private static Optional<LocalDate> date(JsonNode node, String field, String path, List<String> problems) {
        Optional<String> text = text(node, field, path, problems, true);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(path + "." + field + ": must be a date like 2026-03-01 but was '" + text.get() + "'");
            return Optional.empty();
        }
    }

    private static OptionalInt optionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * Builds a part from the fields read; a field that was absent or bad (already reported) leaves nothing, and the
     * part's own validation failure becomes a problem at {@code path}.
     */
    private static <T> Optional<T> attempt(String path, List<String> problems, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (java.util.NoSuchElementException missingField) { // a required field was absent or bad: already reported
            return Optional.empty();
        } catch (InvalidConfigurationException e) {
            e.problems().forEach(p -> problems.add(path + "." + p));
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(path + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static <T> T build(String subject, List<String> problems, Supplier<T> make) {
        if (problems.isEmpty()) {
            Optional<T> built = attempt("$", problems, make);
            if (built.isPresent()) {
                return built.get();
            }
        }
        throw new InvalidConfigurationException(subject, problems);
    }
}
