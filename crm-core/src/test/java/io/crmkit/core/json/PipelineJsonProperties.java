package io.crmkit.core.json;

import io.crmkit.core.shared.InvalidConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertFalse;

final class PipelineJsonProperties {

    private final PipelineJson json = PipelineJson.standard();

    @Property(tries = 2000)
    void arbitraryTextIsEitherAPipelineOrAListOfProblems(@ForAll("jsonish") String text) {
        try {
            json.read(text);
        } catch (InvalidConfigurationException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertFalse(!p.startsWith("$"), "every problem has a path: " + p));
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"id\"", "\"name\"", "\"stages\"",
                "\"key\"", "\"probability\"", "\"outcome\"", "\"WON\"", "\"LOST\"", "\"reopen\"", "\"windowDays\"",
                "\"entryCriteria\"", "\"amount\"", "0.5", "-1", "1e309", "null", "true", "\"x\"", "\"01900000-0000-7000-8000-000000000001\"");
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                fragments.list().ofMaxSize(40).map(l -> String.join("", l)));
    }
}
