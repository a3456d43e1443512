package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.scoring.forecast.Backtest;
import io.crmkit.scoring.forecast.CloseDates;
import io.crmkit.scoring.forecast.ForecastRollup;
import io.crmkit.scoring.forecast.OpenDeal;
import io.crmkit.scoring.forecast.PipelineSimulation;
import io.crmkit.scoring.forecast.Quarter;
import io.crmkit.scoring.forecast.SalesPipelineForecasts;
import io.crmkit.scoring.forecast.SeriesForecast;
import io.crmkit.scoring.forecast.WeightedPipeline;
import io.crmkit.scoring.forecast.WonDeal;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code crmkit forecast}: the CRM Sales Opportunities pipeline as it stood on a day, forecast: the weighted pipeline
 * by month and quarter, the next quarter's forecast calls by office and manager, a Monte Carlo of the open deals
 * (P10/P50/P90 per month), and a time-series forecast of monthly won revenue chosen by backtest; with the actual won
 * revenue of the following months when the file has them. {@code --svg} draws a fan chart.
 */
@Command(name = "forecast",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Forecasts the CRM Sales Opportunities pipeline as of a day.",
                "",
                "Deals engaged by the as-of day and not yet closed are open (Prospecting deals only from the file's last "
                        + "day on: the file does not say when they were created). An open deal is worth its product's list "
                        + "price, is won with its stage's default probability (Engaging 50%%, Prospecting 10%%) and is expected "
                        + "to close the median engage-to-close time after its engage date (not before the next day); the "
                        + "Monte Carlo lets each close up to 30 days earlier or later. The simulation covers the open deals "
                        + "only, so deals that are not in the pipeline yet are not in it; the time-series forecast of won "
                        + "revenue (Holt-Winters or a linear trend, chosen by one-month-ahead backtest against the seasonal "
                        + "naive forecast, a season being a quarter) includes them."})
final class ForecastCommand implements Callable<Integer> {

    private static final int SEASON = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", required = true, paramLabel = "sales_pipeline.csv",
            description = "The deals; accounts.csv, products.csv and sales_teams.csv are read from the same directory.")
    private Path pipeline;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The day (YYYY-MM-DD) to forecast from.")
    private LocalDate asOf;

    @Option(names = "--months", paramLabel = "N", defaultValue = "3", description = "Months to forecast (default: ${DEFAULT-VALUE}).")
    private int months;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "10000",
            description = "Monte Carlo trials (default: ${DEFAULT-VALUE}).")
    private int trials;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Monte Carlo seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also write a fan chart (history, P10-P90, P50) to FILE.")
    private Path svg;

    /** Everything the command computed. */
    private record Result(SalesOpportunitiesData data, List<OpenDeal> open, SortedMap<YearMonth, WeightedPipeline.Totals> byMonth,
                          SortedMap<Quarter, WeightedPipeline.Totals> byQuarter, Quarter quarter, Map<String, ForecastRollup> team,
                          PipelineSimulation.Result simulation, SortedMap<YearMonth, Double> history, Backtest backtest,
                          SortedMap<YearMonth, Double> actual) {
    }

    @Override
    public Integer call() throws IOException {
        if (months < 1) {
            throw new IllegalArgumentException("--months must be at least 1 but was " + months);
        }
        if (trials < 1) {
            throw new IllegalArgumentException("--trials must be at least 1 but was " + trials);
        }
        PrintWriter out = spec.commandLine().getOut();
        SalesOpportunitiesData data = FunnelCommand.read(pipeline, spec.commandLine().getErr());
        if (asOf.isAfter(data.asOf())) {
            throw new IllegalArgumentException("--as-of " + asOf + " is after the last day of the file, " + data.asOf());
        }
        List<OpenDeal> open = SalesPipelineForecasts.openDealsAsOf(data, asOf);
        List<WonDeal> won = SalesPipelineForecasts.wonDeals(data).stream().filter(w -> !w.closedOn().isAfter(asOf)).toList();

        Quarter quarter = Quarter.of(asOf.plusDays(1));
        LocalDate from = LocalDate.of(quarter.year(), 3 * quarter.quarter() - 2, 1);
        Map<String, ForecastRollup> team = SalesPipelineForecasts.hierarchy(data)
                .rollUp(ForecastRollup.byOwner(open, won, from, from.plusMonths(3).minusDays(1)), List.of());

        PipelineSimulation.Result simulation = PipelineSimulation.run(open, CloseDates.uniform(30, 30).after(asOf),
                PipelineSimulation.Config.of(trials, seed));

        SortedMap<YearMonth, Double> all = SalesPipelineForecasts.wonRevenueByMonth(data);
        YearMonth lastFull = YearMonth.from(asOf.plusDays(1)).minusMonths(1);
        SortedMap<YearMonth, Double> history = new TreeMap<>(all.headMap(lastFull.plusMonths(1)));
        SortedMap<YearMonth, Double> actual = new TreeMap<>(all.tailMap(lastFull.plusMonths(1)));
        Backtest backtest = null;
        if (history.size() >= 2 * SEASON + 2) {
            double[] series = history.values().stream().mapToDouble(Double::doubleValue).toArray();
            backtest = Backtest.run(series, SEASON, 2 * SEASON + 1, 1, months, 0.8);
        }
        Result r = new Result(data, open, WeightedPipeline.byMonth(open), WeightedPipeline.byQuarter(open), quarter, team,
                simulation, history, backtest, actual);
        if (svg != null) {
            Files.writeString(svg, chart(r));
        }
        out.print(json ? json(r) + "\n" : text(r));
        out.flush();
        return 0;
    }

    private String text(Result r) {
        StringBuilder text = new StringBuilder();
        text.append("crmkit forecast: ").append(r.open().size()).append(" deals open on ").append(asOf).append(" in ")
                .append(r.data().pipelineFile().getFileName()).append(", weighted pipeline ")
                .append(FunnelCommand.number(WeightedPipeline.total(r.open()), 0)).append('\n');

        text.append('\n').append("Weighted pipeline by expected close:\n");
        Table q = Table.withHeaders("Quarter", "Deals", "Amount", "Weighted").alignRight(1).alignRight(2).alignRight(3);
        r.byQuarter().forEach((k, v) -> q.row(k, v.deals(), FunnelCommand.number(v.amount(), 0), FunnelCommand.number(v.weighted(), 0)));
        text.append(q.render("  "));

        text.append('\n').append("Forecast calls for ").append(r.quarter()).append(" by office and manager (closed so far, then the open deals):\n");
        Table calls = Table.withHeaders("Team", "Closed", "Commit", "Most likely", "Best case", "Open pipeline");
        for (int c = 1; c <= 5; c++) {
            calls.alignRight(c);
        }
        TeamOrder.teams(r.data()).forEach(node -> {
            ForecastRollup f = r.team().getOrDefault(node.name(), ForecastRollup.ZERO);
            calls.row(node.indented(), FunnelCommand.number(f.closed(), 0), FunnelCommand.number(f.commit(), 0),
                    FunnelCommand.number(f.mostLikely(), 0), FunnelCommand.number(f.bestCase(), 0),
                    FunnelCommand.number(f.openPipeline(), 0));
        });
        text.append(calls.render("  "));

        text.append('\n').append("Monte Carlo of the open deals (").append(r.simulation().trials()).append(" trials, seed ")
                .append(seed).append("): won revenue per month\n");
        Table mc = Table.withHeaders("Month", "P10", "P50", "P90", "Mean", "Actual").alignRight(1).alignRight(2).alignRight(3)
                .alignRight(4).alignRight(5);
        for (PipelineSimulation.Revenue m : r.simulation().months()) {
            mc.row(m.month(), FunnelCommand.number(m.p10(), 0), FunnelCommand.number(m.p50(), 0), FunnelCommand.number(m.p90(), 0),
                    FunnelCommand.number(m.mean(), 0), actual(r, m.month()));
        }
        PipelineSimulation.Revenue t = r.simulation().total();
        mc.row("Total", FunnelCommand.number(t.p10(), 0), FunnelCommand.number(t.p50(), 0), FunnelCommand.number(t.p90(), 0),
                FunnelCommand.number(t.mean(), 0), "");
        text.append(mc.render("  "));
        text.append("  Actual is all revenue won in the month, including deals that were not yet open on ").append(asOf).append(".\n");

        text.append('\n');
        if (r.backtest() == null) {
            text.append("Too few months of won revenue before ").append(asOf).append(" (").append(r.history().size())
                    .append(") to backtest a seasonal forecast: ").append(2 * SEASON + 2).append(" are needed.\n");
        } else {
            Backtest b = r.backtest();
            text.append("Monthly won revenue: one-month-ahead backtest over ").append(b.chosen().points()).append(" months\n");
            Table bt = Table.withHeaders("Method", "MAPE", "sMAPE").alignRight(1).alignRight(2);
            for (Backtest.Score s : b.scores()) {
                bt.row(s.method(), s.mape().map(v -> FunnelCommand.number(v, 1) + "%").orElse(""), FunnelCommand.number(s.smape(), 1) + "%");
            }
            text.append(bt.render("  "));
            text.append("  Chosen: ").append(b.chosen().method()).append(b.beatsBaseline() ? ", better than" : ", no better than")
                    .append(" the seasonal naive baseline\n");
            SeriesForecast f = b.forecast();
            Table ft = Table.withHeaders("Month", "Forecast", "80% interval", "Actual").alignRight(1).alignRight(2).alignRight(3);
            YearMonth first = r.history().lastKey().plusMonths(1);
            for (int h = 0; h < f.horizon(); h++) {
                ft.row(first.plusMonths(h), FunnelCommand.number(f.point()[h], 0),
                        FunnelCommand.number(f.lower()[h], 0) + " .. " + FunnelCommand.number(f.upper()[h], 0), actual(r, first.plusMonths(h)));
            }
            text.append(ft.render("  "));
        }
        return text.toString();
    }

    private static String actual(Result r, YearMonth month) {
        Double a = r.actual().get(month);
        return a == null ? "" : FunnelCommand.number(a, 0);
    }

    private String json(Result r) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("pipeline", r.data().pipelineFile().toString()).put("asOf", asOf.toString()).put("openDeals", r.open().size())
                .put("weightedPipeline", WeightedPipeline.total(r.open()));
        ArrayNode byMonth = root.putArray("weightedByMonth");
        r.byMonth().forEach((k, v) -> byMonth.addObject().put("month", k.toString()).put("deals", v.deals())
                .put("amount", v.amount()).put("weighted", v.weighted()));
        ArrayNode byQuarter = root.putArray("weightedByQuarter");
        r.byQuarter().forEach((k, v) -> byQuarter.addObject().put("quarter", k.toString()).put("deals", v.deals())
                .put("amount", v.amount()).put("weighted", v.weighted()));
        ObjectNode calls = root.putObject("calls").put("quarter", r.quarter().toString());
        ArrayNode teams = calls.putArray("teams");
        r.team().forEach((node, f) -> teams.addObject().put("team", node).put("closed", f.closed()).put("commit", f.commit())
                .put("mostLikely", f.mostLikely()).put("bestCase", f.bestCase()).put("openPipeline", f.openPipeline()));
        ObjectNode mc = root.putObject("monteCarlo").put("trials", r.simulation().trials()).put("seed", seed);
        ArrayNode mcMonths = mc.putArray("months");
        for (PipelineSimulation.Revenue m : r.simulation().months()) {
            ObjectNode n = mcMonths.addObject().put("month", m.month().toString()).put("p10", m.p10()).put("p50", m.p50())
                    .put("p90", m.p90()).put("mean", m.mean());
            Double a = r.actual().get(m.month());
            if (a != null) {
                n.put("actual", a);
            }
        }
        PipelineSimulation.Revenue t = r.simulation().total();
        mc.putObject("total").put("p10", t.p10()).put("p50", t.p50()).put("p90", t.p90()).put("mean", t.mean());
        ObjectNode history = root.putObject("wonRevenueByMonth");
        r.history().forEach((k, v) -> history.put(k.toString(), v));
        if (r.backtest() != null) {
            Backtest b = r.backtest();
            ObjectNode ts = root.putObject("timeSeries").put("chosen", b.chosen().method()).put("beatsBaseline", b.beatsBaseline());
            ArrayNode scores = ts.putArray("backtest");
            b.scores().forEach(s -> {
                ObjectNode n = scores.addObject().put("method", s.method()).put("smape", s.smape()).put("points", s.points());
                s.mape().ifPresent(v -> n.put("mape", v));
            });
            ArrayNode forecast = ts.putArray("forecast");
            YearMonth first = r.history().lastKey().plusMonths(1);
            SeriesForecast f = b.forecast();
            for (int h = 0; h < f.horizon(); h++) {
                forecast.addObject().put("month", first.plusMonths(h).toString()).put("point", f.point()[h])
                        .put("lower80", f.lower()[h]).put("upper80", f.upper()[h]);
            }
        }
        return mapper.writeValueAsString(root);
    }

    /** History as a line, the Monte Carlo's P10-P90 as a band with P50 dashed, actual months after the as-of day as dots. */
    private String chart(Result r) {
        List<YearMonth> axis = new ArrayList<>(r.history().keySet());
        for (PipelineSimulation.Revenue m : r.simulation().months()) {
            if (!axis.contains(m.month())) {
                axis.add(m.month());
            }
        }
        r.actual().keySet().stream().filter(m -> !axis.contains(m)).forEach(axis::add);
        axis.sort(null);
        int width = 820;
        int height = 440;
        double left = 80;
        double right = width - 50;
        double top = 60;
        double bottom = height - 60;
        double max = 1;
        for (double v : r.history().values()) {
            max = Math.max(max, v);
        }
        for (double v : r.actual().values()) {
            max = Math.max(max, v);
        }
        for (PipelineSimulation.Revenue m : r.simulation().months()) {
            max = Math.max(max, m.p90());
        }
        double yMax = max * 1.1;
        double step = axis.size() > 1 ? (right - left) / (axis.size() - 1) : 0;
        java.util.function.ToDoubleFunction<YearMonth> x = m -> left + axis.indexOf(m) * step;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (bottom - top) * v / yMax;

        Svg svg = new Svg(width, height);
        svg.text(width / 2.0, 30, "Won revenue per month and the open pipeline's forecast as of " + asOf, 18, "middle", true);
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            svg.line(left, y.applyAsDouble(v), right, y.applyAsDouble(v), "#dddddd", 1);
            svg.text(left - 8, y.applyAsDouble(v) + 4, Svg.money(v), 12, "end", false);
        }
        for (YearMonth m : axis) {
            svg.text(x.applyAsDouble(m), bottom + 20, m.toString(), 11, "middle", false);
        }
        List<PipelineSimulation.Revenue> fan = r.simulation().months();
        if (!fan.isEmpty()) {
            double[] xs = new double[2 * fan.size()];
            double[] ys = new double[2 * fan.size()];
            double[] px = new double[fan.size()];
            double[] py = new double[fan.size()];
            for (int i = 0; i < fan.size(); i++) {
                PipelineSimulation.Revenue m = fan.get(i);
                xs[i] = x.applyAsDouble(m.month());
                ys[i] = y.applyAsDouble(m.p90());
                xs[xs.length - 1 - i] = xs[i];
                ys[ys.length - 1 - i] = y.applyAsDouble(m.p10());
                px[i] = xs[i];
                py[i] = y.applyAsDouble(m.p50());
            }
            svg.polygon(xs, ys, "#f28e2b55");
            svg.polyline(px, py, "#e15759", 2.5, true);
        }
        double[] hx = r.history().keySet().stream().mapToDouble(x).toArray();
        double[] hy = r.history().values().stream().mapToDouble(v -> y.applyAsDouble(v)).toArray();
        if (hx.length > 0) {
            svg.polyline(hx, hy, "#4e79a7", 3, false);
        }
        r.actual().forEach((m, v) -> svg.rect(x.applyAsDouble(m) - 4, y.applyAsDouble(v) - 4, 8, 8, "#4e79a7"));
        double ly = height - 18;
        svg.rect(left, ly - 10, 14, 4, "#4e79a7").text(left + 20, ly - 4, "won revenue", 12, "start", false);
        svg.rect(left + 130, ly - 12, 14, 10, "#f28e2b55").text(left + 150, ly - 4, "open deals P10-P90", 12, "start", false);
        svg.line(left + 300, ly - 7, left + 314, ly - 7, "#e15759", 2.5).text(left + 320, ly - 4, "P50", 12, "start", false);
        svg.rect(left + 370, ly - 11, 8, 8, "#4e79a7").text(left + 384, ly - 4, "actual after " + asOf, 12, "start", false);
        return svg.render();
    }

    /** The offices, each followed by its managers, indented, in name order. */
    private record TeamOrder(String name, int depth) {

        String indented() {
            return "  ".repeat(depth) + name;
        }

        static List<TeamOrder> teams(SalesOpportunitiesData data) {
            SortedMap<String, java.util.SortedSet<String>> offices = new TreeMap<>();
            data.deals().forEach(d -> offices.computeIfAbsent(d.regionalOffice(), k -> new java.util.TreeSet<>()).add(d.manager()));
            List<TeamOrder> order = new ArrayList<>();
            offices.forEach((office, managers) -> {
                order.add(new TeamOrder(office, 0));
                managers.forEach(m -> order.add(new TeamOrder(m, 1)));
            });
            return order;
        }
    }
}
