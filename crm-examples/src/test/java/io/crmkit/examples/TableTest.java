package io.crmkit.examples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TableTest {

    @Test
    void padsEveryColumnToItsWidestCell() {
        List<String> lines = Table.withHeaders("Lead", "Source", "Status")
                .row("#1", "WEB_FORM", "NEW")
                .row("#22222", "EVENT", "DISQUALIFIED")
                .lines();

        assertEquals(List.of(
                "Lead    Source    Status",
                "------  --------  ------------",
                "#1      WEB_FORM  NEW",
                "#22222  EVENT     DISQUALIFIED"), lines);
    }

    @Test
    void countsWideCharactersAsTwoColumns() {
        List<String> lines = Table.withHeaders("Company", "Source")
                .row("华星科技", "EVENT")
                .row("Acme Ltd", "REFERRAL")
                .lines();

        assertEquals(List.of(
                "Company   Source",
                "--------  --------",
                "华星科技  EVENT",
                "Acme Ltd  REFERRAL"), lines);
        assertEquals(8, Table.displayWidth("华星科技"));
        assertEquals(3, Table.displayWidth("Ame\u0301"), "a combining accent takes no column");
    }

    @Test
    void alignsNumberColumnsRight() {
        List<String> lines = Table.withHeaders("Stage", "Probability").alignRight(1)
                .row("qualify", "10%")
                .row("won", "100%")
                .lines();

        assertEquals("qualify          10%", lines.get(2));
        assertEquals("won             100%", lines.get(3));
    }

    @Test
    void leavesNoTrailingSpacesAndShowsNullAsEmpty() {
        List<String> lines = Table.withHeaders("A", "B").row("x", null).row("a longer cell", "y").lines();

        lines.forEach(l -> assertEquals(l.stripTrailing(), l));
        assertEquals("x", lines.get(2));
    }

    @Test
    void keepsEachRowOnOneLine() {
        List<String> lines = Table.withHeaders("Summary").row("first line\nsecond line").lines();

        assertEquals(3, lines.size());
        assertEquals("first line second line", lines.get(2));
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCells() {
        Table table = Table.withHeaders("A", "B");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
        assertTrue(e.getMessage().contains("needs 2 cells [A, B] but had 1"), e.getMessage());
    }

    @Test
    void rendersWithAnIndent() {
        String text = Table.withHeaders("A").row("b").render("  ");

        assertEquals("  A\n  -\n  b\n", text);
    }
}
