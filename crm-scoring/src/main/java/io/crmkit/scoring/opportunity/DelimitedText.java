package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.predictive.CsvFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comma-separated UTF-8 text split into records (RFC 4180): values optionally in double quotes (a doubled quote
 * stands for one; quoted values may hold commas and line breaks), lines ending in CRLF, LF or CR, blank lines
 * skipped, a byte-order mark ignored, unquoted values trimmed. A file that is not text (bytes that are not UTF-8,
 * control characters) or has a quote that never closes is rejected with a {@link CsvFormatException} naming the file
 * and the line; a record with text after a closing quote carries a problem instead.
 */
final class DelimitedText {

    /** One record and the 1-based line it starts on; {@code problem} is present when it is malformed. */
    record Record(long line, List<String> fields, Optional<String> problem) {
        Record {
            fields = List.copyOf(fields);
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTED }

    private DelimitedText() {
    }

    static List<Record> read(Path file) throws IOException {
        Parser parser = new Parser(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    parser.accept(chars);
                    if (result.isError()) {
                        throw new CsvFormatException(file, parser.line, String.format(
                                "the file is not UTF-8 text: byte 0x%02X cannot be read", bytes.get(bytes.position()) & 0xFF));
                    }
                } while (result.isOverflow());
                bytes.compact();
            }
            decoder.flush(chars);
            parser.accept(chars);
        }
        return parser.finish();
    }

    /** The state of a parse, fed characters as they are decoded. */
    private static final class Parser {
        private final Path file;
        private final List<Record> records = new ArrayList<>();
        private long line = 1;
        private long recordLine = 1;
        private long quoteLine = 1;
        private boolean skipLf;
        private boolean first = true;
        private State state = State.FIELD_START;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private String problem;
        private boolean quoted;

        Parser(Path file) {
            this.file = file;
        }

        /** Parses and empties {@code chars} (in write mode). */
        void accept(CharBuffer chars) {
            chars.flip();
            while (chars.hasRemaining()) {
                accept(chars.get());
            }
            chars.clear();
        }

        private void accept(char c) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    return;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    return;
                }
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw new CsvFormatException(file, line,
                        String.format("the file contains the control character U+%04X: not a text file", (int) c));
            }
            boolean newline = c == '\n' || c == '\r';
            if (newline) {
                skipLf = c == '\r';
            }
            if (state == State.QUOTED) {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    field.append(c);
                }
            } else if (state == State.QUOTE_IN_QUOTED && c == '"') {
                field.append('"');
                state = State.QUOTED;
            } else {
                if (state == State.QUOTE_IN_QUOTED) {
                    state = State.AFTER_QUOTED;
                }
                if (c == ',') {
                    fields.add(DelimitedText.finish(field, quoted));
                    quoted = false;
                    state = State.FIELD_START;
                } else if (newline) {
                    endRecord();
                    recordLine = line + 1;
                } else if (state == State.AFTER_QUOTED) {
                    if (c != ' ' && c != '\t' && problem == null) {
                        problem = "unexpected text after the closing quote of value " + (fields.size() + 1);
                    }
                } else if (state == State.FIELD_START && c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                    quoteLine = line;
                    state = State.QUOTED;
                } else {
                    field.append(c);
                    if (c != ' ' && c != '\t') {
                        state = State.UNQUOTED;
                    }
                }
            }
            if (newline) {
                line++;
            }
        }

        private void endRecord() {
            fields.add(DelimitedText.finish(field, quoted));
            if (!(fields.size() == 1 && !quoted && fields.get(0).isEmpty())) {
                records.add(new Record(recordLine, fields, Optional.ofNullable(problem)));
            }
            fields.clear();
            problem = null;
            quoted = false;
            state = State.FIELD_START;
        }

        List<Record> finish() {
            if (state == State.QUOTED) {
                throw new CsvFormatException(file, quoteLine, "a quoted value starting on line " + quoteLine + " is never closed");
            }
            endRecord();
            return records;
        }
    }

    private static String finish(StringBuilder field, boolean quoted) {
        String text = quoted ? field.toString() : field.toString().strip();
        field.setLength(0);
        return text;
    }
}
