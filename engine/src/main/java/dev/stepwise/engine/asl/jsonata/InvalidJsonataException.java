package dev.stepwise.engine.asl.jsonata;

/**
 * A {@code {% %}} expression that does not compile. The message names the expression, the JSONata error code and
 * the position, for example
 * {@code Invalid JSONata expression '1 +': S0207 Unexpected end of expression (at position 3)}.
 */
public final class InvalidJsonataException extends RuntimeException {

    private final String expression;
    private final String code;
    private final int position;
    private final String reason;

    InvalidJsonataException(String expression, String code, int position, String reason) {
        super("Invalid JSONata expression '" + expression + "': " + (code == null ? "" : code + " ") + reason
                + (position >= 0 ? " (at position " + position + ")" : ""), null, false, false);
        this.expression = expression;
        this.code = code;
        this.position = position;
        this.reason = reason;
    }

    /** The expression text, without the {@code {% %}} delimiters. */
    public String expression() {
        return expression;
    }

    /** The JSONata error code, such as {@code S0207}, or null when the parser gave none. */
    public String code() {
        return code;
    }

    /** The character offset (within {@link #expression()}) the parser reported, or -1. */
    public int position() {
        return position;
    }

    /** The parser's message, without code and position. */
    public String reason() {
        return reason;
    }
}
