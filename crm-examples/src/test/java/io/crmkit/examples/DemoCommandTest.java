package io.crmkit.examples;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class DemoCommandTest {

    private static final Pattern FULL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SHORT_ID = Pattern.compile("#[0-9a-f]{8}");

    @Test
    void tellsTheSalesStoryFromCaptureToWonCustomer() {
        // when
        CommandRun run = CommandRun.of("demo");

        // then
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertContains(out, "3 leads arrived from WEB_FORM, EVENT, REFERRAL");
        assertContains(out, "Grace Hopper (WEB_FORM) checked against BANT");
        assertContains(out, "- NO_BUDGET: budget 8000.00 EUR is below the minimum of 25000.00 EUR");
        assertContains(out, "- NO_AUTHORITY: contact is influencer, not a decision maker");
        assertContains(out, "Ada Lovelace (REFERRAL) checked against BANT (budget at least 25000.00 EUR, purchase within 6 months): QUALIFIED");
        assertContains(out, "Ada Lovelace (REFERRAL) converted: CONVERTED");
        assertContains(out, "refused entry to proposal (Proposal, 50%), still in discovery");
        assertContains(out, "- an amount greater than zero is required");
        assertContains(out, "closed WON: now in won (Closed won, 100%)");
        assertContains(out, "Lifecycle of account Analytical Engines Ltd #");
        assertTrue(Pattern.compile("Lifecycle of account Analytical Engines Ltd #[0-9a-f]{8}: CUSTOMER").matcher(out).find(), out);
    }

    @Test
    void endsWithAQuoteTheManagerAndThenTheDirectorApprove() {
        String out = CommandRun.of("demo").out();

        // 12 servers: 48000.00 list, Range tier 5% = 45600.00, gold rule 5% = 43320.00, the rep's 8% = 39854.40;
        // 12 years of support: 7200.00 list, gold 5% = 6840.00, 15% = 5814.00; net 45668.40 of 55200.00 list is 17.27% off
        assertContains(out, "- SRV-R740 x 12: 48000.00 EUR list -> 45600.00 EUR schedule:server-volume -> 43320.00 EUR rule:gold"
                + " -> 39854.40 EUR manual, margin 8654.40 EUR");
        assertContains(out, "priced: list 55200.00 EUR, net 45668.40 EUR (17.27% off), margin 12068.40 EUR, 54802.08 EUR with 20% tax");
        assertContains(out, "Quote submitted: IN_REVIEW, 17.27% off above 40000 EUR needs manager then director");
        assertContains(out, "approved; PENDING, awaiting the director");
        assertContains(out, "approved: approvals APPROVED, quote APPROVED");
        assertTrue(Pattern.compile("Quote #[0-9a-f]{8} PRESENTED to Babbage & Sons Ltd, valid until 2026-05-06").matcher(out).find(), out);
    }

    @Test
    void numbersEveryStepInOrder() {
        String out = CommandRun.of("demo").out();

        List<Integer> numbers = out.lines().map(Pattern.compile("^\\s*(\\d+)\\. 2026-\\d\\d-\\d\\d \\d\\d:\\d\\d  ")::matcher)
                .filter(java.util.regex.Matcher::find).map(m -> Integer.parseInt(m.group(1))).toList();

        assertTrue(numbers.size() >= 15, "steps: " + numbers + "\n" + out);
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), out);
        }
    }

    @Test
    void printsTheTimelineAsAnAlignedTable() {
        String out = CommandRun.of("demo").out();

        List<String> timeline = out.lines().dropWhile(l -> !l.startsWith("Timeline of account")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertTrue(timeline.size() > 10, out);
        String header = timeline.get(0);
        assertTrue(header.strip().startsWith("At"), header);
        int summary = header.indexOf("Summary");
        int subject = header.indexOf("Subject");
        for (String row : timeline.subList(2, timeline.size())) {
            assertTrue(row.charAt(summary - 1) == ' ' && row.charAt(summary) != ' ', "summary column misaligned: " + row);
            assertTrue(SHORT_ID.matcher(row.substring(subject)).matches(), "subject column misaligned: " + row);
        }
        assertContains(out, "Account Analytical Engines Ltd opened");
        assertContains(out, "Contact Ada Lovelace added");
        assertContains(out, "Call done: Discovery call with Ada Lovelace");
        assertContains(out, "Meeting done: Proposal walkthrough with the board");
        assertContains(out, "Task due: Send the security questionnaire back");
        assertContains(out, "Opportunity 'Analytical Engines - field sales CRM' won: Best fit for field sales");
        assertContains(out, "Lifecycle Opportunity -> Customer");
    }

    @Test
    void showsShortIdsNeverFullUuids() {
        String out = CommandRun.of("demo").out();

        assertFalse(FULL_UUID.matcher(out).find(), out);
        assertTrue(SHORT_ID.matcher(out).find(), out);
    }

    @Test
    void printsTheSameStoryOnEveryRunApartFromIds() {
        String first = SHORT_ID.matcher(CommandRun.of("demo").out()).replaceAll("#id");
        String second = SHORT_ID.matcher(CommandRun.of("demo").out()).replaceAll("#id");

        assertEquals(first, second);
    }

    @Test
    void rejectsAnUnknownOptionWithUsageAndExitCode2() {
        CommandRun run = CommandRun.of("demo", "--colour");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertContains(run.err(), "Unknown option: '--colour'");
        assertContains(run.err(), "Usage: crmkit demo");
    }

    @Test
    void describesItselfInHelp() {
        CommandRun run = CommandRun.of("demo", "--help");

        assertEquals(0, run.exitCode());
        assertContains(run.out(), "--json");
        assertContains(run.out(), "2026-03-02T09:00:00Z");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected to find\n  " + expected + "\nin\n" + text);
    }
}
