package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import io.crmkit.scoring.predictive.internal.CsvParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Dataset} read from a delimited text file, with the rows that were left out and why.
 * <pre>{@code
 * CsvDataset bank = CsvDataset.read(Path.of("bank-full.csv"), ';', "y", "yes", Set.of("duration"));
 * bank.problems().forEach(System.out::println);   // "line 17: expected 17 values but found 3"
 * Dataset data = bank.dataset();
 * }</pre>
 *
 * @param source   the file read
 * @param dataset  the good rows
 * @param problems the rows left out, in line order
 */
public record CsvDataset(Path source, Dataset dataset, List<CsvProblem> problems) {

    /** Share of the non-empty values of a column that must parse as numbers for the column to be numeric. */
    private static final double NUMERIC_SHARE = 0.99;

    public CsvDataset {
        Checks.nonNull(source, "source");
        Checks.nonNull(dataset, "dataset");
        problems = List.copyOf(Checks.nonNull(problems, "problems"));
    }

    /**
     * Reads a UTF-8 file whose first line names the columns, with fields separated by {@code separator} and
     * optionally enclosed in double quotes (as in the UCI bank-marketing files).
     * <ul>
     *   <li>The column {@code target} is the binary target: a row is positive when its value equals
     *       {@code positiveLabel}, negative otherwise.</li>
     *   <li>Columns in {@code exclude} are skipped (e.g. one that leaks the outcome); every name must be in the header.</li>
     *   <li>A column is numeric when its non-empty values are numbers; when at least 99% of them are, the column is
     *       numeric and each row with a value that is not a number is reported. Otherwise it is categorical.
     *       Empty values are missing.</li>
     *   <li>Rows with the wrong number of values, a bad number, no target value or broken quoting are left out and
     *       reported in {@link #problems()} with their line number.</li>
     * </ul>
     *
     * @throws CsvFormatException if the file is not a usable dataset: empty, not text, no header, no data rows, more
     *                            bad rows than good, an unterminated quote, the target or an excluded column not in
     *                            the header, or the positive label never seen
     * @throws IOException        if the file cannot be read
     */
    public static CsvDataset read(Path file, char separator, String target, String positiveLabel, Set<String> exclude)
            throws IOException {
        Checks.nonNull(file, "file");
        Checks.argument(separator != '"' && separator != '\n' && separator != '\r',
                "separator must not be a quote or a line break but was '" + separator + "'");
        Checks.nonBlank(target, "target");
        Checks.nonBlank(positiveLabel, "positiveLabel");
        Checks.nonNull(exclude, "exclude");
        exclude.forEach(name -> Checks.nonNull(name, "an excluded column"));
        Checks.argument(!exclude.contains(target), "the target '" + target + "' cannot be excluded");

        List<CsvParser.Record> records = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            CsvParser.read(in, separator, records::add);
        } catch (CsvParser.Garbage e) {
            throw new CsvFormatException(file, e.line(), "the file " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new CsvFormatException(file, 1, "the file is empty; expected a header line naming the columns");
        }
        Header header = header(file, records.get(0), separator, target, exclude);
        if (records.size() == 1) {
            throw new CsvFormatException(file, records.get(0).line() + 1, "the file has a header but no data rows");
        }

        List<CsvProblem> problems = new ArrayList<>();
        List<CsvParser.Record> good = new ArrayList<>();
        for (CsvParser.Record record : records.subList(1, records.size())) {
            if (record.problem().isPresent()) {
                problems.add(new CsvProblem(record.line(), record.problem().get()));
            } else if (record.fields().size() != header.names.size()) {
                problems.add(new CsvProblem(record.line(), "expected " + header.names.size() + " values but found "
                        + record.fields().size()));
            } else if (record.fields().get(header.target).isEmpty()) {
                problems.add(new CsvProblem(record.line(), "no value for the target '" + target + "'"));
            } else {
                good.add(record);
            }
        }
        rejectIfMostlyBad(file, records.size() - 1, good.size(), problems);

        // parse every value of the columns used once, and infer each column's type from the well-formed rows
        List<Integer> used = new ArrayList<>();
        for (int c = 0; c < header.names.size(); c++) {
            if (c != header.target && !exclude.contains(header.names.get(c))) {
                used.add(c);
            }
        }
        List<Column> columns = new ArrayList<>();
        double[][] parsed = new double[used.size()][];
        for (int k = 0; k < used.size(); k++) {
            int c = used.get(k);
            parsed[k] = new double[good.size()];
            int nonEmpty = 0;
            int numbers = 0;
            for (int i = 0; i < good.size(); i++) {
                String text = good.get(i).fields().get(c);
                parsed[k][i] = text.isEmpty() ? Double.NaN : parse(text);
                nonEmpty += text.isEmpty() ? 0 : 1;
                numbers += Double.isNaN(parsed[k][i]) ? 0 : 1;
            }
            boolean numeric = numbers > 0 && numbers >= NUMERIC_SHARE * nonEmpty;
            columns.add(numeric ? Column.numeric(header.names.get(c)) : Column.categorical(header.names.get(c)));
        }
        // leave out rows with a value that is not a number in a numeric column
        List<Integer> keptRows = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            List<String> bad = new ArrayList<>();
            for (int k = 0; k < used.size(); k++) {
                String text = good.get(i).fields().get(used.get(k));
                if (columns.get(k).type() == ColumnType.NUMERIC && !text.isEmpty() && Double.isNaN(parsed[k][i])) {
                    bad.add("column '" + columns.get(k).name() + "': '" + abbreviate(text) + "' is not a number");
                }
            }
            if (bad.isEmpty()) {
                keptRows.add(i);
            } else {
                problems.add(new CsvProblem(good.get(i).line(), String.join("; ", bad)));
            }
        }
        List<CsvParser.Record> kept = keptRows.stream().map(good::get).toList();
        rejectIfMostlyBad(file, records.size() - 1, kept.size(), problems);

        int n = kept.size();
        boolean[] labels = new boolean[n];
        Set<String> targetValues = new LinkedHashSet<>();
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            String value = kept.get(i).fields().get(header.target);
            labels[i] = value.equals(positiveLabel);
            anyPositive |= labels[i];
            if (targetValues.size() < 10) {
                targetValues.add(value);
            }
        }
        if (!anyPositive) {
            throw new CsvFormatException(file, header.line, "the positive label '" + positiveLabel
                    + "' never occurs in the target column '" + target + "' (values seen: " + targetValues + ")");
        }
        List<Dataset.Values> values = new ArrayList<>();
        for (int k = 0; k < used.size(); k++) {
            int c = used.get(k);
            if (columns.get(k).type() == ColumnType.NUMERIC) {
                double[] numbers = new double[n];
                for (int i = 0; i < n; i++) {
                    numbers[i] = parsed[k][keptRows.get(i)];
                }
                values.add(new Dataset.Numbers(numbers));
            } else {
                Map<String, Integer> codes = new LinkedHashMap<>();
                int[] coded = new int[n];
                for (int i = 0; i < n; i++) {
                    String text = kept.get(i).fields().get(c);
                    coded[i] = text.isEmpty() ? -1 : codes.computeIfAbsent(text, t -> codes.size());
                }
                values.add(new Dataset.Categories(coded, List.copyOf(codes.keySet())));
            }
        }
        problems.sort(Comparator.comparingLong(CsvProblem::line));
        return new CsvDataset(file, new Dataset(target, columns, values, labels), problems);
    }

    private record Header(long line, List<String> names, int target) {
    }

    private static Header header(Path file, CsvParser.Record record, char separator, String target, Set<String> exclude) {
        long line = record.line();
        if (record.problem().isPresent()) {
            throw new CsvFormatException(file, line, "the header is malformed: " + record.problem().get());
        }
        List<String> names = record.fields();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.isBlank()) {
                throw new CsvFormatException(file, line, "column " + (c + 1) + " of the header has no name");
            }
            Integer before = seen.putIfAbsent(name, c);
            if (before != null) {
                throw new CsvFormatException(file, line, "the header names column '" + name + "' twice (columns "
                        + (before + 1) + " and " + (c + 1) + ")");
            }
        }
        Integer t = seen.get(target);
        if (t == null) {
            throw new CsvFormatException(file, line, "the header has no target column '" + target + "'; columns: "
                    + abbreviate(names.toString()) + " (separated by '" + separator + "'?)");
        }
        Set<String> unknown = new HashSet<>(exclude);
        unknown.removeAll(seen.keySet());
        if (!unknown.isEmpty()) {
            throw new CsvFormatException(file, line, "excluded columns " + unknown.stream().sorted().toList()
                    + " are not in the header; columns: " + abbreviate(names.toString()));
        }
        return new Header(line, names, t);
    }

    private static void rejectIfMostlyBad(Path file, int rows, int good, List<CsvProblem> problems) {
        if (good == 0 || problems.size() > good) {
            CsvProblem first = problems.stream().min(Comparator.comparingLong(CsvProblem::line)).orElseThrow();
            throw new CsvFormatException(file, first.line(), (good == 0 ? "no usable data rows" : "most data rows are bad")
                    + " (" + (rows - good) + " of " + rows + "); the first: " + first.message());
        }
    }

    /** The finite decimal number {@code text} spells ({@code -12}, {@code 3.5}, {@code .5}, {@code 1e-3}), or NaN. */
    static double parse(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
