package io.crmkit.scoring.predictive;

import io.crmkit.core.shared.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class NaiveBayesModelJsonTest {

    private static final String SMALL = """
            {
              "format": "crmkit.naive-bayes",
              "version": 1,
              "target": "converted",
              "alpha": 1,
              "classCounts": {"positive": 3, "negative": 5},
              "columns": [
                {"name": "channel", "type": "categorical", "counts": {"event": [1, 3], "web": [2, 1]}},
                {"name": "pages", "type": "binned", "cutPoints": [6], "counts": [[0, 4], [3, 1]]},
                {"type": "crossed", "columns": ["channel", "pages"], "counts": [
                  {"values": ["web", "8"], "counts": [1, 0]},
                  {"values": ["event", "1"], "counts": [0, 1]}
                ]}
              ]
            }
            """;

    @Test
    void roundTripGivesIdenticalPredictions() {
        // given: a model with categorical, binned and crossed columns
        Dataset data = SyntheticLeads.standard(3_000, 8);
        NaiveBayesModel model = NaiveBayes.custom().alpha(0.7)
                .encoding(EncodingConfig.custom().quantileBins("months", 5).cross("channel", "months").build())
                .build().train(data);

        // when
        String json = NaiveBayesModelJson.write(model);
        NaiveBayesModel read = NaiveBayesModelJson.read(json);

        // then
        assertArrayEquals(model.probabilities(data), read.probabilities(data));
        for (int i = 0; i < 200; i++) {
            assertEquals(model.probability(data.row(i)), read.probability(data.row(i)));
        }
        assertEquals(model.weights(), read.weights());
        assertEquals(model.priorLogOdds(), read.priorLogOdds());
        assertEquals(model.columns(), read.columns());
        assertEquals(json, NaiveBayesModelJson.write(read));
        assertTrue(json.contains("\"format\" : \"crmkit.naive-bayes\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
    }

    @Test
    void readsAHandWrittenModelWithTheDocumentedMeaning() {
        NaiveBayesModel model = NaiveBayesModelJson.read(SMALL);

        // the example of NaiveBayesTest, plus a cross in which (web, 8) was seen once, converted:
        // P((web, 8) | yes) = (1+1)/(1+2), P((web, 8) | no) = (0+1)/(1+2)
        Row lead = Row.builder().category("channel", "web").number("pages", 8).build();
        assertEquals(Math.log(0.6 * 1.8 * 2.8 * 2), model.logit(lead), 1e-12);
        assertEquals(List.of("channel=event", "channel=web", "pages<6", "pages>=6", "channel=web & pages=8",
                "channel=event & pages=1"), List.copyOf(model.weights().keySet()));
        assertEquals(List.of("channel", "pages"), model.columns());
        assertEquals("converted", model.target());
    }

    @Test
    void reportsEveryProblemWithItsJsonPath() {
        String bad = """
                {
                  "format": "crmkit.naive-bayes",
                  "version": 1,
                  "alpha": 0,
                  "classCounts": {"positive": 3, "negative": 0},
                  "colour": "blue",
                  "columns": [
                    {"name": "channel", "type": "categorical", "counts": {"event": [1, -3], "web": [2]}},
                    {"name": "pages", "type": "binned", "cutPoints": [6, 2], "counts": [[0, 4], [3, 1], [0, 0]]},
                    {"name": "visits", "type": "categorical", "counts": {"one": [2, 0], "two": [2, 0]}},
                    {"name": "channel", "type": "categorical", "counts": {"x": [0, 0]}},
                    {"type": "crossed", "columns": ["channel", "channel"], "counts": [
                      {"values": ["web", 8], "counts": [1, 0]},
                      {"values": ["event"], "counts": [0.5, 1]}
                    ]},
                    {"type": "ordinal"},
                    7
                  ]
                }
                """;

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> NaiveBayesModelJson.read(bad));

        assertEquals(List.of(
                "$.colour: unknown field (expected one of [alpha, classCounts, columns, format, target, version])",
                "$.target: is required",
                "$.alpha: must be in (0, 1000000] but was 0.0",
                "$.classCounts.negative: must be a whole number of at least 1 but was number 0",
                "$.columns[0].counts['event'][1]: must be a whole number of at least 0 but was number -3",
                "$.columns[0].counts['web']: must be a pair [positive, negative] of row counts but was array [2]",
                "$.columns[1].cutPoints[1]: must be greater than the cut point before it (6.0) but was 2.0",
                "$.columns[2].counts: the positive counts add up to more than $.classCounts.positive (3)",
                "$.columns[3].name: column 'channel' appears twice (also at $.columns[0])",
                "$.columns[4].columns[1]: column 'channel' appears twice",
                "$.columns[4].counts[0].values[1]: must be a string but was number 8",
                "$.columns[4].counts[1].counts[0]: must be a whole number of at least 0 but was number 0.5",
                "$.columns[4].counts[1].values: must be an array of one value per column (2) but was array [\"event\"]",
                "$.columns[5].name: is required",
                "$.columns[5].type: must be one of [binned, categorical, crossed] but was 'ordinal'",
                "$.columns[6]: must be an object but was number"), e.problems());
        assertTrue(e.getMessage().startsWith("naive Bayes model is invalid: "), e.getMessage());
    }

    @Test
    void rejectsAnotherFormatOrVersionWithoutGuessingAtTheRest() {
        InvalidConfigurationException version = assertThrows(InvalidConfigurationException.class,
                () -> NaiveBayesModelJson.read(SMALL.replace("\"version\": 1", "\"version\": 2")));
        assertEquals(List.of("$.version: unsupported version 2; this reader knows version 1"), version.problems());

        InvalidConfigurationException logistic = assertThrows(InvalidConfigurationException.class,
                () -> NaiveBayesModelJson.read(SMALL.replace("crmkit.naive-bayes", "crmkit.logistic")));
        assertEquals(List.of("$.format: must be 'crmkit.naive-bayes' but was 'crmkit.logistic'"), logistic.problems());
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        for (String garbage : List.of("", "not json", "[1, 2]", "42", "null", "{\"format\": ", "{} {}", "{\"a\": 1, \"a\": 2}")) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                    () -> NaiveBayesModelJson.read(garbage), garbage);
            e.problems().forEach(p -> assertTrue(p.startsWith("$"), p));
        }
        InvalidConfigurationException huge = assertThrows(InvalidConfigurationException.class,
                () -> NaiveBayesModelJson.read(SMALL.replace("\"alpha\": 1", "\"alpha\": 1e999")));
        assertEquals(List.of("$.alpha: must be a finite number but was Infinity"), huge.problems());
    }
}
