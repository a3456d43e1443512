package io.crmkit.scoring.json;

import io.crmkit.core.shared.InvalidConfigurationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class RuleSetJsonProperties {

    private static final List<String> TOKENS = tokens(RuleSetJsonTest.B2B);
    private static final List<int[]> VALUES = valueSpans(RuleSetJsonTest.B2B);
    private static final List<String> KEYS = List.of("id", "version", "fit", "engagement", "caps", "grades", "marketingQualifiedAt",
            "when", "points", "reason", "event", "withinDays", "atMost", "decay", "group", "groups", "total", "attribute",
            "equals", "in", "range", "contains", "exists", "missing", "min", "max", "halfLifeDays", "linear", "percentPerPeriod",
            "periodDays", "grade", "startsWith", "forms", "");
    private static final List<String> SCALARS = List.of("0", "1", "-5", "2.5", "20.0", "1e400", "-1e400", "1e-400", "20000",
            "99999999999", "1e-9", "0.000001", "-0.0", "\"software\"", "\"b2b\"", "\"\"", "\" \"", "\"9x\"", "\"forms\"",
            "true", "false", "null", "100",
            "\"A\"", "[]", "{}");

    private final RuleSetJson json = RuleSetJson.standard();

    @Property(tries = 1000)
    void arbitraryTextIsEitherARuleSetOrProblemsWithPaths(@ForAll("jsonish") String text) {
        readsOrReports(text);
    }

    @Property(tries = 500)
    void arbitraryJsonIsEitherARuleSetOrProblemsWithPaths(@ForAll("documents") String text) {
        readsOrReports(text);
    }

    @Property(tries = 300)
    void aRealRuleSetWithOneValueChangedIsEitherARuleSetOrProblemsWithPaths(@ForAll("oneValueChanged") String text) {
        readsOrReports(text);
    }

    private void readsOrReports(String text) {
        try {
            json.read(text);
        } catch (InvalidConfigurationException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertTrue(p.startsWith("$"), () -> "a problem without a path: " + p));
        }
    }

    /** Shuffled tokens of a real rule set, mutilated real rule sets, and random strings. */
    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> shuffled = Arbitraries.of(TOKENS).list().ofMaxSize(60).map(l -> String.join("", l));
        Arbitrary<String> mutilated = Combinators.combine(Arbitraries.integers().between(0, RuleSetJsonTest.B2B.length()),
                        Arbitraries.integers().between(0, 200), Arbitraries.of(TOKENS))
                .as((at, cut, insert) -> {
                    String doc = RuleSetJsonTest.B2B;
                    return doc.substring(0, at) + insert + doc.substring(Math.min(doc.length(), at + cut));
                });
        return Arbitraries.oneOf(shuffled, mutilated, Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("{}[]:,\"0123456789.eE-+ ntrufalsid").ofMaxLength(80));
    }

    /** The real rule set with one of its values replaced by an awkward one. */
    @Provide
    Arbitrary<String> oneValueChanged() {
        return Combinators.combine(Arbitraries.integers().between(0, VALUES.size() - 1), value(1)).as((i, replacement) -> {
            int[] span = VALUES.get(i);
            String doc = RuleSetJsonTest.B2B;
            return doc.substring(0, span[0]) + replacement + doc.substring(span[1]);
        });
    }

    /** Syntactically valid JSON objects made of this format's field names and awkward values. */
    @Provide
    Arbitrary<String> documents() {
        return object(value(3));
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.of(SCALARS);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = value(depth - 1);
        return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(3, object(inner)),
                Tuple.of(2, inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]")));
    }

    private static Arbitrary<String> object(Arbitrary<String> values) {
        return Combinators.combine(Arbitraries.of(KEYS), values).as(Tuple::of)
                .list().ofMaxSize(7).uniqueElements(Tuple.Tuple2::get1)
                .map(entries -> {
                    List<String> members = new ArrayList<>();
                    entries.forEach(e -> members.add("\"" + e.get1() + "\":" + e.get2()));
                    return "{" + String.join(",", members) + "}";
                });
    }

    private static List<int[]> valueSpans(String document) {
        Matcher m = Pattern.compile("(?<=[:\\[,]\\s{0,20})(\"[^\"]*\"|-?[0-9.eE+]+|true|false|null)").matcher(document);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return List.copyOf(spans);
    }

    private static List<String> tokens(String document) {
        Matcher m = Pattern.compile("\"[^\"]*\"|-?[0-9.eE+]+|[{}\\[\\]:,]|true|false|null").matcher(document);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return List.copyOf(tokens);
    }
}
