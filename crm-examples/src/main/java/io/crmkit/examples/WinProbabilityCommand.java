package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.scoring.opportunity.OpportunitySnapshot;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData.Deal;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData.DealStage;
import io.crmkit.scoring.opportunity.SnapshotPolicy;
import io.crmkit.scoring.opportunity.StageDefaults;
import io.crmkit.scoring.opportunity.StageWinRates;
import io.crmkit.scoring.opportunity.StageWinRatesConfig;
import io.crmkit.scoring.opportunity.TimeOrderedSplit;
import io.crmkit.scoring.opportunity.WinProbabilityConfig;
import io.crmkit.scoring.opportunity.WinProbabilityEvaluation;
import io.crmkit.scoring.opportunity.WinProbabilityModel;
import io.crmkit.scoring.opportunity.WinRate;
import io.crmkit.scoring.predictive.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code crmkit win-probability}: reads the Maven Analytics CRM Sales Opportunities files
 * ({@link SalesOpportunitiesData}), evaluates the three win-probability approaches on a time-ordered split (learned
 * from the earliest 80% of closes, tested on the latest 20%), then scores every open deal with the approaches
 * retrained on all closes, summarised by stage and product, or with {@code --json} deal by deal.
 */
@Command(name = "win-probability",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Evaluates opportunity win probability on the CRM Sales Opportunities data and scores the open deals.",
                "",
                "Three approaches: the stage's default probability (Prospecting 10%%, Engaging 50%%), historical "
                        + "stage-to-win rates by product and sector (smoothed, with a fallback when a group has fewer than "
                        + "30 closed deals), and a logistic model on stage, days in stage, amount band, product and sector. "
                        + "Each learns from the earliest 80%% of closed deals by close date and is tested on the latest 20%%, "
                        + "each test deal seen as it was while still open: at its engage date, and after 0, 7, 14, 30, 60, "
                        + "90 and 120 days in stage while still open. A last line shows the logistic model given the whole "
                        + "engage-to-close time, which is known only at close (a leak). Open deals are then scored as of the "
                        + "latest date in the file by the approaches retrained on every closed deal.",
                "",
                "Amounts are the products' list prices: lost deals have a close_value of 0 and open deals none."})
final class WinProbabilityCommand implements Callable<Integer> {

    private static final double TRAINING_SHARE = 0.8;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", required = true, paramLabel = "sales_pipeline.csv", description = "The deals.")
    private Path pipeline;

    @Option(names = "--accounts", paramLabel = "accounts.csv", description = "Accounts and their sectors (default: next to --pipeline).")
    private Path accounts;

    @Option(names = "--products", paramLabel = "products.csv", description = "Products and their list prices (default: next to --pipeline).")
    private Path products;

    @Option(names = "--teams", paramLabel = "sales_teams.csv", description = "Agents, managers and offices (default: next to --pipeline).")
    private Path teams;

    @Option(names = "--json", description = "Print one JSON document, with every open deal's probabilities, instead of tables.")
    private boolean json;

    /** One open deal scored three ways. */
    private record Scored(Deal deal, OpportunitySnapshot snapshot, double stageDefault, WinRate winRate, double probability) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(pipeline)) {
            throw new IllegalArgumentException("sales pipeline file " + pipeline + " does not exist");
        }
        Path dir = pipeline.toAbsolutePath().getParent();
        SalesOpportunitiesData data = SalesOpportunitiesData.read(pipeline,
                accounts != null ? accounts : dir.resolve("accounts.csv"),
                products != null ? products : dir.resolve("products.csv"),
                teams != null ? teams : dir.resolve("sales_teams.csv"));
        data.problems().forEach(p -> err.println("crmkit: " + p));
        err.flush();

        List<Pipeline> pipelines = List.of(data.pipeline());
        TimeOrderedSplit split = TimeOrderedSplit.of(data.closed(), TRAINING_SHARE);
        WinProbabilityEvaluation evaluation = WinProbabilityEvaluation.run(pipelines, split, StageWinRatesConfig.ofDefaults(),
                WinProbabilityConfig.ofDefaults());

        StageDefaults defaults = StageDefaults.of(pipelines);
        StageWinRates rates = StageWinRates.learn(pipelines, data.closed(), StageWinRatesConfig.ofDefaults());
        WinProbabilityModel model = WinProbabilityModel.train(pipelines, data.closed(), WinProbabilityConfig.ofDefaults());
        List<Scored> open = new ArrayList<>();
        for (Deal deal : data.open()) {
            OpportunitySnapshot s = data.snapshot(deal);
            open.add(new Scored(deal, s, defaults.probability(s).value(), rates.winRate(s), model.probability(s).value()));
        }

        out.print(json ? json(data, split, evaluation, open) + "\n" : text(data, split, evaluation, open));
        out.flush();
        return 0;
    }

    private static String text(SalesOpportunitiesData data, TimeOrderedSplit split, WinProbabilityEvaluation evaluation,
                               List<Scored> open) {
        StringBuilder text = new StringBuilder();
        List<Deal> deals = data.deals();
        long won = deals.stream().filter(d -> d.stage() == DealStage.WON).count();
        long lost = deals.stream().filter(d -> d.stage() == DealStage.LOST).count();
        text.append("crmkit win-probability: ").append(deals.size()).append(" deals in ").append(data.pipelineFile().getFileName())
                .append(" (").append(won + lost).append(" closed: ").append(won).append(" won, ").append(lost).append(" lost; ")
                .append(open.size()).append(" open), as of ").append(data.asOf())
                .append(data.problems().isEmpty() ? "" : ", " + data.problems().size() + " rows skipped").append('\n');
        data.notes().forEach(n -> text.append("  - ").append(n).append('\n'));

        text.append('\n').append("Evaluation: learned from the ").append(split.training().size()).append(" earliest closes (")
                .append(split.firstTrainingClose()).append("..").append(split.lastTrainingClose()).append("), tested on the ")
                .append(split.test().size()).append(" latest (").append(split.firstTestClose()).append("..")
                .append(split.lastTestClose()).append(")\n");
        Table table = Table.withHeaders("View", "Approach", "Rows", "Won", "AUC", "Log loss", "Brier", "Lift@10%", "ECE");
        for (int c = 2; c <= 8; c++) {
            table.alignRight(c);
        }
        for (WinProbabilityEvaluation.Result r : evaluation.results()) {
            Evaluation e = r.evaluation();
            table.row(view(r.view()), r.approach().label(), e.rows(), percent(e.positiveRate()), number(e.auc(), 4),
                    number(e.logLoss(), 4), number(e.brier(), 4), number(e.topDecileLift(), 2),
                    number(e.calibration().expectedCalibrationError(), 4));
        }
        text.append(table.render("  "));
        text.append("  at stage entry: each test deal on its engage date; during the deal: also after 7, 14, 30, 60, 90 and\n")
                .append("  120 days in stage while still open; at close: the whole engage-to-close time as days in stage,\n")
                .append("  known only once the deal closed (a leak, shown for comparison).\n");

        text.append('\n').append("Open deals as of ").append(data.asOf()).append(", scored by the approaches retrained on all ")
                .append(data.closed().size()).append(" closes (mean probability per stage and product):\n");
        Table summary = Table.withHeaders("Stage", "Product", "Deals", "Stage default", "Win rate", "Logistic model");
        for (int c = 2; c <= 5; c++) {
            summary.alignRight(c);
        }
        for (Map.Entry<String, List<Scored>> group : groups(open).entrySet()) {
            List<Scored> g = group.getValue();
            summary.row(g.get(0).deal().stage().label(), g.get(0).deal().product(), g.size(), meanPercent(g, Scored::stageDefault),
                    meanPercent(g, s -> s.winRate().probability().value()), meanPercent(g, Scored::probability));
        }
        if (!open.isEmpty()) {
            summary.row("All", "", open.size(), meanPercent(open, Scored::stageDefault),
                    meanPercent(open, s -> s.winRate().probability().value()), meanPercent(open, Scored::probability));
        }
        text.append(summary.render("  "));
        int longestStay = data.closed().stream().mapToInt(c -> c.daysInStageAtClose().orElse(0)).max().orElse(0);
        long stale = open.stream().filter(x -> x.snapshot().daysInStage().orElse(0) > longestStay).count();
        if (stale > 0) {
            text.append("  ").append(stale).append(" open deals have been in their stage longer than any closed deal stayed (")
                    .append(longestStay).append(" days):\n  the models score them as long-running deals and cannot tell "
                            + "whether they are still alive.\n");
        }
        if (data.closed().stream().noneMatch(c -> c.stageReached().equals(DealStage.PROSPECTING.key()))) {
            text.append("  No closed deal in the file was lost in Prospecting (every one reached Engaging), so the learned\n")
                    .append("  Prospecting rates equal those of Engaging; the 10% default is a guess, not learned.\n");
        }
        return text.toString();
    }

    /** Open deals by stage (in pipeline order) and product. */
    private static Map<String, List<Scored>> groups(List<Scored> open) {
        Map<String, List<Scored>> groups = new TreeMap<>();
        for (Scored s : open) {
            groups.computeIfAbsent(s.deal().stage().ordinal() + "|" + s.deal().product(), k -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    private static String view(SnapshotPolicy view) {
        return switch (view.kind()) {
            case AT_STAGE_ENTRY -> "at stage entry";
            case AT_LANDMARKS -> "during the deal";
            case AT_CLOSE -> "at close (leaks)";
        };
    }

    private static String json(SalesOpportunitiesData data, TimeOrderedSplit split, WinProbabilityEvaluation evaluation,
                               List<Scored> open) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("pipeline", data.pipelineFile().toString()).put("deals", data.deals().size())
                .put("closed", data.closed().size())
                .put("won", data.deals().stream().filter(d -> d.stage() == DealStage.WON).count())
                .put("lost", data.deals().stream().filter(d -> d.stage() == DealStage.LOST).count())
                .put("open", open.size()).put("asOf", data.asOf().toString());
        ArrayNode notes = dataset.putArray("notes");
        data.notes().forEach(notes::add);

        ObjectNode s = root.putObject("split");
        s.put("trainingShare", TRAINING_SHARE).put("training", split.training().size())
                .put("trainingFrom", split.firstTrainingClose().toString()).put("trainingTo", split.lastTrainingClose().toString())
                .put("test", split.test().size())
                .put("testFrom", split.firstTestClose().toString()).put("testTo", split.lastTestClose().toString());

        ArrayNode results = root.putArray("evaluation");
        for (WinProbabilityEvaluation.Result r : evaluation.results()) {
            Evaluation e = r.evaluation();
            results.addObject().put("view", view(r.view())).put("approach", r.approach().label()).put("leaks", r.leaks())
                    .put("rows", e.rows()).put("positives", e.positives()).put("auc", e.auc()).put("logLoss", e.logLoss())
                    .put("brier", e.brier()).put("topDecileLift", e.topDecileLift())
                    .put("calibrationError", e.calibration().expectedCalibrationError());
        }

        ArrayNode summary = root.putArray("openSummary");
        for (List<Scored> g : groups(open).values()) {
            summary.addObject().put("stage", g.get(0).deal().stage().label()).put("product", g.get(0).deal().product())
                    .put("deals", g.size()).put("meanStageDefault", mean(g, Scored::stageDefault))
                    .put("meanWinRate", mean(g, x -> x.winRate().probability().value()))
                    .put("meanProbability", mean(g, Scored::probability));
        }

        ArrayNode deals = root.putArray("openDeals");
        open.stream().sorted(Comparator.comparing((Scored x) -> x.deal().line())).forEach(x -> {
            ObjectNode d = deals.addObject();
            Deal deal = x.deal();
            d.put("id", deal.id()).put("line", deal.line()).put("stage", deal.stage().label()).put("product", deal.product());
            deal.account().ifPresentOrElse(a -> d.put("account", a), () -> d.putNull("account"));
            deal.sector().ifPresentOrElse(a -> d.put("sector", a), () -> d.putNull("sector"));
            d.put("salesAgent", deal.salesAgent()).put("regionalOffice", deal.regionalOffice());
            if (x.snapshot().daysInStage().isPresent()) {
                d.put("daysInStage", x.snapshot().daysInStage().getAsInt());
            } else {
                d.putNull("daysInStage");
            }
            d.put("amount", deal.listPrice()).put("stageDefault", x.stageDefault())
                    .put("winRate", x.winRate().probability().value()).put("winRateLevel", x.winRate().level().name())
                    .put("winRateExplanation", x.winRate().explanation()).put("probability", x.probability());
        });

        ArrayNode problems = root.putArray("problems");
        data.problems().forEach(p -> problems.addObject().put("file", p.file().getFileName().toString())
                .put("line", p.line()).put("message", p.message()));
        return mapper.writeValueAsString(root);
    }

    private static double mean(List<Scored> scored, java.util.function.ToDoubleFunction<Scored> value) {
        return scored.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private static String meanPercent(List<Scored> scored, java.util.function.ToDoubleFunction<Scored> value) {
        return percent(mean(scored, value));
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
