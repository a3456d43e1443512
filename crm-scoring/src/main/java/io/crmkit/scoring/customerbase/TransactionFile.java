package io.crmkit.scoring.customerbase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads transactions from a text file in one of two formats, told apart by the first data line:
 * <ul>
 *   <li><b>CDNOW</b>: whitespace-separated, as in Hardie's CDNOW files. Five columns {@code master_id sample_id date
 *       number_of_cds dollar_value} (the sample file; the customer is the sample id) or four columns
 *       {@code customer_id date number_of_cds dollar_value} (the master file), dates as {@code YYYYMMDD}.</li>
 *   <li><b>CSV</b>: comma-separated {@code customer,date,amount}, dates as {@code YYYYMMDD} or {@code YYYY-MM-DD}.</li>
 * </ul>
 * A first line that is not data (a header) is skipped, blank lines are ignored, line endings may be CRLF. Customer ids
 * made only of digits lose their leading zeros ({@code 0001} is customer {@code 1}). A file with any bad line is
 * rejected with a {@link TransactionFormatException} that names every bad line, its field and its value.
 */
public final class TransactionFile {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private TransactionFile() {
    }

    /**
     * The transactions of {@code file}, in file order.
     *
     * @throws TransactionFormatException if the file is not UTF-8 text, holds no transaction, or has a bad line
     * @throws IOException                if it cannot be read
     */
    public static List<Transaction> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TransactionFormatException(file, List.of(new TransactionFormatException.Problem(1, "file", "(binary)",
                    "is not UTF-8 text")));
        }
        return parse(file, text);
    }

    /** The transactions in {@code text}, named {@code source} in errors; see {@link #read(Path)}. */
    public static List<Transaction> parse(Path source, String text) {
        List<Transaction> transactions = new ArrayList<>();
        List<TransactionFormatException.Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        Boolean csv = null;
        int columns = 0;
        boolean firstNonBlank = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('\0') >= 0) {
                problems.add(new TransactionFormatException.Problem(i + 1, "line", shorten(line), "holds a NUL character: not a text file"));
                break;
            }
            if (csv == null) {
                csv = line.indexOf(',') >= 0;
            }
            String[] fields = csv ? line.split(",", -1) : WHITESPACE.split(line);
            if (firstNonBlank && looksLikeHeader(fields, csv)) {
                firstNonBlank = false;
                continue;
            }
            firstNonBlank = false;
            if (columns == 0) {
                columns = fields.length;
            }
            Object parsed = csv ? csvLine(i + 1, fields) : cdnowLine(i + 1, fields, columns);
            if (parsed instanceof Transaction t) {
                transactions.add(t);
            } else {
                problems.add((TransactionFormatException.Problem) parsed);
            }
        }
        if (problems.isEmpty() && transactions.isEmpty()) {
            problems.add(new TransactionFormatException.Problem(1, "file", "", "holds no transaction"));
        }
        if (!problems.isEmpty()) {
            throw new TransactionFormatException(source, problems);
        }
        return List.copyOf(transactions);
    }

    /** A header names columns: no field holds a digit. */
    private static boolean looksLikeHeader(String[] fields, boolean csv) {
        return java.util.Arrays.stream(fields).allMatch(f -> f.chars().noneMatch(Character::isDigit));
    }

    /** A CDNOW line; {@code columns} is the number of fields of the file's first data line. */
    private static Object cdnowLine(long line, String[] fields, int columns) {
        if (fields.length != columns || (columns != 4 && columns != 5)) {
            return new TransactionFormatException.Problem(line, "line", shorten(String.join(" ", fields)),
                    "has " + fields.length + " fields, expected " + (columns == 4
                            ? "4 (customer_id date number_of_cds dollar_value) as the first line"
                            : columns == 5 ? "5 (master_id sample_id date number_of_cds dollar_value) as the first line"
                            : "5 (master_id sample_id date number_of_cds dollar_value) or 4 (customer_id date number_of_cds dollar_value)"));
        }
        int offset = fields.length - 4;
        String customer = fields[offset];
        Object date = date(line, fields[offset + 1]);
        if (date instanceof TransactionFormatException.Problem p) {
            return p;
        }
        String cds = fields[offset + 2];
        if (!DIGITS.matcher(cds).matches()) {
            return new TransactionFormatException.Problem(line, "number_of_cds", shorten(cds), "is not a whole number");
        }
        Object amount = amount(line, "dollar_value", fields[offset + 3]);
        if (amount instanceof TransactionFormatException.Problem p) {
            return p;
        }
        return new Transaction(customerId(customer), (LocalDate) date, (Double) amount);
    }

    private static Object csvLine(long line, String[] fields) {
        if (fields.length != 3) {
            return new TransactionFormatException.Problem(line, "line", shorten(String.join(",", fields)),
                    "has " + fields.length + " fields, expected 3 (customer,date,amount)");
        }
        String customer = unquote(fields[0]);
        if (customer.isEmpty()) {
            return new TransactionFormatException.Problem(line, "customer", "", "is empty");
        }
        Object date = date(line, unquote(fields[1]));
        if (date instanceof TransactionFormatException.Problem p) {
            return p;
        }
        Object amount = amount(line, "amount", unquote(fields[2]));
        if (amount instanceof TransactionFormatException.Problem p) {
            return p;
        }
        return new Transaction(customerId(customer), (LocalDate) date, (Double) amount);
    }

    private static Object date(long line, String value) {
        try {
            if (value.length() == 8 && DIGITS.matcher(value).matches()) {
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                        Integer.parseInt(value.substring(6)));
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return new TransactionFormatException.Problem(line, "date", shorten(value), "is not a date (YYYYMMDD or YYYY-MM-DD)");
        }
    }

    private static Object amount(long line, String field, String value) {
        try {
            double amount = Double.parseDouble(value);
            if (amount >= 0 && Double.isFinite(amount) && value.chars().noneMatch(Character::isLetter)) {
                return amount;
            }
            return new TransactionFormatException.Problem(line, field, shorten(value), "is not an amount of at least 0");
        } catch (NumberFormatException e) {
            return new TransactionFormatException.Problem(line, field, shorten(value), "is not a number");
        }
    }

    private static String customerId(String raw) {
        if (DIGITS.matcher(raw).matches()) {
            int start = 0;
            while (start < raw.length() - 1 && raw.charAt(start) == '0') {
                start++;
            }
            return raw.substring(start);
        }
        return raw;
    }

    private static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"").strip();
        }
        return f;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
