package io.crmkit.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The {@code crmkit} command line. Each subcommand is its own class ({@link DemoCommand}, {@link ScoreCommand}, ...), registered in
 * {@link Command#subcommands()} below.
 * <p>
 * Exit codes: 0 on success, 1 when a command fails unexpectedly (a one-line message on stderr), 2 for a usage
 * error such as an unknown option (the message and the usage on stderr). Output is UTF-8 whatever the platform
 * default, so JSON output is always valid.
 */
@Command(name = "crmkit",
        mixinStandardHelpOptions = true,
        versionProvider = CrmkitCommand.Version.class,
        description = "crmkit: embeddable CRM domain logic, run from the command line.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {DemoCommand.class, ScoreCommand.class, DedupeCommand.class, TrainCommand.class, WinProbabilityCommand.class,
                ClvCommand.class, FunnelCommand.class, ForecastCommand.class, QuoteCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Run 'crmkit demo' for a scripted end-to-end sales story on the embedded in-memory store."})
public final class CrmkitCommand implements Runnable {

    /** Exit code of a command that failed unexpectedly. */
    static final int FAILED = 1;

    @Spec
    private CommandSpec spec;

    /** Called by picocli when no subcommand is given: that is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Runs {@code crmkit} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        int exitCode = commandLine().setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * The {@code crmkit} command line with its subcommands and error handling, writing to this process's stdout and
     * stderr unless told otherwise with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CrmkitCommand());
        cli.setExecutionExceptionHandler((failure, failed, parseResult) -> {
            failed.getErr().println("crmkit: " + oneLine(failure));
            failed.getErr().flush();
            return FAILED;
        });
        return cli;
    }

    /** {@code "IllegalStateException: the message"}, newlines flattened, for an error message on one line. */
    static String oneLine(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The version, from the build ({@code crmkit.properties}, filtered by Maven), and the Java runtime. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"crmkit " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                            + System.getProperty("java.vm.name") + ")"};
        }

        static String version() {
            Properties properties = new Properties();
            try (InputStream in = CrmkitCommand.class.getResourceAsStream("crmkit.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read crmkit.properties", e);
            }
            return properties.getProperty("version", "(unknown version)");
        }
    }
}
