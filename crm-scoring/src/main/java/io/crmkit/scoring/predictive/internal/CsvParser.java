package io.crmkit.scoring.predictive.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Splits delimited text into records: fields separated by one character, optionally enclosed in double quotes
 * (a doubled quote inside stands for one quote; quoted fields may contain the separator and line breaks). Unquoted
 * fields are trimmed. Lines end with LF, CRLF or CR; blank lines are skipped. Text that cannot be a delimited file
 * (control characters, bytes that are not text in the reader's charset, an unterminated quote) stops the parse with
 * a {@link Garbage} naming the line. Not API.
 */
public final class CsvParser {

    private CsvParser() {
    }

    /**
     * One record and the 1-based line it starts on; {@code problem} is present when the record is malformed
     * (e.g. text after a closing quote) and should be reported rather than used.
     */
    public record Record(long line, List<String> fields, Optional<String> problem) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** The input is not delimited text; {@link #line()} is where that became clear. */
    public static final class Garbage extends RuntimeException {
        private final long line;

        Garbage(long line, String reason) {
            super(reason);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTED }

    /**
     * Reads every record of {@code in} and hands it to {@code sink}, in order.
     *
     * @throws Garbage     if the input is not delimited text
     * @throws IOException if reading fails
     */
    public static void read(Reader in, char separator, Consumer<Record> sink) throws IOException {
        long line = 1;
        long recordLine = 1;
        long quoteLine = 1;
        boolean skipLf = false;
        boolean first = true;
        State state = State.FIELD_START;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quotedField = false;
        char[] buffer = new char[8192];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (CharacterCodingException e) {
                throw new Garbage(line, "is not text in the expected encoding (UTF-8): " + e);
            }
            if (n < 0) {
                break;
            }
            for (int k = 0; k < n; k++) {
                char c = buffer[k];
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (skipLf) {
                    skipLf = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                    throw new Garbage(line, String.format("contains the control character U+%04X: not a text file", (int) c));
                }
                boolean newline = c == '\n' || c == '\r';
                if (newline) {
                    skipLf = c == '\r';
                }
                switch (state) {
                    case QUOTED -> {
                        if (c == '"') {
                            state = State.QUOTE_IN_QUOTED;
                        } else {
                            field.append(c);
                        }
                    }
                    case QUOTE_IN_QUOTED -> {
                        if (c == '"') {
                            field.append('"');
                            state = State.QUOTED;
                        } else {
                            state = State.AFTER_QUOTED;
                            k--; // handle c in AFTER_QUOTED
                            if (newline) {
                                skipLf = false;
                            }
                            continue;
                        }
                    }
                    case FIELD_START, UNQUOTED, AFTER_QUOTED -> {
                        if (c == separator) {
                            fields.add(finish(field, quotedField));
                            quotedField = false;
                            state = State.FIELD_START;
                        } else if (newline) {
                            fields.add(finish(field, quotedField));
                            if (!isBlank(fields, quotedField)) {
                                sink.accept(new Record(recordLine, fields, Optional.ofNullable(problem)));
                            }
                            fields.clear();
                            problem = null;
                            quotedField = false;
                            state = State.FIELD_START;
                            recordLine = line + 1;
                        } else if (state == State.AFTER_QUOTED) {
                            if (c != ' ' && c != '\t' && problem == null) {
                                problem = "unexpected text after the closing quote of value " + (fields.size() + 1);
                            }
                        } else if (state == State.FIELD_START && c == '"') {
                            field.setLength(0);
                            quotedField = true;
                            quoteLine = line;
                            state = State.QUOTED;
                        } else if (state == State.FIELD_START && (c == ' ' || c == '\t')) {
                            field.append(c);
                        } else {
                            field.append(c);
                            state = State.UNQUOTED;
                        }
                    }
                }
                if (newline) {
                    line++;
                }
            }
        }
        if (state == State.QUOTED) {
            throw new Garbage(quoteLine, "has a quoted value that is never closed (it starts on line " + quoteLine + ")");
        }
        fields.add(finish(field, quotedField));
        if (!isBlank(fields, quotedField)) {
            sink.accept(new Record(recordLine, fields, Optional.ofNullable(problem)));
        }
    }

    private static String finish(StringBuilder field, boolean quoted) {
        String text = quoted ? field.toString() : field.toString().strip();
        field.setLength(0);
        return text;
    }

    private static boolean isBlank(List<String> fields, boolean lastQuoted) {
        return fields.size() == 1 && !lastQuoted && fields.get(0).isEmpty();
    }
}
