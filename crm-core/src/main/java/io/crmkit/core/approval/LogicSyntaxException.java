package io.crmkit.core.approval;

/** Custom condition logic that cannot be parsed, with the position (1-based) of the problem. */
public final class LogicSyntaxException extends IllegalArgumentException {

    private final String expression;
    private final int position;

    /** Creates the exception; the message names the expression and the position. */
    public LogicSyntaxException(String expression, int position, String problem) {
        super("condition logic '" + expression + "': " + problem + (position > 0 ? " at position " + position : ""));
        this.expression = expression;
        this.position = position;
    }

    /** The text that was parsed. */
    public String expression() {
        return expression;
    }

    /** Where the problem is, 1-based; 0 if it concerns the whole expression. */
    public int position() {
        return position;
    }
}
