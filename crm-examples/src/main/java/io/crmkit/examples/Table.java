package io.crmkit.examples;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for terminals: a header, a rule and rows, each column padded to its widest cell.
 * Widths are display widths, so East Asian wide characters count as two columns and combining marks as none.
 * <pre>{@code
 * Table.withHeaders("Lead", "Source").row("#1a2b3c4d", "WEB_FORM").lines().forEach(out::println);
 * }</pre>
 * Not thread-safe: build it, render it, drop it.
 */
final class Table {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final BitSet rightAligned = new BitSet();

    private Table(List<String> headers) {
        this.headers = headers;
    }

    /** A table with these column headers (at least one). */
    static Table withHeaders(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<String> cleaned = new ArrayList<>();
        for (String h : headers) {
            cleaned.add(clean(h));
        }
        return new Table(List.copyOf(cleaned));
    }

    /** Aligns {@code column} (0-based) to the right, for numbers. */
    Table alignRight(int column) {
        Objects.checkIndex(column, headers.size());
        rightAligned.set(column);
        return this;
    }

    /** Adds a row of exactly one cell per column; a cell is shown as {@code String.valueOf(cell)}, null as empty. */
    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of this table needs " + headers.size() + " cells " + headers
                    + " but had " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : clean(String.valueOf(cell)));
        }
        rows.add(List.copyOf(row));
        return this;
    }

    /** The number of rows added (the header and rule not counted). */
    int size() {
        return rows.size();
    }

    /** The rendered lines: the header, a rule of dashes, then one line per row; no trailing spaces. */
    List<String> lines() {
        int[] widths = new int[headers.size()];
        measure(headers, widths);
        rows.forEach(r -> measure(r, widths));
        List<String> lines = new ArrayList<>(rows.size() + 2);
        lines.add(render(headers, widths));
        List<String> rule = new ArrayList<>(widths.length);
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        lines.add(render(rule, widths));
        rows.forEach(r -> lines.add(render(r, widths)));
        return List.copyOf(lines);
    }

    /** The rendered lines, each prefixed with {@code indent} and ended by a newline. */
    String render(String indent) {
        StringBuilder text = new StringBuilder();
        for (String line : lines()) {
            text.append(indent).append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * The number of terminal columns {@code text} takes: wide and full-width characters (CJK, Hangul, full-width
     * forms, most emoji) count two, combining marks and other zero-width characters none, the rest one.
     */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)  // Hiragana, Katakana, Bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)  // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)  // full-width signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental symbols and pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            widths[c] = Math.max(widths[c], displayWidth(cells.get(c)));
        }
    }

    private String render(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - displayWidth(cell));
            if (c > 0) {
                line.append(GAP);
            }
            if (rightAligned.get(c)) {
                line.append(padding).append(cell);
            } else {
                line.append(cell).append(padding);
            }
        }
        return line.toString().stripTrailing();
    }

    private static String clean(String text) {
        return Objects.requireNonNull(text, "header").replaceAll("[\\r\\n\\t]+", " ");
    }
}
