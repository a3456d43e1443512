package io.crmkit.scoring.customerbase;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A transaction file that cannot be read: its {@link #problems() problems}, each with its line, field and value.
 */
public final class TransactionFormatException extends RuntimeException {

    private static final int SHOWN = 10;

    private final transient Path file;
    private final transient List<Problem> problems;

    /**
     * One bad line.
     *
     * @param line    the line number, from 1
     * @param field   the field that is wrong ({@code "line"} when the line as a whole is)
     * @param value   the value found
     * @param message what is wrong with it
     */
    public record Problem(long line, String field, String value, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + field + " '" + value + "' " + message;
        }
    }

    TransactionFormatException(Path file, List<Problem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String message(Path file, List<Problem> problems) {
        String shown = problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("; "));
        return file + " " + shown + (problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more bad lines" : "");
    }

    /** The file that was read. */
    public Path file() {
        return file;
    }

    /** Every bad line, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
