package dev.stepwise.engine.asl.jsonata;

/**
 * A JSONata expression failed while it ran (as opposed to {@link InvalidJsonataException}, which is raised at
 * compile time). {@link #detail()} is the text AWS appends after "threw an error during evaluation.", such as
 * {@code T1006: Attempted to invoke a non-function}.
 */
public final class JsonataEvaluationException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** The evaluator threw (a JSONata error such as {@code T1006}, or a Step Functions function rejected its arguments). */
        ERROR,
        /** The result is not JSON, for example a function. */
        UNSUPPORTED_RESULT
    }

    private final String expression;
    private final Kind kind;
    private final String code;
    private final String reason;

    JsonataEvaluationException(String expression, Kind kind, String code, String reason) {
        super("JSONata expression '" + expression + "' failed: " + detail(code, reason), null, false, false);
        this.expression = expression;
        this.kind = kind;
        this.code = code;
        this.reason = reason;
    }

    public String expression() {
        return expression;
    }

    public Kind kind() {
        return kind;
    }

    /** The JSONata error code (such as {@code T1006}), or null. */
    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    /** {@code code: reason}, or the reason alone when there is no code. */
    public String detail() {
        return detail(code, reason);
    }

    private static String detail(String code, String reason) {
        return code == null ? String.valueOf(reason) : code + ": " + reason;
    }
}
