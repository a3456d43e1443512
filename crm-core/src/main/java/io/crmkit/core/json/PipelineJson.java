package io.crmkit.core.json;

import static io.crmkit.core.json.JsonFields.enumValue;
import static io.crmkit.core.json.JsonFields.number;
import static io.crmkit.core.json.JsonFields.text;
import static io.crmkit.core.json.JsonFields.type;
import static io.crmkit.core.json.JsonFields.unknownFields;
import static io.crmkit.core.json.JsonFields.uuid;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ReopenRule;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageCriteria;
import io.crmkit.core.opportunity.StageCriterion;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Probability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes {@link Pipeline pipelines} as JSON, so administrators can edit them:
 * <pre>{@code
 * {
 *   "id": "01900000-0000-7000-8000-000000000001",
 *   "name": "Direct sales",
 *   "stages": [
 *     {"key": "qualify",  "name": "Qualify",  "probability": 0.10, "forecastCategory": "PIPELINE"},
 *     {"key": "proposal", "name": "Proposal", "probability": 0.50, "forecastCategory": "BEST_CASE",
 *      "entryCriteria": ["primary-contact", "amount"]},
 *     {"key": "won",  "name": "Closed won",  "outcome": "WON", "entryCriteria": ["amount"]},
 *     {"key": "lost", "name": "Closed lost", "outcome": "LOST"}
 *   ],
 *   "reopen": {"won": false, "lost": true, "windowDays": 90}
 * }
 * }</pre>
 * Entry criteria are referred to by name: the built-in ones ({@code primary-contact}, {@code amount},
 * {@code expected-close-date}, {@code product-lines}, {@code decision-role:<role>}) and any registered with
 * {@link #withCriterion}. {@link #read} reports every problem at once with its JSON path, as an
 * {@link InvalidConfigurationException}. Immutable and thread-safe.
 */
public final class PipelineJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROOT_FIELDS = Set.of("id", "name", "stages", "reopen");
    private static final Set<String> STAGE_FIELDS = Set.of("key", "name", "probability", "forecastCategory", "outcome", "entryCriteria");
    private static final Set<String> REOPEN_FIELDS = Set.of("won", "lost", "windowDays");

    private final Map<String, StageCriterion> criteria;

    private PipelineJson(Map<String, StageCriterion> criteria) {
        this.criteria = criteria;
    }

    /** A reader and writer that knows the built-in criteria. */
    public static PipelineJson standard() {
        Map<String, StageCriterion> builtIn = new LinkedHashMap<>();
        List<StageCriterion> all = new ArrayList<>(List.of(StageCriteria.primaryContact(), StageCriteria.amount(),
                StageCriteria.expectedCloseDate(), StageCriteria.productLines()));
        Arrays.stream(DecisionRole.values()).map(StageCriteria::decisionRole).forEach(all::add);
        all.forEach(c -> builtIn.put(c.name(), c));
        return new PipelineJson(Map.copyOf(builtIn));
    }

    /** A copy that also knows {@code criterion} by its name (a host's own criteria). */
    public PipelineJson withCriterion(StageCriterion criterion) {
        Require.nonNull(criterion, "criterion");
        Map<String, StageCriterion> next = new LinkedHashMap<>(criteria);
        if (next.putIfAbsent(criterion.name(), criterion) != null) {
            throw new IllegalArgumentException("a criterion named '" + criterion.name() + "' is already known");
        }
        return new PipelineJson(Map.copyOf(next));
    }

    /**
     * Parses and validates a pipeline.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path
     */
    public Pipeline read(String json) {
        Require.nonNull(json, "json");
        JsonNode root = JsonFields.object(json, "pipeline JSON");
        List<String> problems = new ArrayList<>();
        unknownFields(root, ROOT_FIELDS, "$", problems);
        Optional<PipelineId> id = text(root, "id", "$", problems, true).flatMap(s -> uuid(s, "$.id", problems)).map(PipelineId::new);
        Optional<String> name = text(root, "name", "$", problems, true);
        List<Stage> stages = new ArrayList<>();
        JsonNode stagesNode = root.get("stages");
        if (stagesNode == null || stagesNode.isNull()) {
            problems.add("$.stages: is required");
        } else if (!stagesNode.isArray()) {
            problems.add("$.stages: must be an array but was " + type(stagesNode));
        } else {
            for (int i = 0; i < stagesNode.size(); i++) {
                stage(stagesNode.get(i), i, "$.stages[" + i + "]", problems).ifPresent(stages::add);
            }
        }
        ReopenRule reopen = reopen(root.get("reopen"), problems);
        if (stagesNode != null && stagesNode.isArray() && stages.size() < stagesNode.size()) {
            structure(stagesNode, problems); // some stages were unreadable: check the pipeline's shape from the raw nodes
        }
        if (problems.isEmpty()) {
            try {
                return new Pipeline(id.orElseThrow(), name.orElseThrow(), stages, reopen);
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(p -> problems.add("$." + p));
            } catch (IllegalArgumentException e) {
                problems.add("$: " + e.getMessage());
            }
        }
        throw new InvalidConfigurationException("pipeline '" + name.orElse("?") + "'", problems);
    }

    /**
     * Writes {@code pipeline} as JSON that {@link #read} turns back into an equal pipeline.
     *
     * @throws IllegalArgumentException if a stage uses a criterion this instance does not know by name
     */
    public String write(Pipeline pipeline) {
        Require.nonNull(pipeline, "pipeline");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", pipeline.id().value().toString());
        root.put("name", pipeline.name());
        ArrayNode stages = root.putArray("stages");
        for (Stage s : pipeline.stages()) {
            ObjectNode node = stages.addObject();
            node.put("key", s.key());
            node.put("name", s.name());
            if (s.outcome() == OpportunityStatus.OPEN) {
                node.put("probability", s.probability().value());
                node.put("forecastCategory", s.category().name());
            } else {
                node.put("outcome", s.outcome().name());
            }
            if (!s.entryCriteria().isEmpty()) {
                ArrayNode names = node.putArray("entryCriteria");
                for (StageCriterion c : s.entryCriteria()) {
                    if (!c.equals(criteria.get(c.name()))) {
                        throw new IllegalArgumentException("stage '" + s.key() + "' uses criterion '" + c.name()
                                + "' that this PipelineJson does not know; register it with withCriterion");
                    }
                    names.add(c.name());
                }
            }
        }
        ObjectNode reopen = root.putObject("reopen");
        reopen.put("won", pipeline.reopenRule().wonMayReopen());
        reopen.put("lost", pipeline.reopenRule().lostMayReopen());
        pipeline.reopenRule().window().ifPresent(w -> reopen.put("windowDays", w.toDays()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write pipeline " + pipeline.id(), e);
        }
    }

    private Optional<Stage> stage(JsonNode node, int order, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object but was " + type(node));
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, STAGE_FIELDS, path, problems);
        Optional<String> key = text(node, "key", path, problems, true);
        Optional<String> name = text(node, "name", path, problems, true);
        OpportunityStatus outcome = enumValue(node, "outcome", OpportunityStatus.class, path, problems).orElse(OpportunityStatus.OPEN);
        Optional<ForecastCategory> category = enumValue(node, "forecastCategory", ForecastCategory.class, path, problems);
        Optional<Double> probability = number(node, "probability", path, problems);
        if (outcome == OpportunityStatus.OPEN) {
            if (probability.isEmpty() && !node.has("probability")) {
                problems.add(path + ".probability: is required for an open stage");
            }
            if (category.isEmpty() && !node.has("forecastCategory")) {
                problems.add(path + ".forecastCategory: is required for an open stage (one of "
                        + Arrays.toString(ForecastCategory.values()) + ")");
            }
        }
        List<StageCriterion> stageCriteria = new ArrayList<>();
        JsonNode list = node.get("entryCriteria");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                problems.add(path + ".entryCriteria: must be an array of criterion names but was " + type(list));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode c = list.get(i);
                    StageCriterion known = c.isTextual() ? criteria.get(c.asText()) : null;
                    if (known == null) {
                        problems.add(path + ".entryCriteria[" + i + "]: unknown criterion " + c + " (known: "
                                + criteria.keySet().stream().sorted().toList() + ")");
                    } else {
                        stageCriteria.add(known);
                    }
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Probability p = probability.map(v -> {
            try {
                return Probability.of(v);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".probability: " + e.getMessage());
                return null;
            }
        }).orElse(outcome == OpportunityStatus.WON ? Probability.ONE : Probability.ZERO);
        if (p == null) {
            return Optional.empty();
        }
        ForecastCategory c = category.orElse(outcome == OpportunityStatus.WON ? ForecastCategory.CLOSED : ForecastCategory.OMITTED);
        try {
            return Optional.of(new Stage(key.orElseThrow(), name.orElseThrow(), order, p, c, outcome, stageCriteria));
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The pipeline-level checks of {@link Pipeline} (keys, won and lost stages, order), on stages as written. */
    private static void structure(JsonNode stages, List<String> problems) {
        Set<String> keys = new HashSet<>();
        int won = 0;
        int lost = 0;
        boolean closedSeen = false;
        for (int i = 0; i < stages.size(); i++) {
            JsonNode stage = stages.get(i);
            String key = stage.path("key").asText("");
            String outcome = stage.path("outcome").asText("OPEN").toUpperCase(Locale.ROOT);
            if (!key.isEmpty() && !keys.add(key)) {
                problems.add("$.stages[" + i + "]: duplicate stage key '" + key + "'");
            }
            if (outcome.equals("WON") || outcome.equals("LOST")) {
                closedSeen = true;
                won += outcome.equals("WON") ? 1 : 0;
                lost += outcome.equals("LOST") ? 1 : 0;
            } else if (closedSeen) {
                problems.add("$.stages[" + i + "]: open stage '" + key + "' must come before the closed stages");
            }
        }
        if (won != 1) {
            problems.add("$.stages: a pipeline needs exactly one won stage but had " + won);
        }
        if (lost < 1) {
            problems.add("$.stages: a pipeline needs at least one lost stage");
        }
    }

    private static ReopenRule reopen(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return ReopenRule.ofDefaults();
        }
        if (!node.isObject()) {
            problems.add("$.reopen: must be an object but was " + type(node));
            return ReopenRule.ofDefaults();
        }
        unknownFields(node, REOPEN_FIELDS, "$.reopen", problems);
        boolean won = bool(node, "won", problems, ReopenRule.ofDefaults().wonMayReopen());
        boolean lost = bool(node, "lost", problems, ReopenRule.ofDefaults().lostMayReopen());
        Optional<Duration> window = Optional.empty();
        JsonNode days = node.get("windowDays");
        if (days != null && !days.isNull()) {
            if (!days.canConvertToInt() || !days.isIntegralNumber() || days.asInt() < 1) {
                problems.add("$.reopen.windowDays: must be a whole number of days >= 1 but was " + days);
            } else {
                window = Optional.of(Duration.ofDays(days.asInt()));
            }
        }
        return new ReopenRule(won, lost, window);
    }

    private static boolean bool(JsonNode node, String field, List<String> problems, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add("$.reopen." + field + ": must be true or false but was " + value);
            return fallback;
        }
        return value.booleanValue();
    }
}
