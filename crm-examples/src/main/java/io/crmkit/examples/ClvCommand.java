package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.scoring.customerbase.BgNbd;
import io.crmkit.scoring.customerbase.CustomerSummaries;
import io.crmkit.scoring.customerbase.CustomerSummary;
import io.crmkit.scoring.customerbase.FitResult;
import io.crmkit.scoring.customerbase.GammaGamma;
import io.crmkit.scoring.customerbase.GammaGammaModel;
import io.crmkit.scoring.customerbase.HoldoutComparison;
import io.crmkit.scoring.customerbase.LifetimeValue;
import io.crmkit.scoring.customerbase.ParetoNbd;
import io.crmkit.scoring.customerbase.PurchaseModel;
import io.crmkit.scoring.customerbase.Transaction;
import io.crmkit.scoring.customerbase.TransactionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code crmkit clv}: fits a purchase model (BG/NBD or Pareto/NBD) and the Gamma-Gamma spend model to the transactions
 * up to the calibration end, then prints for each requested customer the probability of being alive, the expected
 * purchases over the horizon, the expected average spend and the discounted lifetime value over the horizon. When the
 * file holds transactions after the calibration end, the model's expected holdout purchases are compared with the
 * actual ones by calibration frequency.
 */
@Command(name = "clv",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Customer lifetime value: fits BG/NBD or Pareto/NBD and Gamma-Gamma to a transaction file.",
                "",
                "Reads CDNOW's whitespace format (master_id sample_id date number_of_cds dollar_value, or customer_id "
                        + "date number_of_cds dollar_value) or a plain CSV (customer,date,amount). Time is in weeks from each "
                        + "customer's first purchase; purchases on the same day count as one. Lifetime value is the expected "
                        + "spend of the expected purchases week by week over the horizon, discounted weekly at the annual "
                        + "--discount-rate. Without --customer every customer is printed (the 10 most valuable as text)."})
final class ClvCommand implements Callable<Integer> {

    private static final int HOLDOUT_GROUPS = 7;
    private static final int TEXT_CUSTOMERS = 10;

    /** The purchase models the command fits. */
    enum Model {
        BGNBD, PARETO_NBD;

        static Model parse(String text) {
            return switch (text) {
                case "bgnbd" -> BGNBD;
                case "pareto-nbd" -> PARETO_NBD;
                default -> throw new IllegalArgumentException("--model must be bgnbd or pareto-nbd but was '" + text + "'");
            };
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--transactions", required = true, paramLabel = "FILE", description = "The transaction file.")
    private Path transactions;

    @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
            description = "The last day (YYYY-MM-DD) of the calibration period the models are fitted on.")
    private LocalDate calibrationEnd;

    @Option(names = "--model", paramLabel = "bgnbd|pareto-nbd", defaultValue = "bgnbd",
            description = "The purchase model (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--customer", paramLabel = "ID", description = "A customer to print; repeat for more.")
    private List<String> customers = new ArrayList<>();

    @Option(names = "--horizon", paramLabel = "N", defaultValue = "52",
            description = "The horizon in weeks after the calibration end (default: ${DEFAULT-VALUE}).")
    private int horizon;

    @Option(names = "--discount-rate", paramLabel = "RATE", defaultValue = "0.10",
            description = "The annual discount rate for lifetime value (default: ${DEFAULT-VALUE}).")
    private double discountRate;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    /** One customer's results. */
    private record Scored(CustomerSummary customer, double alive, double purchases, double spend, double value) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Model kind = Model.parse(model);
        if (horizon < 1) {
            throw new IllegalArgumentException("--horizon must be at least 1 week but was " + horizon);
        }
        if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("--discount-rate must be a finite number of at least 0 but was " + discountRate);
        }
        if (!Files.isRegularFile(transactions)) {
            throw new IllegalArgumentException("transaction file " + transactions + " does not exist");
        }
        List<Transaction> log = TransactionFile.read(transactions);
        LocalDate last = log.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
        CustomerSummaries summaries = CustomerSummaries.of(log, calibrationEnd, last.isAfter(calibrationEnd) ? last : calibrationEnd);
        if (summaries.customers().isEmpty()) {
            throw new IllegalArgumentException("no customer in " + transactions + " made a purchase on or before the calibration end "
                    + calibrationEnd + " (the first purchase is on "
                    + log.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElseThrow() + ")");
        }
        List<CustomerSummary> chosen = new ArrayList<>();
        for (String id : customers) {
            chosen.add(summaries.customer(id).orElseThrow(() -> new IllegalArgumentException("customer '" + id + "' made no purchase "
                    + "on or before the calibration end " + calibrationEnd + " in " + transactions)));
        }

        FitResult<? extends PurchaseModel> fit = kind == Model.BGNBD ? BgNbd.fit(summaries.customers())
                : ParetoNbd.fit(summaries.customers());
        FitResult<GammaGammaModel> spendFit = GammaGamma.fit(summaries.customers());
        if (!fit.converged()) {
            err.println("crmkit: warning: the " + fit.model().name() + " fit did not converge after " + fit.evaluations()
                    + " evaluations; the parameters are the best found");
        }
        if (!spendFit.converged()) {
            err.println("crmkit: warning: the Gamma-Gamma fit did not converge after " + spendFit.evaluations() + " evaluations");
        }
        err.flush();
        PurchaseModel purchases = fit.model();
        GammaGammaModel spend = spendFit.model();
        LifetimeValue value = new LifetimeValue(horizon, 1, Math.pow(1 + discountRate, 1.0 / 52) - 1, 1);
        List<Scored> scored = new ArrayList<>();
        for (CustomerSummary c : chosen.isEmpty() ? summaries.customers() : chosen) {
            scored.add(new Scored(c, purchases.probabilityAlive(c), purchases.expectedPurchases(horizon, c),
                    spend.expectedAverageSpend(c), value.of(purchases, spend, c)));
        }
        HoldoutComparison holdout = summaries.holdoutWeeks() > 0
                ? HoldoutComparison.of(purchases, summaries, HOLDOUT_GROUPS) : null;
        out.print(json ? json(summaries, fit, spendFit, scored, holdout) + "\n"
                : text(summaries, fit, spendFit, scored, holdout, !chosen.isEmpty()));
        out.flush();
        return 0;
    }

    private String text(CustomerSummaries summaries, FitResult<? extends PurchaseModel> fit, FitResult<GammaGammaModel> spendFit,
                        List<Scored> scored, HoldoutComparison holdout, boolean requested) {
        StringBuilder text = new StringBuilder();
        long repeaters = summaries.customers().stream().filter(c -> c.frequency() > 0).count();
        text.append("crmkit clv: ").append(summaries.customers().size()).append(" customers in ")
                .append(transactions.getFileName()).append(" with a first purchase on or before ").append(calibrationEnd)
                .append(" (").append(repeaters).append(" bought again before then)")
                .append(summaries.customersAfterCalibration() > 0
                        ? "; " + summaries.customersAfterCalibration() + " customers first bought later and are left out" : "")
                .append('\n');
        text.append('\n').append(label(fit.model())).append(": ").append(parameters(fit.model().parameters()))
                .append(", log-likelihood ").append(number(fit.logLikelihood(), 2)).append(", ").append(status(fit)).append('\n');
        text.append("Gamma-Gamma spend (").append(spendFit.customers()).append(" repeat customers): ")
                .append(parameters(spendFit.model().parameters())).append(", log-likelihood ")
                .append(number(spendFit.logLikelihood(), 2)).append(", ").append(status(spendFit)).append('\n');
        if (holdout != null) {
            text.append('\n').append("Holdout ").append(calibrationEnd.plusDays(1)).append("..").append(summaries.holdoutEnd())
                    .append(" (").append(number(summaries.holdoutWeeks(), 1)).append(" weeks): repeat purchases per customer by "
                            + "calibration frequency\n");
            Table table = Table.withHeaders("Repeat purchases", "Customers", "Actual", "Expected").alignRight(1).alignRight(2)
                    .alignRight(3);
            double actual = 0;
            double expected = 0;
            for (HoldoutComparison.Row r : holdout.rows()) {
                table.row(r.label(), r.customers(), number(r.actual(), 2), number(r.expected(), 2));
                actual += r.actual() * r.customers();
                expected += r.expected() * r.customers();
            }
            table.row("Total", summaries.customers().size(), number(actual, 0), number(expected, 0));
            text.append(table.render("  "));
        }
        List<Scored> shown = requested ? scored
                : scored.stream().sorted(Comparator.comparingDouble(Scored::value).reversed()).limit(TEXT_CUSTOMERS).toList();
        text.append('\n').append(requested ? "Customers" : "The " + shown.size() + " most valuable customers")
                .append(" over the next ").append(horizon).append(" weeks (lifetime value discounted at ")
                .append(number(100 * discountRate, 1)).append("% a year):\n");
        Table table = Table.withHeaders("Customer", "x", "t_x", "T", "P(alive)", "Expected purchases", "Average spend",
                "Lifetime value");
        for (int c = 1; c <= 7; c++) {
            table.alignRight(c);
        }
        for (Scored s : shown) {
            CustomerSummary c = s.customer();
            table.row(c.customerId(), c.frequency(), number(c.recency(), 2), number(c.age(), 2), number(s.alive(), 3),
                    number(s.purchases(), 3), number(s.spend(), 2), number(s.value(), 2));
        }
        text.append(table.render("  "));
        return text.toString();
    }

    private String json(CustomerSummaries summaries, FitResult<? extends PurchaseModel> fit, FitResult<GammaGammaModel> spendFit,
                        List<Scored> scored, HoldoutComparison holdout) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("transactions", transactions.toString()).put("calibrationEnd", calibrationEnd.toString())
                .put("model", fit.model().name()).put("horizonWeeks", horizon).put("discountRate", discountRate)
                .put("calibrationCustomers", summaries.customers().size());
        ObjectNode parameters = root.putObject("parameters");
        fit.model().parameters().forEach(parameters::put);
        spendFit.model().parameters().forEach(parameters::put);
        root.put("logLikelihood", fit.logLikelihood()).put("status", fit.status().name());
        root.putObject("spend").put("logLikelihood", spendFit.logLikelihood()).put("status", spendFit.status().name())
                .put("customers", spendFit.customers());
        ArrayNode customers = root.putArray("customers");
        for (Scored s : scored) {
            CustomerSummary c = s.customer();
            customers.addObject().put("id", c.customerId()).put("x", c.frequency()).put("t_x", c.recency()).put("T", c.age())
                    .put("probabilityAlive", s.alive()).put("expectedPurchases", s.purchases())
                    .put("expectedAverageSpend", s.spend()).put("lifetimeValue", s.value());
        }
        if (holdout != null) {
            ObjectNode h = root.putObject("holdout");
            h.put("from", calibrationEnd.plusDays(1).toString()).put("to", summaries.holdoutEnd().toString())
                    .put("weeks", summaries.holdoutWeeks());
            ArrayNode rows = h.putArray("byCalibrationFrequency");
            for (HoldoutComparison.Row r : holdout.rows()) {
                rows.addObject().put("frequency", r.label()).put("customers", r.customers()).put("actual", r.actual())
                        .put("expected", r.expected());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static String label(PurchaseModel model) {
        return model.name().equals("bgnbd") ? "BG/NBD" : "Pareto/NBD";
    }

    private static String parameters(Map<String, Double> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, v) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(" = ").append(number(v, 3)));
        return text.toString();
    }

    private static String status(FitResult<?> fit) {
        return fit.converged() ? "converged" : "NOT converged";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
