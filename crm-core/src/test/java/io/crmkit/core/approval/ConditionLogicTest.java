package io.crmkit.core.approval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ConditionLogicTest {

    private static boolean eval(String logic, boolean... results) {
        return ConditionLogic.parse(logic).evaluate(results);
    }

    @Test
    void evaluatesOneOrTwoAndThree() {
        // 1 OR (2 AND 3), every row of the truth table
        for (int bits = 0; bits < 8; bits++) {
            boolean one = (bits & 1) != 0;
            boolean two = (bits & 2) != 0;
            boolean three = (bits & 4) != 0;
            assertEquals(one || (two && three), eval("1 OR (2 AND 3)", one, two, three), "row " + bits);
            assertEquals((one || two) && three, eval("(1 or 2) and 3", one, two, three), "row " + bits);
            assertEquals(one && !(two || three), eval("1 AND NOT (2 OR 3)", one, two, three), "row " + bits);
        }
        assertTrue(eval("((1))", true));
        assertTrue(eval("NOT NOT 1", true));
        assertTrue(eval("1 AND 2 AND 3", true, true, true));
        assertFalse(eval("1 AND 2 AND 3", true, false, true));
    }

    @Test
    void allAndAnyNeedConditions() {
        assertTrue(ConditionLogic.all().evaluate(new boolean[]{true, true}));
        assertFalse(ConditionLogic.all().evaluate(new boolean[]{true, false}));
        assertTrue(ConditionLogic.any().evaluate(new boolean[]{false, true}));
        assertFalse(ConditionLogic.any().evaluate(new boolean[]{false, false}));
        assertEquals(List.of("logic: ALL needs at least one condition"), ConditionLogic.all().problems(0));
    }

    @Test
    void reportsConditionsOutOfRangeAndUnused() {
        assertEquals(List.of("logic: condition 4 does not exist (the rule has 3)", "logic: condition 2 is not used in '1 OR (3 AND 4)'"),
                ConditionLogic.parse("1 OR (3 AND 4)").problems(3));
        assertEquals(List.of(), ConditionLogic.parse("1 OR (2 AND 3)").problems(3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                 | 0  | is empty",
            "'1 AND 2 OR 3'     | 9  | mixes AND and OR without parentheses",
            "'1 OR (2 AND 3'    | 14 | expected ')' to close the '(' at position 6 but found the end",
            "'1 OR 2)'          | 7  | ')' has no matching '('",
            "'1 2'              | 3  | expected AND, OR or the end but found '2'",
            "'1 AND'            | 6  | expected a condition number, '(' or NOT but found the end",
            "'AND 1'            | 1  | expected a condition number, '(' or NOT but found 'AND'",
            "'()'               | 2  | expected a condition number, '(' or NOT but found ')'",
            "'1 XOR 2'          | 3  | unknown word 'XOR'",
            "'1 && 2'           | 3  | unexpected character '&'",
            "'0 OR 1'           | 1  | condition numbers start at 1 but found 0",
            "'99999999999 OR 1' | 1  | condition number 99999999999 is too large",
            "'1AND 2'           | 2  | expected a space after the number 1",
            "'1 OR -2'          | 6  | unexpected character '-'",
    })
    void rejectsGarbageNamingThePosition(String logic, int position, String problem) {
        LogicSyntaxException e = assertThrows(LogicSyntaxException.class, () -> ConditionLogic.parse(logic));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith("condition logic '"), e.getMessage());
    }

    @Test
    void rejectsDeepNestingInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(500) + "1" + ")".repeat(500);
        LogicSyntaxException e = assertThrows(LogicSyntaxException.class, () -> ConditionLogic.parse(deep));
        assertTrue(e.getMessage().contains("nests deeper than 64 levels"), e.getMessage());
        assertThrows(LogicSyntaxException.class, () -> ConditionLogic.parse("NOT ".repeat(1000) + "1"));
        assertThrows(LogicSyntaxException.class, () -> ConditionLogic.parse("1 OR ".repeat(1000) + "1"), "too long");
    }

    @Test
    void customLogicIsEqualByItsText() {
        assertEquals(ConditionLogic.parse(" 1 OR 2 "), ConditionLogic.parse("1 OR 2"));
        assertEquals("1 OR 2", ConditionLogic.parse(" 1 OR 2 ").toString());
    }
}
