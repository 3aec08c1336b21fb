package dev.stepwise.engine.asl.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataEvaluationException.Kind;
import dev.stepwise.engine.asl.jsonata.JsonataFunctions.JsonataFunctionException;
import dev.stepwise.engine.asl.jsonata.JsonataValues.UnsupportedValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * One JSONata expression, compiled once. Step Functions writes JSONata in a JSON string as
 * {@code "{% <expression> %}"}; {@link #compile(String)} accepts that form (the body is trimmed) or a bare expression.
 *
 * <pre>{@code
 * JsonataExpression expression = JsonataExpression.compile("{% $states.input.price * 2 %}");
 * Optional<JsonNode> value = expression.evaluate(bindings);   // empty: the expression returned nothing
 * }</pre>
 *
 * <p>Evaluation follows Step Functions: the expression has no context value ({@code $} is undefined), and sees only
 * {@code $states}, the workflow variables and the functions of {@link JsonataFunctions}. Thread-safe.
 */
public final class JsonataExpression {

    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";

    private final String source;
    private final String text;
    private final Jsonata compiled;
    // "$exists((text))": tells JSON null from undefined when the evaluator returned Java null for both
    private volatile Jsonata existence;

    private JsonataExpression(String source, String text, Jsonata compiled) {
        this.source = source;
        this.text = text;
        this.compiled = compiled;
    }

    /** Whether a string is a JSONata expression: it starts with {@code {%} and ends with {@code %}}. */
    public static boolean isExpression(String value) {
        return value != null && value.length() >= OPEN.length() + CLOSE.length() && value.startsWith(OPEN)
                && value.endsWith(CLOSE);
    }

    /** Whether a node is a string that holds a JSONata expression. */
    public static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && isExpression(value.textValue());
    }

    /**
     * Compiles {@code "{% body %}"} or a bare expression.
     *
     * @throws InvalidJsonataException with the JSONata error code and position when the expression does not parse
     */
    public static JsonataExpression compile(String source) {
        Objects.requireNonNull(source, "source");
        String text = isExpression(source)
                ? source.substring(OPEN.length(), source.length() - CLOSE.length()).trim()
                : source.trim();
        return new JsonataExpression(source, text, parse(text));
    }

    private static Jsonata parse(String text) {
        if (text.isEmpty()) {
            throw new InvalidJsonataException(text, null, -1, "The expression is empty");
        }
        try {
            return Jsonata.jsonata(text);
        } catch (JException e) {
            throw new InvalidJsonataException(text, e.getError(), e.getLocation(), e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidJsonataException(text, null, -1, String.valueOf(e.getMessage()));
        }
    }

    /** The string this was compiled from, delimiters included. */
    public String source() {
        return source;
    }

    /** The expression without delimiters, trimmed; this is the text AWS quotes in error messages. */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression.
     *
     * @return the JSON result ({@code NullNode} for JSON null), or empty when the expression returned nothing
     *         (JSONata's undefined), as {@code $doesNotExist} does
     * @throws JsonataEvaluationException when evaluation fails or the result is not JSON (a function, say)
     */
    public Optional<JsonNode> evaluate(JsonataBindings bindings) {
        Objects.requireNonNull(bindings, "bindings");
        Object result = run(compiled, bindings);
        if (result == null) {
            Object exists = run(existence(), bindings);
            return Boolean.TRUE.equals(exists) ? Optional.of(JsonataValues.toJson(null)) : Optional.empty();
        }
        if (JsonataValues.isFunction(result)) {
            throw new JsonataEvaluationException(text, Kind.UNSUPPORTED_RESULT, null, "The result is a function");
        }
        try {
            return Optional.of(JsonataValues.toJson(result));
        } catch (UnsupportedValueException e) {
            throw new JsonataEvaluationException(text, Kind.UNSUPPORTED_RESULT, null, e.getMessage());
        }
    }

    private Object run(Jsonata expression, JsonataBindings bindings) {
        // one evaluation at a time per compiled expression: the evaluator keeps per-call state on its instance
        synchronized (expression) {
            Jsonata.Frame frame = expression.createFrame();
            bindings.bindTo(frame);
            try {
                return expression.evaluate(null, frame);
            } catch (JException e) {
                throw new JsonataEvaluationException(text, Kind.ERROR, e.getError(), e.getMessage());
            } catch (JsonataFunctionException e) {
                throw new JsonataEvaluationException(text, Kind.ERROR, null, e.getMessage());
            } catch (StackOverflowError e) {
                throw new JsonataEvaluationException(text, Kind.ERROR, "U1001", "Stack overflow error: Check for "
                        + "non-terminating recursive function.  Consider rewriting as tail-recursive.");
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() instanceof JsonataFunctionException ? e.getCause() : e;
                String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                throw new JsonataEvaluationException(text, Kind.ERROR, null, message);
            }
        }
    }

    private Jsonata existence() {
        Jsonata check = existence;
        if (check == null) {
            check = Jsonata.jsonata("$exists((" + text + "\n))");
            existence = check;
        }
        return check;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonataExpression that && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
