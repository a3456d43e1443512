package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * How a rule's numbered conditions combine: {@link #all()}, {@link #any()} or {@link #parse custom logic} such as
 * {@code 1 OR (2 AND NOT 3)}. The custom grammar is strict: condition numbers (1-based), {@code AND}, {@code OR},
 * {@code NOT} (any case) and parentheses; mixing {@code AND} and {@code OR} at one level needs parentheses, so
 * {@code 1 AND 2 OR 3} is an error rather than a guess.
 */
public sealed interface ConditionLogic permits ConditionLogic.All, ConditionLogic.Any, ConditionLogic.Custom {

    /** True if the logic holds when condition {@code i + 1} evaluated to {@code results[i]}. */
    boolean evaluate(boolean[] results);

    /** Problems with this logic for a rule of {@code conditions} conditions (numbers out of range, unused conditions). */
    List<String> problems(int conditions);

    /** Every condition must hold. */
    static ConditionLogic all() {
        return All.INSTANCE;
    }

    /** At least one condition must hold. */
    static ConditionLogic any() {
        return Any.INSTANCE;
    }

    /**
     * Parses custom logic.
     *
     * @throws LogicSyntaxException naming the position of the first problem
     */
    static ConditionLogic parse(String expression) {
        return new Custom(expression);
    }

    /** See {@link #all()}. */
    final class All implements ConditionLogic {
        private static final All INSTANCE = new All();

        private All() {
        }

        @Override
        public boolean evaluate(boolean[] results) {
            for (boolean r : results) {
                if (!r) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public List<String> problems(int conditions) {
            return conditions == 0 ? List.of("logic: ALL needs at least one condition") : List.of();
        }

        @Override
        public String toString() {
            return "ALL";
        }
    }

    /** See {@link #any()}. */
    final class Any implements ConditionLogic {
        private static final Any INSTANCE = new Any();

        private Any() {
        }

        @Override
        public boolean evaluate(boolean[] results) {
            for (boolean r : results) {
                if (r) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public List<String> problems(int conditions) {
            return conditions == 0 ? List.of("logic: ANY needs at least one condition") : List.of();
        }

        @Override
        public String toString() {
            return "ANY";
        }
    }

    /** See {@link #parse}. Equal when the expressions are equal. */
    final class Custom implements ConditionLogic {
        private static final int MAX_LENGTH = 2_000;
        private static final int MAX_DEPTH = 64;

        private final String expression;
        private final Node root;

        private Custom(String expression) {
            Require.nonNull(expression, "logic");
            this.expression = expression.strip();
            if (this.expression.isEmpty()) {
                throw new LogicSyntaxException(this.expression, 0, "is empty; write condition numbers with AND, OR, NOT and parentheses");
            }
            if (this.expression.length() > MAX_LENGTH) {
                throw new LogicSyntaxException(abbreviate(this.expression), 0, "is longer than " + MAX_LENGTH + " characters");
            }
            this.root = new Parser(this.expression).parse();
        }

        /** The expression as written (trimmed). */
        public String expression() {
            return expression;
        }

        @Override
        public boolean evaluate(boolean[] results) {
            return root.evaluate(results);
        }

        @Override
        public List<String> problems(int conditions) {
            BitSet used = new BitSet();
            root.collect(used);
            List<String> problems = new ArrayList<>();
            for (int n = used.nextSetBit(0); n >= 0; n = used.nextSetBit(n + 1)) {
                if (n > conditions) {
                    problems.add("logic: condition " + n + " does not exist (the rule has " + conditions + ")");
                }
            }
            for (int n = 1; n <= conditions; n++) {
                if (!used.get(n)) {
                    problems.add("logic: condition " + n + " is not used in '" + expression + "'");
                }
            }
            return problems;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Custom c && c.expression.equals(expression);
        }

        @Override
        public int hashCode() {
            return expression.hashCode();
        }

        @Override
        public String toString() {
            return expression;
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }

        private interface Node {
            boolean evaluate(boolean[] results);

            void collect(BitSet used);
        }

        private record Ref(int number) implements Node {
            @Override
            public boolean evaluate(boolean[] results) {
                return results[number - 1];
            }

            @Override
            public void collect(BitSet used) {
                used.set(number);
            }
        }

        private record Not(Node operand) implements Node {
            @Override
            public boolean evaluate(boolean[] results) {
                return !operand.evaluate(results);
            }

            @Override
            public void collect(BitSet used) {
                operand.collect(used);
            }
        }

        private record Junction(boolean and, List<Node> operands) implements Node {
            @Override
            public boolean evaluate(boolean[] results) {
                for (Node n : operands) {
                    if (n.evaluate(results) != and) {
                        return !and;
                    }
                }
                return and;
            }

            @Override
            public void collect(BitSet used) {
                operands.forEach(n -> n.collect(used));
            }
        }

        private enum Kind { NUMBER, AND, OR, NOT, OPEN, CLOSE, END }

        private record Token(Kind kind, String text, int position) {
            String shown() {
                return kind == Kind.END ? "the end" : "'" + text + "'";
            }
        }

        /** A recursive-descent parser over a token list; every error names the position. */
        private static final class Parser {
            private final String text;
            private final List<Token> tokens;
            private int at;
            private int depth;

            Parser(String text) {
                this.text = text;
                this.tokens = tokenize(text);
            }

            Node parse() {
                Node node = expression();
                Token t = tokens.get(at);
                if (t.kind != Kind.END) {
                    throw error(t, t.kind == Kind.CLOSE ? "')' has no matching '('"
                            : "expected AND, OR or the end but found " + t.shown());
                }
                return node;
            }

            private Node expression() {
                if (++depth > MAX_DEPTH) {
                    throw error(tokens.get(at), "nests deeper than " + MAX_DEPTH + " levels");
                }
                Node first = unary();
                Kind junction = null;
                List<Node> operands = new ArrayList<>();
                operands.add(first);
                while (tokens.get(at).kind == Kind.AND || tokens.get(at).kind == Kind.OR) {
                    Token op = tokens.get(at);
                    if (junction != null && op.kind != junction) {
                        throw error(op, "mixes AND and OR without parentheses; group them, e.g. '1 AND (2 OR 3)' or '(1 AND 2) OR 3'");
                    }
                    junction = op.kind;
                    at++;
                    operands.add(unary());
                }
                depth--;
                return junction == null ? first : new Junction(junction == Kind.AND, List.copyOf(operands));
            }

            private Node unary() {
                Token t = tokens.get(at);
                switch (t.kind) {
                    case NOT -> {
                        at++;
                        if (++depth > MAX_DEPTH) {
                            throw error(t, "nests deeper than " + MAX_DEPTH + " levels");
                        }
                        Node operand = unary();
                        depth--;
                        return new Not(operand);
                    }
                    case NUMBER -> {
                        at++;
                        int n;
                        try {
                            n = Integer.parseInt(t.text);
                        } catch (NumberFormatException e) {
                            throw error(t, "condition number " + t.text + " is too large");
                        }
                        if (n < 1) {
                            throw error(t, "condition numbers start at 1 but found " + t.text);
                        }
                        return new Ref(n);
                    }
                    case OPEN -> {
                        at++;
                        Node inner = expression();
                        Token close = tokens.get(at);
                        if (close.kind != Kind.CLOSE) {
                            throw error(close, "expected ')' to close the '(' at position " + t.position + " but found " + close.shown());
                        }
                        at++;
                        return inner;
                    }
                    default -> throw error(t, "expected a condition number, '(' or NOT but found " + t.shown());
                }
            }

            private LogicSyntaxException error(Token t, String problem) {
                return new LogicSyntaxException(text, t.position, problem);
            }

            private static List<Token> tokenize(String text) {
                List<Token> tokens = new ArrayList<>();
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (Character.isWhitespace(c)) {
                        i++;
                    } else if (c == '(') {
                        tokens.add(new Token(Kind.OPEN, "(", i + 1));
                        i++;
                    } else if (c == ')') {
                        tokens.add(new Token(Kind.CLOSE, ")", i + 1));
                        i++;
                    } else if (c >= '0' && c <= '9') {
                        int start = i;
                        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                            i++;
                        }
                        if (i < text.length() && Character.isLetter(text.charAt(i))) {
                            throw new LogicSyntaxException(text, i + 1, "expected a space after the number " + text.substring(start, i));
                        }
                        tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start + 1));
                    } else if (Character.isLetter(c)) {
                        int start = i;
                        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                            i++;
                        }
                        String word = text.substring(start, i);
                        Kind kind = switch (word.toUpperCase(Locale.ROOT)) {
                            case "AND" -> Kind.AND;
                            case "OR" -> Kind.OR;
                            case "NOT" -> Kind.NOT;
                            default -> throw new LogicSyntaxException(text, start + 1, "unknown word '" + word
                                    + "'; use condition numbers, AND, OR, NOT and parentheses");
                        };
                        tokens.add(new Token(kind, word, start + 1));
                    } else {
                        throw new LogicSyntaxException(text, i + 1, "unexpected character '" + c
                                + "'; use condition numbers, AND, OR, NOT and parentheses");
                    }
                }
                tokens.add(new Token(Kind.END, "", text.length() + 1));
                return tokens;
            }
        }
    }
}
