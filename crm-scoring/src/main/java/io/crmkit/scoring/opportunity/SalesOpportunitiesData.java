package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.scoring.internal.Checks;
import io.crmkit.scoring.predictive.CsvFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The Maven Analytics "CRM Sales Opportunities" data set (a fictitious B2B hardware seller) read into deals,
 * {@link ClosedOpportunity closed opportunities} to learn from and {@link OpportunitySnapshot snapshots} of the open
 * ones. Four comma-separated files with a header row: {@code sales_pipeline.csv} (opportunity_id, sales_agent,
 * product, account, deal_stage, engage_date, close_date, close_value), {@code accounts.csv} (for each account's
 * sector), {@code products.csv} (each product's list price) and {@code sales_teams.csv} (each agent's manager and
 * regional office). The data's quirks are handled as they are, the files are never changed:
 * <ul>
 *   <li>Product names are matched ignoring case and spaces, so the pipeline's "GTXPro" is products.csv's "GTX Pro".</li>
 *   <li>The sector "technolgy" (sic) is read as "technology" for every account.</li>
 *   <li>An open deal may have no account (then no sector), a Prospecting deal has no engage date (then its days in
 *       stage are unknown), and open deals have no close date or value.</li>
 *   <li>Lost deals have a close value of 0, which says nothing about their size, and a won deal's close value is known
 *       only once it is won. So every deal's amount (for amount bands) is its product's list price ({@code sales_price}
 *       in products.csv), the one amount known for every deal while it is open.</li>
 * </ul>
 * The pipeline is Prospecting (default 10%) then Engaging (default 50%), then Won or Lost: the defaults are the
 * conventional ones of CRM suites, not learned. A closed deal with an engage date reached Engaging (entered on that
 * date); without one, only Prospecting. Rows that break the format (wrong number of values, unknown stage, product,
 * account or agent, a bad date, dates that contradict the stage) are left out and reported with their file and line
 * in {@link #problems()}; a file that is not such a file at all (not text, no header with the needed columns, no
 * usable rows, more bad rows than good) is rejected with a {@link CsvFormatException} naming the file and the line.
 * <pre>{@code
 * SalesOpportunitiesData data = SalesOpportunitiesData.read(Path.of("../shared/datasets/crm-sales-opportunities/sales_pipeline.csv"));
 * List<ClosedOpportunity> history = data.closed();                  // 6,711 won or lost deals
 * OpportunitySnapshot open = data.snapshot(data.open().get(0));      // as of data.asOf(), 2017-12-31
 * }</pre>
 * Immutable.
 */
public final class SalesOpportunitiesData {

    /** The id of {@link #pipeline()}, the same in every run. */
    public static final PipelineId PIPELINE_ID = new PipelineId(
            UUID.nameUUIDFromBytes("crmkit:maven-analytics:crm-sales-opportunities".getBytes(StandardCharsets.UTF_8)));

    private static final Pipeline PIPELINE = Pipeline.builder(PIPELINE_ID, "CRM Sales Opportunities")
            .open("prospecting", "Prospecting", 0.10, ForecastCategory.PIPELINE)
            .open("engaging", "Engaging", 0.50, ForecastCategory.BEST_CASE)
            .won("won", "Won")
            .lost("lost", "Lost")
            .build();

    /** Sector spellings of accounts.csv read as another. */
    private static final Map<String, String> SECTOR_CORRECTIONS = Map.of("technolgy", "technology");

    private static final List<String> PIPELINE_COLUMNS = List.of("opportunity_id", "sales_agent", "product", "account",
            "deal_stage", "engage_date", "close_date", "close_value");
    private static final List<String> ACCOUNT_COLUMNS = List.of("account", "sector");
    private static final List<String> PRODUCT_COLUMNS = List.of("product", "sales_price");
    private static final List<String> TEAM_COLUMNS = List.of("sales_agent", "manager", "regional_office");

    /** The stage of a deal in sales_pipeline.csv. */
    public enum DealStage {
        PROSPECTING("Prospecting", "prospecting"),
        ENGAGING("Engaging", "engaging"),
        WON("Won", "won"),
        LOST("Lost", "lost");

        private final String label;
        private final String key;

        DealStage(String label, String key) {
            this.label = label;
            this.key = key;
        }

        /** As written in the file: {@code "Engaging"}. */
        public String label() {
            return label;
        }

        /** The key of the stage in {@link #pipeline()}: {@code "engaging"}. */
        public String key() {
            return key;
        }

        /** True for Prospecting and Engaging. */
        public boolean isOpen() {
            return this == PROSPECTING || this == ENGAGING;
        }

        static Optional<DealStage> parse(String text) {
            for (DealStage s : values()) {
                if (s.label.equals(text)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One deal of sales_pipeline.csv, with its references resolved.
     *
     * @param line           the line of sales_pipeline.csv it is on
     * @param id             opportunity_id
     * @param salesAgent     the agent
     * @param manager        the agent's manager, from sales_teams.csv
     * @param regionalOffice the agent's regional office, from sales_teams.csv
     * @param product        the product, spelt as in products.csv
     * @param listPrice      the product's list price (sales_price): the deal's amount
     * @param account        the account; empty for many open deals
     * @param sector         the account's sector ("technolgy" read as "technology"); empty without an account or sector
     * @param stage          the deal stage
     * @param engagedOn      when it entered Engaging; empty for Prospecting deals
     * @param closedOn       when it was won or lost; empty for open deals
     * @param closeValue     the revenue of a won deal; empty for open and lost deals (lost deals say 0 in the file)
     */
    public record Deal(long line, String id, String salesAgent, String manager, String regionalOffice, String product,
                       double listPrice, Optional<String> account, Optional<String> sector, DealStage stage,
                       Optional<LocalDate> engagedOn, Optional<LocalDate> closedOn, OptionalDouble closeValue) {

        /** Validates: no nulls; closed exactly when it has a close date. */
        public Deal {
            Checks.nonBlank(id, "id");
            Checks.nonBlank(salesAgent, "salesAgent");
            Checks.nonBlank(manager, "manager");
            Checks.nonBlank(regionalOffice, "regionalOffice");
            Checks.nonBlank(product, "product");
            OpportunitySnapshot.nonNegativeAmount(listPrice, "listPrice");
            OpportunitySnapshot.nonBlankIfPresent(account, "account");
            OpportunitySnapshot.nonBlankIfPresent(sector, "sector");
            Checks.nonNull(stage, "stage");
            Checks.nonNull(engagedOn, "engagedOn");
            Checks.nonNull(closedOn, "closedOn");
            Checks.nonNull(closeValue, "closeValue");
            Checks.argument(stage.isOpen() == closedOn.isEmpty(), "deal " + id + " is " + stage.label()
                    + (closedOn.isEmpty() ? " but has no close date" : " but has a close date"));
        }

        /** True for Prospecting and Engaging deals. */
        public boolean isOpen() {
            return stage.isOpen();
        }

        /** The deal as history to learn from; empty if it is open. */
        public Optional<ClosedOpportunity> toClosed() {
            if (isOpen()) {
                return Optional.empty();
            }
            return Optional.of(new ClosedOpportunity(id, PIPELINE_ID,
                    engagedOn.isPresent() ? DealStage.ENGAGING.key() : DealStage.PROSPECTING.key(),
                    Optional.of(product), sector, OptionalDouble.of(listPrice), engagedOn, closedOn.orElseThrow(),
                    stage == DealStage.WON, List.of()));
        }
    }

    /** A row left out, with the file and the 1-based line it is on. */
    public record Problem(Path file, long line, String message) {

        public Problem {
            Checks.nonNull(file, "file");
            Checks.argument(line >= 1, "line must be at least 1 but was " + line);
            Checks.nonBlank(message, "message");
        }

        /** {@code "sales_pipeline.csv line 17: deal_stage 'Closed' is not one of Prospecting, Engaging, Won, Lost"}. */
        @Override
        public String toString() {
            return file.getFileName() + " line " + line + ": " + message;
        }
    }

    private final Path pipelineFile;
    private final List<Deal> deals;
    private final List<Problem> problems;
    private final List<String> notes;
    private final LocalDate asOf;

    private SalesOpportunitiesData(Path pipelineFile, List<Deal> deals, List<Problem> problems, List<String> notes,
                                   LocalDate asOf) {
        this.pipelineFile = pipelineFile;
        this.deals = List.copyOf(deals);
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
        this.asOf = asOf;
    }

    /** Reads {@code pipelineCsv} and the accounts.csv, products.csv and sales_teams.csv next to it. */
    public static SalesOpportunitiesData read(Path pipelineCsv) throws IOException {
        Checks.nonNull(pipelineCsv, "pipelineCsv");
        Path dir = pipelineCsv.toAbsolutePath().getParent();
        return read(pipelineCsv, dir.resolve("accounts.csv"), dir.resolve("products.csv"), dir.resolve("sales_teams.csv"));
    }

    /**
     * Reads the four files.
     *
     * @throws NoSuchFileException if a file does not exist
     * @throws CsvFormatException  if a file is not a file of this data set at all, naming it and the line
     * @throws IOException         if reading fails
     */
    public static SalesOpportunitiesData read(Path pipelineCsv, Path accountsCsv, Path productsCsv, Path teamsCsv)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // the deals first, so a file that is not a pipeline file is named before any missing reference file
        Table pipeline = table(pipelineCsv, "the deals", PIPELINE_COLUMNS);

        Map<String, Optional<String>> sectorOf = new HashMap<>();
        Map<String, Integer> corrected = new LinkedHashMap<>();
        Table accounts = table(accountsCsv, "the sector of each account", ACCOUNT_COLUMNS);
        for (Fields row : accounts.rows) {
            String account = row.get("account");
            String sector = row.get("sector");
            if (account.isEmpty()) {
                row.problem("no account name");
            } else if (sectorOf.containsKey(account)) {
                row.problem("account '" + abbreviate(account) + "' is listed twice");
            } else {
                if (SECTOR_CORRECTIONS.containsKey(sector)) {
                    corrected.merge(sector, 1, Integer::sum);
                    sector = SECTOR_CORRECTIONS.get(sector);
                }
                sectorOf.put(account, sector.isEmpty() ? Optional.empty() : Optional.of(sector));
                row.keep();
            }
        }
        corrected.forEach((wrong, count) -> notes.add(count + (count == 1 ? " account has" : " accounts have")
                + " the sector '" + wrong + "' (sic), read as '" + SECTOR_CORRECTIONS.get(wrong) + "'"));
        accounts.finish(problems);

        Map<String, String> productByKey = new HashMap<>();
        Map<String, Double> priceOf = new HashMap<>();
        Table products = table(productsCsv, "each product's list price", PRODUCT_COLUMNS);
        for (Fields row : products.rows) {
            String product = row.get("product");
            double price = number(row.get("sales_price"));
            if (product.isEmpty()) {
                row.problem("no product name");
            } else if (productByKey.containsKey(productKey(product))) {
                row.problem("product '" + abbreviate(product) + "' is listed twice");
            } else if (!(price > 0)) {
                row.problem("sales_price '" + abbreviate(row.get("sales_price")) + "' of product '" + abbreviate(product)
                        + "' is not a positive number");
            } else {
                productByKey.put(productKey(product), product);
                priceOf.put(product, price);
                row.keep();
            }
        }
        products.finish(problems);

        Map<String, String[]> teamOf = new HashMap<>();
        Table teams = table(teamsCsv, "each agent's manager and office", TEAM_COLUMNS);
        for (Fields row : teams.rows) {
            String agent = row.get("sales_agent");
            if (agent.isEmpty() || row.get("manager").isEmpty() || row.get("regional_office").isEmpty()) {
                row.problem("sales_agent, manager and regional_office are all needed");
            } else if (teamOf.containsKey(agent)) {
                row.problem("sales agent '" + abbreviate(agent) + "' is listed twice");
            } else {
                teamOf.put(agent, new String[]{row.get("manager"), row.get("regional_office")});
                row.keep();
            }
        }
        teams.finish(problems);

        List<Deal> deals = new ArrayList<>();
        Map<String, Long> lineOf = new HashMap<>();
        Map<String, Integer> respelt = new LinkedHashMap<>();
        LocalDate latest = null;
        long lostAtZero = 0;
        for (Fields row : pipeline.rows) {
            String id = row.get("opportunity_id");
            String agent = row.get("sales_agent");
            String productText = row.get("product");
            String account = row.get("account");
            String stageText = row.get("deal_stage");
            Optional<DealStage> stage = DealStage.parse(stageText);
            String product = productByKey.get(productKey(productText));
            List<String> bad = new ArrayList<>();
            if (id.isEmpty()) {
                bad.add("no opportunity_id");
            } else if (lineOf.containsKey(id)) {
                bad.add("opportunity_id " + abbreviate(id) + " is already on line " + lineOf.get(id));
            }
            if (agent.isEmpty()) {
                bad.add("no sales_agent");
            } else if (!teamOf.containsKey(agent)) {
                bad.add("sales agent '" + abbreviate(agent) + "' is not in " + teamsCsv.getFileName());
            }
            if (product == null) {
                bad.add(productText.isEmpty() ? "no product" : "product '" + abbreviate(productText) + "' is not in " + productsCsv.getFileName());
            }
            if (!account.isEmpty() && !sectorOf.containsKey(account)) {
                bad.add("account '" + abbreviate(account) + "' is not in " + accountsCsv.getFileName());
            }
            if (stage.isEmpty()) {
                bad.add("deal_stage '" + abbreviate(stageText) + "' is not one of Prospecting, Engaging, Won, Lost");
            }
            Optional<LocalDate> engaged = date(row.get("engage_date"), "engage_date", bad);
            Optional<LocalDate> closed = date(row.get("close_date"), "close_date", bad);
            String valueText = row.get("close_value");
            double value = number(valueText);
            if (!valueText.isEmpty() && !(value >= 0)) {
                bad.add("close_value '" + abbreviate(valueText) + "' is not a number >= 0");
            }
            if (stage.isPresent()) {
                DealStage s = stage.get();
                if (s == DealStage.PROSPECTING && !row.get("engage_date").isEmpty()) {
                    bad.add("a Prospecting deal has no engage_date but this one has " + abbreviate(row.get("engage_date")));
                }
                if (s == DealStage.ENGAGING && row.get("engage_date").isEmpty()) {
                    bad.add("an Engaging deal needs an engage_date");
                }
                if (s.isOpen() && (!row.get("close_date").isEmpty() || !valueText.isEmpty())) {
                    bad.add("an open (" + s.label() + ") deal has no close_date or close_value");
                }
                if (!s.isOpen() && row.get("close_date").isEmpty()) {
                    bad.add("a " + s.label() + " deal needs a close_date");
                }
                if (s == DealStage.WON && valueText.isEmpty()) {
                    bad.add("a Won deal needs a close_value");
                }
            }
            if (engaged.isPresent() && closed.isPresent() && closed.get().isBefore(engaged.get())) {
                bad.add("close_date " + closed.get() + " is before engage_date " + engaged.get());
            }
            if (!bad.isEmpty()) {
                row.problem(String.join("; ", bad));
                continue;
            }
            if (!product.equals(productText)) {
                respelt.merge(productText, 1, Integer::sum);
            }
            DealStage s = stage.orElseThrow();
            if (s == DealStage.LOST && !(value > 0)) {
                lostAtZero++;
            }
            String[] team = teamOf.get(agent);
            Optional<String> acc = account.isEmpty() ? Optional.empty() : Optional.of(account);
            deals.add(new Deal(row.line, id, agent, team[0], team[1], product, priceOf.get(product), acc,
                    acc.flatMap(sectorOf::get), s, engaged, closed,
                    s == DealStage.WON ? OptionalDouble.of(value) : OptionalDouble.empty()));
            lineOf.put(id, row.line);
            row.keep();
            for (Optional<LocalDate> d : List.of(engaged, closed)) {
                if (d.isPresent() && (latest == null || d.get().isAfter(latest))) {
                    latest = d.get();
                }
            }
        }
        pipeline.finish(problems);
        respelt.forEach((spelling, count) -> notes.add(count + (count == 1 ? " deal names" : " deals name") + " the product '"
                + spelling + "', read as '" + productByKey.get(productKey(spelling)) + "' of " + productsCsv.getFileName()));
        long lostDeals = deals.stream().filter(d -> d.stage() == DealStage.LOST).count();
        notes.add("every deal's amount is its product's list price (sales_price of " + productsCsv.getFileName() + "): "
                + (lostAtZero == lostDeals ? "all " + lostDeals : lostAtZero + " of the " + lostDeals)
                + " lost deals have a close_value of 0, open deals have none, and a won deal's close_value is known only once it is won");
        if (latest == null) {
            throw new CsvFormatException(pipelineCsv, 1, "no deal has an engage_date or a close_date, so there is no date to score open deals at");
        }
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingLong(Problem::line));
        return new SalesOpportunitiesData(pipelineCsv, deals, problems, notes, latest);
    }

    /** The data set's pipeline: Prospecting (10%), Engaging (50%), Won, Lost. */
    public Pipeline pipeline() {
        return PIPELINE;
    }

    /** Every good deal, in file order. */
    public List<Deal> deals() {
        return deals;
    }

    /** The won and lost deals as history to learn from, in file order. */
    public List<ClosedOpportunity> closed() {
        return deals.stream().map(Deal::toClosed).flatMap(Optional::stream).toList();
    }

    /** The Prospecting and Engaging deals, in file order. */
    public List<Deal> open() {
        return deals.stream().filter(Deal::isOpen).toList();
    }

    /** The latest engage or close date in the pipeline file: the day the data was taken, at which open deals are scored. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The open {@code deal} as of {@link #asOf()}. */
    public OpportunitySnapshot snapshot(Deal deal) {
        return snapshot(deal, asOf);
    }

    /**
     * The open {@code deal} as of {@code date}: its stage, product, sector as segment, list price as amount and, if
     * Engaging, the days since its engage date.
     *
     * @throws IllegalArgumentException if the deal is closed or was engaged after {@code date}
     */
    public OpportunitySnapshot snapshot(Deal deal, LocalDate date) {
        Checks.nonNull(deal, "deal");
        Checks.nonNull(date, "date");
        Checks.argument(deal.isOpen(), "deal " + deal.id() + " is " + deal.stage().label() + ": only open deals are scored");
        OpportunitySnapshot.Builder s = OpportunitySnapshot.builder(PIPELINE_ID, deal.stage().key())
                .product(deal.product()).amount(deal.listPrice());
        deal.sector().ifPresent(s::segment);
        if (deal.engagedOn().isPresent()) {
            Checks.argument(!date.isBefore(deal.engagedOn().get()), "deal " + deal.id() + " was engaged on "
                    + deal.engagedOn().get() + ", after " + date);
            s.daysInStage(Math.toIntExact(ChronoUnit.DAYS.between(deal.engagedOn().get(), date)));
        }
        return s.build();
    }

    /** Rows left out, by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    /** How the data's quirks were read, one sentence each (product spellings, sector spellings, amounts). */
    public List<String> notes() {
        return notes;
    }

    /** The pipeline file read. */
    public Path pipelineFile() {
        return pipelineFile;
    }

    @Override
    public String toString() {
        return "SalesOpportunitiesData[" + pipelineFile + ", " + deals.size() + " deals, " + problems.size() + " problems]";
    }

    // ------------------------------------------------------------------------------------------------------ reading

    /** One data row by column name; the caller either keeps it or reports its problem. */
    private static final class Fields {
        private final Table table;
        private final long line;
        private final List<String> values;

        Fields(Table table, long line, List<String> values) {
            this.table = table;
            this.line = line;
            this.values = values;
        }

        String get(String column) {
            return values.get(table.columns.get(column));
        }

        void problem(String message) {
            table.problems.add(new Problem(table.file, line, message));
        }

        void keep() {
            table.kept++;
        }
    }

    /** The well-formed rows of one file, its problems and how many rows were kept. */
    private static final class Table {
        private final Path file;
        private final Map<String, Integer> columns;
        private final List<Fields> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private int kept;

        Table(Path file, Map<String, Integer> columns) {
            this.file = file;
            this.columns = columns;
        }

        /**
         * Adds this file's problems to {@code all}, or rejects the file if no row or less than half of them is good
         * (then it is not a file of this data set, or is broken beyond reading).
         */
        void finish(List<Problem> all) {
            int bad = problems.size();
            int total = kept + bad;
            if (bad > 0 && (kept == 0 || bad > kept)) {
                Problem first = problems.stream().min(Comparator.comparingLong(Problem::line)).orElseThrow();
                throw new CsvFormatException(file, first.line(), (kept == 0 ? "no usable data rows" : "most data rows are bad")
                        + " (" + bad + " of " + total + "); the first: " + first.message());
            }
            all.addAll(problems);
        }
    }

    /** The rows of {@code file} by column; malformed records are already the table's problems. */
    private static Table table(Path file, String purpose, List<String> required) throws IOException {
        Checks.nonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file (it is read for " + purpose + ")");
        }
        List<DelimitedText.Record> records = DelimitedText.read(file);
        if (records.isEmpty()) {
            throw new CsvFormatException(file, 1, "the file is empty; expected a header line " + String.join(",", required));
        }
        DelimitedText.Record header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.fields().size(); c++) {
            columns.putIfAbsent(header.fields().get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (header.problem().isPresent() || !missing.isEmpty()) {
            throw new CsvFormatException(file, header.line(), "the header must name the columns " + String.join(",", required)
                    + " but " + (missing.isEmpty() ? header.problem().get() : "lacks " + String.join(",", missing))
                    + "; the first line was '" + abbreviate(String.join(",", header.fields())) + "'");
        }
        if (records.size() == 1) {
            throw new CsvFormatException(file, header.line() + 1, "the file has a header but no data rows");
        }
        Table table = new Table(file, columns);
        for (DelimitedText.Record record : records.subList(1, records.size())) {
            if (record.problem().isPresent()) {
                table.problems.add(new Problem(file, record.line(), record.problem().get()));
            } else if (record.fields().size() != header.fields().size()) {
                table.problems.add(new Problem(file, record.line(), "expected " + header.fields().size()
                        + " values but found " + record.fields().size()));
            } else {
                table.rows.add(new Fields(table, record.line(), record.fields()));
            }
        }
        return table;
    }

    private static String productKey(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Optional<LocalDate> date(String text, String column, List<String> bad) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            bad.add(column + " '" + abbreviate(text) + "' is not a date (YYYY-MM-DD)");
            return Optional.empty();
        }
    }

    /** The number {@code text} spells, or NaN. */
    private static double number(String text) {
        if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
