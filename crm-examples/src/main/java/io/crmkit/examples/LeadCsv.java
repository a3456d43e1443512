package io.crmkit.examples;

import io.crmkit.scoring.rules.Engagement;
import io.crmkit.scoring.rules.Profile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads leads to score from a CSV file (comma separated, RFC 4180 quoting, UTF-8, header row). Column {@code id} is
 * required; column {@code events}, if present, holds the lead's behaviour as {@code type@instant} items separated by
 * {@code ;} (for example {@code page_view@2026-05-30T10:00:00Z;form_submit_demo@2026-05-31T08:15:00Z}); every other
 * column is a profile attribute: empty is absent, {@code true}/{@code false} a flag, a decimal number a number, and
 * anything else text. Quoted fields may hold commas, doubled quotes and line breaks. A bad row is reported with the
 * line number it starts on and skipped; the others are still read.
 */
final class LeadCsv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** A lead read from a row. */
    record Row(int line, String id, Profile profile, Engagement engagement) {
    }

    /** A row that could not be read. */
    record Problem(int line, String message) {
    }

    /** What was read. */
    record Result(List<Row> rows, List<Problem> problems) {
    }

    private LeadCsv() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException naming the file if it cannot be read as a lead CSV at all (missing, not UTF-8,
     *                                  no header, no id column, duplicate or invalid column names)
     */
    static Result read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> lines = records(text);
        List<Integer> lineNumbers = lineNumbers(lines);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(file + " has no header row; the first line must name the columns, with an 'id' column");
        }
        List<String> header;
        try {
            header = fields(stripBom(lines.get(0)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line 1: " + e.getMessage(), e);
        }
        int idColumn = -1;
        int eventsColumn = -1;
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            if (!seen.add(name)) {
                throw new IllegalArgumentException(file + " line 1: column '" + name + "' appears twice");
            }
            if (name.equals("id")) {
                idColumn = c;
            } else if (name.equals("events")) {
                eventsColumn = c;
            } else if (!name.matches("[A-Za-z][A-Za-z0-9_.:-]{0,63}")) {
                throw new IllegalArgumentException(file + " line 1: column '" + name
                        + "' is not an attribute name (a letter, then letters, digits, '_', '.', ':' or '-')");
            }
        }
        if (idColumn < 0) {
            throw new IllegalArgumentException(file + " line 1: there is no 'id' column (columns: " + header + ")");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = lineNumbers.get(i);
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                List<String> cells = fields(lines.get(i));
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException("expected " + header.size() + " fields but found " + cells.size());
                }
                String id = cells.get(idColumn).strip();
                if (id.isEmpty()) {
                    throw new IllegalArgumentException("id is empty");
                }
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("id '" + id + "' appears twice");
                }
                Profile.Builder profile = Profile.builder();
                for (int c = 0; c < cells.size(); c++) {
                    if (c != idColumn && c != eventsColumn) {
                        attribute(profile, header.get(c).strip(), cells.get(c).strip());
                    }
                }
                Engagement engagement = eventsColumn < 0 ? Engagement.none() : events(cells.get(eventsColumn));
                rows.add(new Row(line, id, profile.build(), engagement));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new Problem(line, e.getMessage()));
            }
        }
        return new Result(List.copyOf(rows), List.copyOf(problems));
    }

    private static void attribute(Profile.Builder profile, String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            profile.flag(name, lower.equals("true"));
        } else if (NUMBER.matcher(value).matches()) {
            profile.number(name, Double.parseDouble(value));
        } else {
            profile.text(name, value);
        }
    }

    private static Engagement events(String cell) {
        Engagement.Builder events = Engagement.builder();
        if (cell.isBlank()) {
            return Engagement.none();
        }
        for (String item : cell.split(";")) {
            String event = item.strip();
            int at = event.lastIndexOf('@');
            if (at <= 0 || at == event.length() - 1) {
                throw new IllegalArgumentException("event '" + event + "' must be type@instant, e.g. page_view@2026-05-30T10:00:00Z");
            }
            try {
                events.add(event.substring(0, at), Instant.parse(event.substring(at + 1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("event '" + event + "' has no ISO-8601 instant after '@' (e.g. 2026-05-30T10:00:00Z)");
            }
        }
        return events.build();
    }

    /**
     * The records of {@code text}: lines, except that a line break inside double quotes belongs to its field (RFC
     * 4180), so one record may span several lines.
     */
    static List<String> records(String text) {
        List<String> records = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (!quoted && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                records.add(record.toString());
                record.setLength(0);
            } else {
                record.append(ch);
            }
        }
        if (record.length() > 0 || quoted) {
            records.add(record.toString());
        }
        return records;
    }

    /** The file line each record starts on (1-based): records with quoted line breaks span several lines. */
    private static List<Integer> lineNumbers(List<String> records) {
        List<Integer> starts = new ArrayList<>(records.size());
        int line = 1;
        for (String record : records) {
            starts.add(line);
            line += 1 + (int) record.chars().filter(c -> c == '\n').count();
        }
        return starts;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** The fields of one CSV line: commas separate, double quotes quote, a doubled quote inside quotes is a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("a quote in the middle of field " + (fields.size() + 1));
                }
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                if (wasQuoted && !Character.isWhitespace(ch)) {
                    throw new IllegalArgumentException("text after the closing quote of field " + (fields.size() + 1));
                }
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("field " + (fields.size() + 1) + " has an opening quote but no closing one");
        }
        fields.add(field.toString());
        return fields;
    }
}
