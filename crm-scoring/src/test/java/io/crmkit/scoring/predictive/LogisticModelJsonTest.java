package io.crmkit.scoring.predictive;

import io.crmkit.core.shared.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class LogisticModelJsonTest {

    private static final String SMALL = """
            {
              "format": "crmkit.logistic",
              "version": 1,
              "target": "converted",
              "intercept": -1.5,
              "columns": [
                {"name": "pages", "type": "numeric", "mean": 5, "sd": 2, "coefficient": 0.8},
                {"name": "channel", "type": "categorical", "coefficients": {"event": 0.6, "web": -0.2}},
                {"name": "months", "type": "binned", "cutPoints": [1, 12], "coefficients": [-0.5, 0, 0.4]},
                {"type": "crossed", "columns": ["channel", "months"], "coefficients": [
                  {"values": ["event", "12"], "coefficient": 0.25},
                  {"values": ["web", "0.5"], "coefficient": -1}
                ]}
              ]
            }
            """;

    @Test
    void roundTripGivesIdenticalPredictions() {
        // given: a model with standardised, one-hot, binned and crossed columns
        Dataset data = withTier(SyntheticLeads.standard(3_000, 8));
        LogisticModel model = LogisticRegression.with(LogisticRegressionConfig.custom()
                .encoding(EncodingConfig.custom().quantileBins("months", 5).cross("channel", "tier").build()).build())
                .train(data);

        // when
        String json = LogisticModelJson.write(model);
        LogisticModel read = LogisticModelJson.read(json);

        // then
        assertArrayEquals(model.probabilities(data), read.probabilities(data));
        for (int i = 0; i < 200; i++) {
            assertEquals(model.probability(data.row(i)), read.probability(data.row(i)));
        }
        assertEquals(model.coefficients(), read.coefficients());
        assertEquals(model.intercept(), read.intercept());
        assertEquals(model.columns(), read.columns());
        assertEquals(json, LogisticModelJson.write(read));
        assertTrue(json.contains("\"format\" : \"crmkit.logistic\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
    }

    /** The data with a categorical column "tier", related to nothing, to cross with "channel". */
    private static Dataset withTier(Dataset data) {
        Dataset.Builder builder = Dataset.builder(data.target()).numeric("pages").numeric("months").categorical("channel")
                .categorical("tier");
        for (int i = 0; i < data.size(); i++) {
            Row row = data.row(i);
            builder.add(data.label(i), row.number("pages").orElseThrow(), row.number("months").orElseThrow(),
                    row.category("channel").orElseThrow(), List.of("gold", "silver", "bronze").get(i % 3));
        }
        return builder.build();
    }

    @Test
    void readsAHandWrittenModelWithTheDocumentedMeaning() {
        LogisticModel model = LogisticModelJson.read(SMALL);

        Row lead = Row.builder().number("pages", 9).category("channel", "event").number("months", 12).build();
        // -1.5 + (9 - 5) / 2 * 0.8 + 0.6 + 0.4 (months 12 is in the last bin, [12, inf)) + 0.25 (event and 12)
        assertEquals(-1.5 + 1.6 + 0.6 + 0.4 + 0.25, model.logit(lead), 1e-12);
        assertEquals(List.of("pages", "channel=event", "channel=web", "months<1", "months[1,12)", "months>=12",
                        "channel=event & months=12", "channel=web & months=0.5"),
                List.copyOf(model.coefficients().keySet()));
        assertEquals(List.of("pages", "channel", "months"), model.columns());
        assertEquals(-1.5 - 0.5, model.logit(Row.builder().number("months", 0).number("pages", 5).build()), 1e-12);
        assertEquals(-1.5 - 0.2 - 0.5 - 1, model.logit(Row.builder().number("months", 0.5).number("pages", 5)
                .category("channel", "web").build()), 1e-12);
    }

    @Test
    void reportsEveryProblemWithItsJsonPath() {
        String bad = """
                {
                  "format": "crmkit.logistic",
                  "version": 1,
                  "intercept": "high",
                  "colour": "blue",
                  "columns": [
                    {"name": "pages", "type": "numeric", "mean": 5, "sd": 0, "coefficient": 0.8},
                    {"name": "channel", "type": "categorical", "coefficients": {"event": "big", "web": -0.2}},
                    {"name": "months", "type": "binned", "cutPoints": [12, 1], "coefficients": [0, 0]},
                    {"name": "pages", "type": "numeric", "mean": 5, "sd": 1, "coefficient": 1},
                    {"type": "ordinal"},
                    7
                  ]
                }
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> LogisticModelJson.read(bad));

        assertEquals(List.of(
                "$.colour: unknown field (expected one of [columns, format, intercept, target, version])",
                "$.target: is required",
                "$.intercept: must be a number but was string \"high\"",
                "$.columns[0].sd: must be positive but was 0.0",
                "$.columns[1].coefficients['event']: must be a number but was string \"big\"",
                "$.columns[2].cutPoints[1]: must be greater than the cut point before it (12.0) but was 1.0",
                "$.columns[2].coefficients: must have one more value than cutPoints (3) but had 2",
                "$.columns[3].name: column 'pages' appears twice (also at $.columns[0])",
                "$.columns[4].name: is required",
                "$.columns[4].type: must be one of [binned, categorical, crossed, numeric] but was 'ordinal'",
                "$.columns[5]: must be an object but was number"), e.problems());
    }

    @Test
    void reportsProblemsOfACrossWithTheirPaths() {
        String bad = """
                {
                  "format": "crmkit.logistic",
                  "version": 1,
                  "target": "converted",
                  "intercept": -1.5,
                  "columns": [
                    {"name": "pages", "type": "numeric", "mean": 5, "sd": 2, "coefficient": 0.8},
                    {"name": "channel", "type": "categorical", "coefficients": {"event": 0.6, "web": -0.2}},
                    {"name": "months", "type": "binned", "cutPoints": [1, 12], "coefficients": [-0.5, 0, 0.4]},
                    {"type": "crossed", "name": "x", "columns": ["channel", "channel"], "coefficients": [
                      {"values": ["event", 12], "coefficient": 0.25},
                      {"values": ["web"], "coefficient": "big"}
                    ]}
                  ]
                }
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> LogisticModelJson.read(bad));

        assertEquals(List.of(
                "$.columns[3].name: unknown field (expected one of [coefficients, columns, type])",
                "$.columns[3].columns[1]: column 'channel' appears twice",
                "$.columns[3].coefficients[0].values[1]: must be a string but was number 12",
                "$.columns[3].coefficients[1].coefficient: must be a number but was string \"big\"",
                "$.columns[3].coefficients[1].values: must be an array of one value per column (2) but was array [\"web\"]"),
                e.problems());
    }

    @Test
    void rejectsAnotherFormatOrVersionWithoutGuessingAtTheRest() {
        InvalidConfigurationException version = assertThrows(InvalidConfigurationException.class,
                () -> LogisticModelJson.read(SMALL.replace("\"version\": 1", "\"version\": 2")));
        assertEquals(List.of("$.version: unsupported version 2; this reader knows version 1"), version.problems());

        InvalidConfigurationException format = assertThrows(InvalidConfigurationException.class,
                () -> LogisticModelJson.read(SMALL.replace("crmkit.logistic", "crmkit.naive-bayes").replace("\"version\": 1,", "")));
        assertEquals(List.of("$.format: must be 'crmkit.logistic' but was 'crmkit.naive-bayes'", "$.version: is required"),
                format.problems());
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        for (String garbage : List.of("", "not json", "[1, 2]", "42", "null", "{\"format\": ", "{} {}", "{\"a\": 1, \"a\": 2}")) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> LogisticModelJson.read(garbage),
                    garbage);
            e.problems().forEach(p -> assertTrue(p.startsWith("$"), p));
        }
        InvalidConfigurationException infinite = assertThrows(InvalidConfigurationException.class,
                () -> LogisticModelJson.read(SMALL.replace("-1.5", "1e999")));
        assertEquals(List.of("$.intercept: must be a finite number but was Infinity"), infinite.problems());
    }
}
