package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TransitionTableTest {

    enum Stage { NEW, WORKING, QUALIFIED, DISQUALIFIED }

    private static TransitionTable<Stage> table() {
        return TransitionTable.of(Stage.class)
                .allow(Stage.NEW, Stage.WORKING, Stage.DISQUALIFIED)
                .allow(Stage.WORKING, Stage.QUALIFIED, Stage.DISQUALIFIED)
                .allow(Stage.DISQUALIFIED, Stage.WORKING)
                .build();
    }

    @Test
    void allowsOnlyTheListedMoves() {
        TransitionTable<Stage> table = table();

        assertTrue(table.allows(Stage.NEW, Stage.WORKING));
        assertTrue(table.allows(Stage.DISQUALIFIED, Stage.WORKING));
        assertFalse(table.allows(Stage.NEW, Stage.QUALIFIED));
        assertFalse(table.allows(Stage.WORKING, Stage.NEW));
        assertFalse(table.allows(Stage.QUALIFIED, Stage.WORKING));
    }

    @Test
    void listsTheTargetsOfAState() {
        assertEquals(EnumSet.of(Stage.QUALIFIED, Stage.DISQUALIFIED), table().targetsOf(Stage.WORKING));
    }

    @Test
    void aStateWithoutMovesIsTerminal() {
        TransitionTable<Stage> table = table();

        assertTrue(table.isTerminal(Stage.QUALIFIED));
        assertFalse(table.isTerminal(Stage.DISQUALIFIED));
        assertFalse(table.isTerminal(Stage.NEW));
    }

    @Test
    void requireReturnsTheTargetOfAnAllowedMove() {
        assertSame(Stage.WORKING, table().require("lead 42", Stage.NEW, Stage.WORKING));
    }

    @Test
    void requireThrowsNamingTheAggregateAndBothStates() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> table().require("lead 42", Stage.QUALIFIED, Stage.NEW));

        assertEquals("lead 42", e.aggregate());
        assertSame(Stage.QUALIFIED, e.from());
        assertSame(Stage.NEW, e.to());
        assertEquals("lead 42 cannot move from QUALIFIED to NEW", e.getMessage());
    }

    @Test
    void rejectsMovesToTheSameState() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransitionTable.of(Stage.class).allow(Stage.NEW, Stage.WORKING, Stage.NEW));

        assertEquals("a Stage cannot move from NEW to itself", e.getMessage());
    }

    @Test
    void isImmutableOnceBuilt() {
        TransitionTable.Builder<Stage> builder = TransitionTable.of(Stage.class).allow(Stage.NEW, Stage.WORKING);
        TransitionTable<Stage> table = builder.build();

        builder.allow(Stage.NEW, Stage.QUALIFIED);
        Set<Stage> targets = table.targetsOf(Stage.NEW);

        assertFalse(table.allows(Stage.NEW, Stage.QUALIFIED));
        assertThrows(UnsupportedOperationException.class, () -> targets.add(Stage.DISQUALIFIED));
    }

    @Test
    void rejectsNullStates() {
        TransitionTable<Stage> table = table();

        assertEquals("from must not be null",
                assertThrows(NullPointerException.class, () -> table.allows(null, Stage.NEW)).getMessage());
        assertEquals("to must not be null",
                assertThrows(NullPointerException.class, () -> table.allows(Stage.NEW, null)).getMessage());
        assertEquals("to must not be null", assertThrows(NullPointerException.class,
                () -> TransitionTable.of(Stage.class).allow(Stage.NEW, (Stage) null)).getMessage());
        assertEquals("type must not be null",
                assertThrows(NullPointerException.class, () -> TransitionTable.of(null)).getMessage());
    }
}
