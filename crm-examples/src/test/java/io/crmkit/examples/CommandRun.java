package io.crmkit.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code crmkit} command line, with what it wrote to stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code crmkit args} as {@link CrmkitCommand#main} would, capturing its output. */
    static CommandRun of(String... args) {
        return of(CrmkitCommand.commandLine(), args);
    }

    /** Runs {@code cli} with {@code args}, capturing its output. */
    static CommandRun of(picocli.CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
