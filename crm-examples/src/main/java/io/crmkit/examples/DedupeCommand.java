package io.crmkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.dedupe.Cluster;
import io.crmkit.core.dedupe.DuplicateScan;
import io.crmkit.core.dedupe.Evidence;
import io.crmkit.core.dedupe.MasterPolicy;
import io.crmkit.core.dedupe.Match;
import io.crmkit.core.dedupe.MatchConfig;
import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.dedupe.ScanResult;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code crmkit dedupe}: finds duplicate leads in a CSV file ({@link DedupeCsv}) with the default matching rules and
 * prints each cluster with its score, its links and the proposed master (not lost, furthest in the lifecycle, the
 * highest {@code score} column if there is one, then the oldest), then the possible duplicates to review. A file
 * with any bad row is refused: every problem is reported with its line, field and value, and nothing is printed on
 * stdout, because a scan that silently skipped rows would miss their duplicates.
 */
@Command(name = "dedupe",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {"Finds duplicate leads in a CSV file and proposes a master for each cluster.",
                "",
                "LEADS.csv has a header row with an 'id' column and any of: first_name, last_name, email, phone, "
                        + "company, country (ISO region of national phone numbers), status (NEW, WORKING, NURTURING, "
                        + "QUALIFIED, CONVERTED, DISQUALIFIED), captured_at (ISO-8601 instant), channel, score (0..1)."})
final class DedupeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--leads", required = true, paramLabel = "LEADS.csv", description = "The leads to scan.")
    private Path leads;

    @Option(names = "--region", paramLabel = "CC", defaultValue = "US",
            description = "Region of national phone numbers in rows without a country (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DedupeCsv.Result read = DedupeCsv.read(leads, region);
        if (!read.problems().isEmpty()) {
            read.problems().forEach(p -> err.println("crmkit: " + leads.getFileName() + " " + p));
            err.println("crmkit: " + read.problems().size() + " bad row(s) in " + leads.getFileName() + "; nothing scanned");
            err.flush();
            return CrmkitCommand.FAILED;
        }
        List<Lead> all = read.rows().stream().map(DedupeCsv.Row::lead).toList();
        ScanResult result = inFileOrder(read, DuplicateScan.using(Matcher.of(MatchConfig.ofDefaults())).parallel(true).scan(all));
        MasterPolicy policy = MasterPolicy.notLost().then(MasterPolicy.furthestInLifecycle())
                .then(MasterPolicy.highestProbability(l -> read.score(l.id()))).then(MasterPolicy.oldest());
        out.print(json ? json(read, result, policy) + "\n" : text(read, result, policy));
        out.flush();
        return 0;
    }

    /** The result with clusters, members and matches in the order of the file's rows, as a reader expects. */
    private static ScanResult inFileOrder(DedupeCsv.Result read, ScanResult result) {
        java.util.Comparator<LeadId> byLine = java.util.Comparator.comparingInt(id -> read.byLead().get(id).line());
        java.util.Comparator<Match> matches = java.util.Comparator.comparing(Match::left, byLine).thenComparing(Match::right, byLine);
        List<Cluster> clusters = result.clusters().stream()
                .map(c -> new Cluster(c.members().stream().sorted(byLine).toList(),
                        c.links().stream().map(m -> ordered(m, byLine)).sorted(matches).toList()))
                .sorted(java.util.Comparator.comparing(c -> c.members().get(0), byLine))
                .toList();
        List<Match> possible = result.possible().stream().map(m -> ordered(m, byLine))
                .sorted(java.util.Comparator.comparingDouble(Match::score).reversed().thenComparing(matches)).toList();
        return new ScanResult(clusters, possible, result.leads(), result.comparisons());
    }

    private static Match ordered(Match m, java.util.Comparator<LeadId> byLine) {
        if (byLine.compare(m.left(), m.right()) <= 0) {
            return m;
        }
        List<io.crmkit.core.dedupe.Evidence> swapped = m.evidence().stream()
                .map(e -> new io.crmkit.core.dedupe.Evidence(e.rule(), e.right(), e.left(), e.similarity(), e.weight())).toList();
        return new Match(m.right(), m.left(), m.score(), m.verdict(), swapped);
    }

    private static String text(DedupeCsv.Result read, ScanResult result, MasterPolicy policy) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d leads, %d duplicate clusters, %d possible duplicates to review (%d pairs compared)%n",
                result.leads(), result.clusters().size(), result.possible().size(), result.comparisons()));
        int n = 0;
        for (Cluster cluster : result.clusters()) {
            Lead master = policy.choose(cluster.members().stream().map(read::lead).toList());
            text.append(String.format(Locale.ROOT, "%nCluster %d: %d leads, score %.2f, proposed master %s%n", ++n,
                    cluster.members().size(), cluster.score(), read.rowId(master.id())));
            Table table = Table.withHeaders("", "Lead", "Name", "Company", "Email", "Phone", "Status", "Captured");
            for (LeadId id : cluster.members()) {
                Lead l = read.lead(id);
                table.row(id.equals(master.id()) ? "*" : "", read.rowId(id), l.person().full(), l.company().orElse(""),
                        l.email().map(Object::toString).orElse(""), l.phone().map(Object::toString).orElse(""),
                        l.status().name(), l.capturedAt().toString());
            }
            text.append(table.render("  "));
            for (Match m : cluster.links()) {
                text.append("  ").append(link(read, m)).append('\n');
            }
        }
        if (!result.possible().isEmpty()) {
            text.append(String.format("%nPossible duplicates (review):%n"));
            for (Match m : result.possible()) {
                text.append("  ").append(link(read, m)).append('\n');
            }
        }
        return text.toString();
    }

    private static String link(DedupeCsv.Result read, Match m) {
        return String.format(Locale.ROOT, "%s ~ %s %.2f %s: %s", read.rowId(m.left()), read.rowId(m.right()), m.score(),
                m.verdict(), m.evidence().stream().map(e -> String.format(Locale.ROOT, "%s %.2f",
                        e.rule().name().toLowerCase(Locale.ROOT), e.similarity())).collect(Collectors.joining(", ")));
    }

    private static String json(DedupeCsv.Result read, ScanResult result, MasterPolicy policy) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("leads", result.leads()).put("comparisons", result.comparisons());
        ArrayNode clusters = root.putArray("clusters");
        for (Cluster cluster : result.clusters()) {
            Lead master = policy.choose(cluster.members().stream().map(read::lead).toList());
            ObjectNode c = clusters.addObject();
            c.put("score", round(cluster.score())).put("master", read.rowId(master.id()));
            ArrayNode members = c.putArray("members");
            cluster.members().forEach(id -> members.add(read.rowId(id)));
            ArrayNode links = c.putArray("links");
            cluster.links().forEach(m -> links.add(match(mapper, read, m)));
        }
        ArrayNode possible = root.putArray("possible");
        result.possible().forEach(m -> possible.add(match(mapper, read, m)));
        return mapper.writeValueAsString(root);
    }

    private static ObjectNode match(ObjectMapper mapper, DedupeCsv.Result read, Match m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("left", read.rowId(m.left())).put("right", read.rowId(m.right()));
        node.put("score", round(m.score())).put("verdict", m.verdict().name());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : m.evidence()) {
            evidence.addObject().put("rule", e.rule().name()).put("left", e.left()).put("right", e.right())
                    .put("similarity", round(e.similarity())).put("weight", e.weight());
        }
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
