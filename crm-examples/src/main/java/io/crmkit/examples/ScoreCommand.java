package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.scoring.json.RuleSetJson;
import io.crmkit.scoring.rules.Contribution;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.RuleSet;
import io.crmkit.scoring.rules.ScoreExplanation;
import io.crmkit.scoring.rules.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code crmkit score}: scores the leads of a CSV file ({@link LeadCsv}) with a rule set read from JSON, as a table
 * or as JSON, optionally with every contribution. Bad rows are reported with their line numbers on stderr (and in
 * the JSON) and the other rows are still scored; long files show progress on stderr.
 */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Scores leads from a CSV file with a lead-scoring rule set from a JSON file.",
                "",
                "LEADS.csv has a header row, an 'id' column, an optional 'events' column of type@instant items "
                        + "separated by ';', and one column per profile attribute (empty = absent, true/false = flag, "
                        + "a number = number, anything else = text)."})
final class ScoreCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "RULES.json", description = "The rule set (crmkit's rule-set JSON).")
    private Path rules;

    @Option(names = "--leads", required = true, paramLabel = "LEADS.csv", description = "The leads to score.")
    private Path leads;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Score as of this ISO-8601 instant (default: now).")
    private String asOf;

    @Option(names = "--explain", description = "Show every rule's contribution to each score.")
    private boolean explain;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant at = instant();
        RuleSet ruleSet = ruleSet();
        LeadCsv.Result read = LeadCsv.read(leads);
        read.problems().forEach(p -> err.println("crmkit: " + leads.getFileName() + " line " + p.line() + ": " + p.message()));
        Scorer scorer = Scorer.compile(ruleSet);
        List<ScoreExplanation> scores = new ArrayList<>(read.rows().size());
        for (int i = 0; i < read.rows().size(); i++) {
            LeadCsv.Row row = read.rows().get(i);
            scores.add(explain ? scorer.explain(row.profile(), row.engagement(), at)
                    : new ScoreExplanation(scorer.score(row.profile(), row.engagement(), at), List.of()));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                err.println("crmkit: scored " + (i + 1) + " of " + read.rows().size() + " leads");
                err.flush();
            }
        }
        if (json) {
            out.println(json(ruleSet, at, read, scores));
        } else {
            out.print(text(ruleSet, at, read, scores));
        }
        out.flush();
        return 0;
    }

    private Instant instant() {
        if (asOf == null) {
            return Clock.systemUTC().instant();
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--as-of must be an ISO-8601 instant such as 2026-06-01T12:00:00Z but was '" + asOf + "'");
        }
    }

    private RuleSet ruleSet() throws IOException {
        if (!Files.isRegularFile(rules)) {
            throw new IllegalArgumentException("rule set file " + rules + " does not exist");
        }
        try {
            return RuleSetJson.standard().read(Files.readString(rules));
        } catch (InvalidConfigurationException e) {
            throw new IllegalArgumentException(rules + ": " + String.join("; ", e.problems()), e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(rules + " is not a UTF-8 text file", e);
        }
    }

    private static String text(RuleSet ruleSet, Instant at, LeadCsv.Result read, List<ScoreExplanation> scores) {
        StringBuilder text = new StringBuilder();
        text.append("Rule set ").append(ruleSet.id()).append(" version ").append(ruleSet.version()).append(", ")
                .append(read.rows().size()).append(" leads scored as of ").append(at)
                .append(read.problems().isEmpty() ? "" : ", " + read.problems().size() + " rows skipped").append('\n');
        Table table = Table.withHeaders("Lead", "Fit", "Engagement", "Total", "Fit grade", "Engagement grade", "Grade", "MQL")
                .alignRight(1).alignRight(2).alignRight(3);
        for (int i = 0; i < scores.size(); i++) {
            LeadScore s = scores.get(i).score();
            table.row(read.rows().get(i).id(), points(s.fitCentipoints()), points(s.engagementCentipoints()),
                    points(s.totalCentipoints()), s.fitGrade(), s.engagementGrade(), s.totalGrade(), s.marketingQualified() ? "yes" : "no");
        }
        text.append(table.render(""));
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).contributions().isEmpty()) {
                continue;
            }
            text.append('\n').append("Why ").append(read.rows().get(i).id()).append(" scores ")
                    .append(points(scores.get(i).score().totalCentipoints())).append(":\n");
            Table why = Table.withHeaders("Rule", "Dimension", "Points", "Reason").alignRight(2);
            for (Contribution c : scores.get(i).contributions()) {
                why.row(c.ruleId(), c.dimension().map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("total"),
                        points(c.centipoints()), c.reason());
            }
            text.append(why.render("  "));
        }
        return text.toString();
    }

    private static String json(RuleSet ruleSet, Instant at, LeadCsv.Result read, List<ScoreExplanation> scores) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.putObject("ruleSet").put("id", ruleSet.id()).put("version", ruleSet.version());
        root.put("asOf", at.toString());
        ArrayNode list = root.putArray("scores");
        for (int i = 0; i < scores.size(); i++) {
            LeadScore s = scores.get(i).score();
            ObjectNode node = list.addObject();
            node.put("id", read.rows().get(i).id());
            node.put("fit", s.fit()).put("engagement", s.engagement()).put("total", s.total());
            node.put("fitGrade", s.fitGrade()).put("engagementGrade", s.engagementGrade()).put("grade", s.totalGrade());
            node.put("marketingQualified", s.marketingQualified());
            if (!scores.get(i).contributions().isEmpty()) {
                ArrayNode why = node.putArray("contributions");
                for (Contribution c : scores.get(i).contributions()) {
                    ObjectNode w = why.addObject().put("rule", c.ruleId());
                    w.put("dimension", c.dimension().map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("total"));
                    w.put("points", c.points()).put("reason", c.reason());
                }
            }
        }
        ArrayNode problems = root.putArray("problems");
        read.problems().forEach(p -> problems.addObject().put("line", p.line()).put("message", p.message()));
        return mapper.writeValueAsString(root);
    }

    private static String points(long centipoints) {
        return centipoints % 100 == 0 ? Long.toString(centipoints / 100) : String.format(Locale.ROOT, "%.2f", centipoints / 100.0);
    }
}
