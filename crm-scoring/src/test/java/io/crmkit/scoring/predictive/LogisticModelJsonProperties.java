package io.crmkit.scoring.predictive;

import io.crmkit.core.shared.InvalidConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class LogisticModelJsonProperties {

    @Property(tries = 2000)
    void arbitraryTextIsEitherAModelOrAListOfProblemsWithPaths(@ForAll("jsonish") String text) {
        try {
            LogisticModel model = LogisticModelJson.read(text);
            double p = model.probability(Row.builder().number("a", 1).category("b", "x").build());
            assertTrue(p >= 0 && p <= 1);
        } catch (InvalidConfigurationException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(problem -> assertTrue(problem.startsWith("$"), "every problem has a path: " + problem));
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"format\"", "\"crmkit.logistic\"",
                "\"version\"", "1", "2", "\"target\"", "\"y\"", "\"intercept\"", "-0.5", "1e309", "\"columns\"", "\"name\"",
                "\"a\"", "\"b\"", "\"type\"", "\"numeric\"", "\"categorical\"", "\"binned\"", "\"mean\"", "\"sd\"", "0",
                "\"coefficient\"", "\"coefficients\"", "\"cutPoints\"", "null", "true", "\"x\"");
        String valid = "{\"format\":\"crmkit.logistic\",\"version\":1,\"target\":\"y\",\"intercept\":-0.5,\"columns\":["
                + "{\"name\":\"a\",\"type\":\"numeric\",\"mean\":0,\"sd\":1,\"coefficient\":2}]}";
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                fragments.list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.integers().between(0, valid.length()).flatMap(cut -> fragments.map(f ->
                        valid.substring(0, cut) + f + valid.substring(cut))));
    }
}
