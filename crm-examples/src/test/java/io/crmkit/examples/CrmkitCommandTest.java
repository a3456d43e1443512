package io.crmkit.examples;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class CrmkitCommandTest {

    @Test
    void printsItsVersion() {
        CommandRun run = CommandRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("(?s)crmkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RJava .*"), run.out());
    }

    @Test
    void listsItsSubcommandsInHelp() {
        CommandRun run = CommandRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: crmkit"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("demo ")), run.out());
    }

    @Test
    void explainsAMissingSubcommandWithExitCode2() {
        CommandRun run = CommandRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required subcommand"), run.err());
        assertTrue(run.err().contains("Usage: crmkit"), run.err());
    }

    @Test
    void explainsAnUnknownSubcommandWithExitCode2() {
        CommandRun run = CommandRun.of("dmeo");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unmatched argument at index 0: 'dmeo'"), run.err());
    }

    @Test
    void reportsAnUnexpectedFailureOnOneLineWithExitCode1() {
        CommandLine cli = CrmkitCommand.commandLine().addSubcommand(new Failing());

        CommandRun run = CommandRun.of(cli, "fail");

        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("crmkit: IllegalStateException: the store is gone (really)", run.err().strip());
    }

    @Command(name = "fail")
    static final class Failing implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("the store is gone\n(really)");
        }
    }
}
