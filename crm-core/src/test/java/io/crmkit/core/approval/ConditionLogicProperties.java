package io.crmkit.core.approval;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class ConditionLogicProperties {

    /** A logic tree rendered as text, with the function it should compute. */
    record Expr(String text, Predicate<boolean[]> meaning) {
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expr(4);
    }

    private Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> leaf = Arbitraries.integers().between(1, 4).map(n -> new Expr(String.valueOf(n), r -> r[n - 1]));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expr> smaller = Arbitraries.lazy(() -> expr(depth - 1));
        Arbitrary<Expr> not = smaller.map(e -> new Expr("NOT (" + e.text + ")", r -> !e.meaning.test(r)));
        Arbitrary<Expr> junction = Arbitraries.of("AND", "OR", "and", "Or").flatMap(op -> smaller.list().ofMinSize(2).ofMaxSize(3).map(parts -> {
            boolean and = op.equalsIgnoreCase("AND");
            String text = String.join(" " + op + " ", parts.stream().map(p -> "(" + p.text + ")").toList());
            return new Expr(text, r -> and ? parts.stream().allMatch(p -> p.meaning.test(r)) : parts.stream().anyMatch(p -> p.meaning.test(r)));
        }));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, not), net.jqwik.api.Tuple.of(2, junction));
    }

    @Property(tries = 300)
    void wellFormedLogicComputesWhatItSays(@ForAll("expressions") Expr expr) {
        ConditionLogic logic = ConditionLogic.parse(expr.text);
        for (int bits = 0; bits < 16; bits++) {
            boolean[] r = {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0};
            assertEquals(expr.meaning.test(r), logic.evaluate(r), expr.text + " on " + bits);
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> tokens = Arbitraries.of("1", "2", "12", "0", "AND", "OR", "NOT", "and", "(", ")", " ", "&", "|", "x", "-", "\t", "3a")
                .list().ofMaxSize(12).map(l -> String.join("", l));
        return Arbitraries.oneOf(tokens, Arbitraries.strings().ofMaxLength(30));
    }

    @Property(tries = 2000)
    void parsesOrFailsWithItsOwnErrorWhateverTheText(@ForAll("garbage") String text) {
        try {
            ConditionLogic logic = ConditionLogic.parse(text);
            logic.problems(3);
        } catch (LogicSyntaxException expected) {
            assertEquals(text.strip(), expected.expression());
            assertEquals(true, expected.position() >= 0 && expected.position() <= text.strip().length() + 1, expected.getMessage());
            assertEquals(true, expected.getMessage().startsWith("condition logic '"));
        }
    }

    @Property(tries = 200)
    void problemsNeverThrow(@ForAll("expressions") Expr expr) {
        for (int n = 0; n < 6; n++) {
            List<String> problems = ConditionLogic.parse(expr.text).problems(n);
            problems.forEach(p -> assertEquals(true, p.startsWith("logic: condition ")));
        }
    }
}
