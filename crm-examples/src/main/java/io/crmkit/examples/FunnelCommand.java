package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.scoring.forecast.DealStatistics;
import io.crmkit.scoring.forecast.Dimension;
import io.crmkit.scoring.forecast.Funnel;
import io.crmkit.scoring.forecast.SalesPipelineForecasts;
import io.crmkit.scoring.forecast.SalesVelocity;
import io.crmkit.scoring.opportunity.SalesOpportunitiesData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/**
 * {@code crmkit funnel}: the funnel of the CRM Sales Opportunities data (stage conversion, drop-off, time in stage,
 * the bottleneck), sales velocity, and won/lost counts, win rates, cycle times and revenue by agent, manager, office,
 * product and sector; {@code --svg} draws the funnel as bars.
 */
@Command(name = "funnel",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Funnel metrics and win rates of the CRM Sales Opportunities data.",
                "",
                "Conversion is the share of the deals that left a stage that moved on (open deals are not failures); time "
                        + "in stage is from entering it to entering the next stage or closing. Sales velocity is open deals x "
                        + "win rate x average won deal / average days from engagement to a win."})
final class FunnelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--pipeline", required = true, paramLabel = "sales_pipeline.csv",
            description = "The deals; accounts.csv, products.csv and sales_teams.csv are read from the same directory.")
    private Path pipeline;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also write the funnel as an SVG chart to FILE.")
    private Path svg;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SalesOpportunitiesData data = read(pipeline, err);
        Funnel funnel = Funnel.of(SalesPipelineForecasts.STAGES, SalesPipelineForecasts.paths(data));
        DealStatistics.Group all = DealStatistics.group("all", data.deals());
        SalesVelocity velocity = SalesPipelineForecasts.velocity(data);
        List<DealStatistics> byDimension = java.util.Arrays.stream(Dimension.values())
                .map(d -> DealStatistics.by(d, data.deals())).toList();
        if (svg != null) {
            Files.writeString(svg, chart(funnel, all));
        }
        out.print(json ? json(data, funnel, all, velocity, byDimension) + "\n" : text(data, funnel, all, velocity, byDimension));
        out.flush();
        return 0;
    }

    static SalesOpportunitiesData read(Path pipeline, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(pipeline)) {
            throw new IllegalArgumentException("sales pipeline file " + pipeline + " does not exist");
        }
        SalesOpportunitiesData data = SalesOpportunitiesData.read(pipeline);
        data.problems().forEach(p -> err.println("crmkit: " + p));
        err.flush();
        return data;
    }

    private static String text(SalesOpportunitiesData data, Funnel funnel, DealStatistics.Group all, SalesVelocity velocity,
                               List<DealStatistics> byDimension) {
        StringBuilder text = new StringBuilder();
        text.append("crmkit funnel: ").append(all.deals()).append(" deals in ").append(data.pipelineFile().getFileName())
                .append(" (").append(all.won()).append(" won, ").append(all.lost()).append(" lost, ").append(all.open())
                .append(" open), as of ").append(data.asOf()).append('\n').append('\n');
        Table table = Table.withHeaders("Stage", "Reached", "Open", "Moved on", "Lost", "Conversion", "Drop-off", "Days in stage");
        for (int c = 1; c <= 7; c++) {
            table.alignRight(c);
        }
        for (Funnel.Stage s : funnel.stages()) {
            table.row(s.name(), s.reached(), s.open(), s.advanced(), s.lost(), percent(s.conversion()), percent(s.dropOff()),
                    s.meanDaysInStage().isPresent() ? number(s.meanDaysInStage().getAsDouble(), 1) : "unknown");
        }
        table.row("Won", all.won(), "", "", "", "", "", "");
        text.append(table.render("  "));
        funnel.bottleneck().ifPresent(b -> text.append("  Bottleneck: ").append(b.name()).append(" (")
                .append(percent(b.conversion())).append(" of the deals that leave it move on)\n"));
        text.append("  Prospecting deals carry no start date, so their time in stage is unknown.\n");
        text.append('\n').append("Sales velocity: ").append(velocity.opportunities()).append(" open x ")
                .append(percent(OptionalDouble.of(velocity.winRate()))).append(" win rate x ")
                .append(number(velocity.averageWonAmount(), 0)).append(" average won deal / ")
                .append(number(velocity.averageCycleDays(), 1)).append(" days = ").append(number(velocity.perDay(), 0))
                .append(" a day\n");
        for (DealStatistics statistics : byDimension) {
            text.append('\n').append("By ").append(statistics.dimension().label()).append(":\n");
            Table t = Table.withHeaders(capitalised(statistics.dimension().label()), "Deals", "Won", "Lost", "Open", "Win rate",
                    "Revenue", "Days to close");
            for (int c = 1; c <= 7; c++) {
                t.alignRight(c);
            }
            for (DealStatistics.Group g : statistics.groups()) {
                t.row(g.key(), g.deals(), g.won(), g.lost(), g.open(), percent(g.winRate()), number(g.revenue(), 0),
                        g.meanCycleDays().isPresent() ? number(g.meanCycleDays().getAsDouble(), 1) : "");
            }
            text.append(t.render("  "));
        }
        return text.toString();
    }

    private static String json(SalesOpportunitiesData data, Funnel funnel, DealStatistics.Group all, SalesVelocity velocity,
                               List<DealStatistics> byDimension) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("pipeline", data.pipelineFile().toString()).put("asOf", data.asOf().toString()).put("deals", all.deals())
                .put("won", all.won()).put("lost", all.lost()).put("open", all.open());
        ArrayNode stages = root.putArray("stages");
        for (Funnel.Stage s : funnel.stages()) {
            ObjectNode n = stages.addObject().put("stage", s.name()).put("reached", s.reached()).put("open", s.open())
                    .put("advanced", s.advanced()).put("lost", s.lost());
            optional(n, "conversion", s.conversion());
            optional(n, "dropOff", s.dropOff());
            optional(n, "meanDaysInStage", s.meanDaysInStage());
        }
        funnel.bottleneck().ifPresentOrElse(b -> root.put("bottleneck", b.name()), () -> root.putNull("bottleneck"));
        root.putObject("velocity").put("opportunities", velocity.opportunities()).put("winRate", velocity.winRate())
                .put("averageWonAmount", velocity.averageWonAmount()).put("averageCycleDays", velocity.averageCycleDays())
                .put("perDay", velocity.perDay());
        ObjectNode dims = root.putObject("by");
        for (DealStatistics statistics : byDimension) {
            ArrayNode groups = dims.putArray(statistics.dimension().name().toLowerCase(Locale.ROOT));
            for (DealStatistics.Group g : statistics.groups()) {
                ObjectNode n = groups.addObject().put("key", g.key()).put("deals", g.deals()).put("won", g.won())
                        .put("lost", g.lost()).put("open", g.open()).put("revenue", g.revenue());
                optional(n, "winRate", g.winRate());
                optional(n, "meanCycleDays", g.meanCycleDays());
            }
        }
        return mapper.writeValueAsString(root);
    }

    /** Horizontal bars, one per stage plus Won, as wide as the deals that reached them, centred like a funnel. */
    static String chart(Funnel funnel, DealStatistics.Group all) {
        int width = 720;
        int barHeight = 56;
        int top = 60;
        int rows = funnel.stages().size() + 1;
        Svg svg = new Svg(width, top + rows * (barHeight + 34));
        svg.text(width / 2.0, 32, "Sales funnel: deals reaching each stage", 20, "middle", true);
        double max = funnel.stages().get(0).reached();
        String[] colours = {"#4e79a7", "#59a14f", "#f28e2b"};
        for (int i = 0; i < rows; i++) {
            boolean won = i == rows - 1;
            int count = won ? all.won() : funnel.stages().get(i).reached();
            String name = won ? "Won" : funnel.stages().get(i).name();
            double w = Math.max(2, 560 * count / max);
            double y = top + i * (barHeight + 34);
            svg.rect((width - w) / 2, y, w, barHeight, colours[Math.min(i, colours.length - 1)]);
            svg.text(width / 2.0, y + barHeight / 2.0 + 6, name + ": " + count, 16, "middle", true);
            if (!won) {
                Funnel.Stage s = funnel.stages().get(i);
                String note = (s.conversion().isPresent() ? percent(s.conversion()) + " of those leaving move on" : "")
                        + (s.open() > 0 ? ", " + s.open() + " still open" : "")
                        + (funnel.bottleneck().map(b -> b.name().equals(s.name())).orElse(false) ? " (bottleneck)" : "");
                svg.text(width / 2.0, y + barHeight + 22, note, 13, "middle", false);
            }
        }
        return svg.render();
    }

    private static void optional(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String percent(OptionalDouble p) {
        return p.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * p.getAsDouble()) : "";
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
