package io.crmkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.LifecycleChange;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.shared.Money;
import io.crmkit.core.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code crmkit demo}: runs the scripted sales story ({@link DemoStory}) on the embedded in-memory store (or an H2 file
 * database) and prints
 * what happened, as numbered steps and tables, or with {@code --json} as one JSON document.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = {
                "Runs a scripted end-to-end sales story on the embedded in-memory store (or, with --store h2, on an H2 "
                        + "file database) and prints what happened.",
                "",
                "Leads arrive from three channels; one fails BANT qualification, one is nurtured, one qualifies and is "
                        + "converted into account, contact and opportunity. Activities are logged and scheduled, the "
                        + "opportunity moves through the pipeline (one move refused by a stage's entry criteria) and is "
                        + "won. Last come the opportunity's stage history and the account's lifecycle and 360-degree "
                        + "timeline.",
                "",
                "The clock starts at 2026-03-02T09:00:00Z (UTC) and moves with the story, so every run prints the same "
                        + "apart from ids."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Where the story is stored. */
    enum Store {
        memory, h2
    }

    @Option(names = "--json", description = "Print the story's results as one JSON document instead of text.")
    private boolean json;

    @Option(names = "--store", defaultValue = "memory", paramLabel = "STORE",
            description = "memory (default) or h2: an H2 file database, migrated with crmkit's SQL migrations and "
                    + "used through the Jakarta Persistence adapters; the tables are read back from it after the story.")
    private Store store;

    @Option(names = "--database", paramLabel = "FILE",
            description = "The H2 database file for --store h2, without its .mv.db suffix (default: crmkit-demo in the "
                    + "temporary directory). The file is recreated on every run.")
    private Path database;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (store == Store.memory) {
            DemoStory.Result result = DemoStory.run();
            out.print(json ? DemoJson.render(result) + "\n" : text(result, "the embedded in-memory store", ""));
        } else {
            Path file = (database == null ? Path.of(System.getProperty("java.io.tmpdir"), "crmkit-demo") : database)
                    .toAbsolutePath();
            DemoDatabase.Story story = DemoDatabase.playAndReadBack(file);
            out.print(json ? DemoJson.render(story.result()) + "\n" : text(story.result(), "an H2 file database",
                    "Stored in " + file + ".mv.db through the Jakarta Persistence adapters; the tables below are read back"
                            + " from it, and " + story.outboxEvents() + " domain events wait in its outbox.\n"));
        }
        out.flush();
        return 0;
    }

    /** The story on {@code where} as text: a note on where it is stored, numbered steps with their details, then the opportunity, lifecycle and timeline tables. */
    static String text(DemoStory.Result result, String where, String storedNote) {
        StringBuilder text = new StringBuilder();
        text.append("crmkit demo: a sales story on ").append(where).append('\n').append(storedNote)
                .append("Clock starts ").append(result.start()).append(" (").append(result.zone().getId())
                .append(") and moves with the story; times below are ").append(result.zone().getId())
                .append(", ids are shortened to # and their last 8 hex digits.\n\n");
        int numberWidth = String.valueOf(result.steps().size()).length();
        String indent = " ".repeat(numberWidth + 2 + 16 + 2);
        for (DemoStory.Step step : result.steps()) {
            text.append(String.format("%" + numberWidth + "d. %s  %s%n", step.number(), DemoStory.minutes(step.at()),
                    ShortIds.in(step.text())));
            for (String detail : step.details()) {
                text.append(indent).append(ShortIds.in(detail)).append('\n');
            }
        }

        Opportunity o = result.opportunity();
        text.append('\n').append("Opportunity '").append(o.name()).append("' ").append(ShortIds.of(o.id().value()))
                .append(": ").append(o.status()).append(", ").append(o.amount().map(Money::toString).orElse("no amount"))
                .append(", stage history:\n");
        Table stages = Table.withHeaders("At", "From", "To", "Stage", "Probability", "Forecast").alignRight(4);
        for (StageChange change : o.history()) {
            Stage s = result.pipeline().requireStage(change.to());
            stages.row(DemoStory.minutes(change.at()), change.from().orElse("-"), change.to(), s.name(),
                    s.probability(), s.category());
        }
        text.append(stages.render("  "));

        CustomerLifecycle lifecycle = result.lifecycle();
        text.append('\n').append("Lifecycle of account ").append(result.account().name()).append(' ')
                .append(ShortIds.of(lifecycle.id().value())).append(": ").append(lifecycle.stage()).append('\n');
        Table history = Table.withHeaders("At", "From", "To", "Cause");
        for (LifecycleChange change : lifecycle.history()) {
            history.row(DemoStory.minutes(change.at()), change.from().map(Enum::name).orElse("-"), change.to(),
                    ShortIds.in(change.cause()));
        }
        text.append(history.render("  "));

        text.append('\n').append("Timeline of account ").append(result.account().name()).append(' ')
                .append(ShortIds.of(result.timeline().account().value())).append(" (")
                .append(result.timeline().entries().size()).append(" entries):\n");
        Table timeline = Table.withHeaders("At", "Kind", "Summary", "Subject");
        for (TimelineEntry entry : result.timeline().entries()) {
            timeline.row(DemoStory.minutes(entry.at()), entry.kind(), ShortIds.in(entry.summary()),
                    ShortIds.of(entry.subject()));
        }
        text.append(timeline.render("  "));
        return text.toString();
    }
}
