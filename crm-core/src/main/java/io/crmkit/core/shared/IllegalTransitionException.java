package io.crmkit.core.shared;

/**
 * Thrown when a command would move an aggregate between two states that its transition table does not connect.
 * This is a programming error in the caller: check {@link TransitionTable#allows} first when unsure.
 */
public final class IllegalTransitionException extends IllegalStateException {

    private final String aggregate;
    private final transient Enum<?> from;
    private final transient Enum<?> to;

    /** Creates the exception for {@code aggregate} (e.g. "lead 0190...") moving {@code from} {@code to}. */
    public IllegalTransitionException(String aggregate, Enum<?> from, Enum<?> to) {
        super(aggregate + " cannot move from " + from + " to " + to);
        this.aggregate = aggregate;
        this.from = from;
        this.to = to;
    }

    /** The aggregate's type and id. */
    public String aggregate() {
        return aggregate;
    }

    /** The state the aggregate is in. */
    public Enum<?> from() {
        return from;
    }

    /** The state the command asked for. */
    public Enum<?> to() {
        return to;
    }
}
