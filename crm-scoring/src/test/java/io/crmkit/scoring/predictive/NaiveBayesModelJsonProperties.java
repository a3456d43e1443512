package io.crmkit.scoring.predictive;

import io.crmkit.core.shared.InvalidConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class NaiveBayesModelJsonProperties {

    @Property(tries = 2000)
    void arbitraryTextIsEitherAModelOrAListOfProblemsWithPaths(@ForAll("jsonish") String text) {
        try {
            NaiveBayesModel model = NaiveBayesModelJson.read(text);
            double p = model.probability(Row.builder().number("a", 1).category("b", "x").build());
            assertTrue(p >= 0 && p <= 1, "probability " + p);
        } catch (InvalidConfigurationException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(problem -> assertTrue(problem.startsWith("$"), "every problem has a path: " + problem));
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"format\"", "\"crmkit.naive-bayes\"",
                "\"version\"", "1", "2", "-1", "0", "0.5", "1e309", "9223372036854775807", "\"target\"", "\"y\"", "\"alpha\"",
                "\"classCounts\"", "\"positive\"", "\"negative\"", "\"columns\"", "\"name\"", "\"a\"", "\"b\"", "\"type\"",
                "\"categorical\"", "\"binned\"", "\"crossed\"", "\"counts\"", "\"cutPoints\"", "\"values\"", "[1, 2]",
                "null", "true", "\"x\"");
        String valid = "{\"format\":\"crmkit.naive-bayes\",\"version\":1,\"target\":\"y\",\"alpha\":1,"
                + "\"classCounts\":{\"positive\":3,\"negative\":5},\"columns\":["
                + "{\"name\":\"a\",\"type\":\"binned\",\"cutPoints\":[0],\"counts\":[[1,4],[2,1]]},"
                + "{\"name\":\"b\",\"type\":\"categorical\",\"counts\":{\"x\":[2,2]}}]}";
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                fragments.list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.integers().between(0, valid.length()).flatMap(cut -> fragments.map(f ->
                        valid.substring(0, cut) + f + valid.substring(cut))));
    }
}
