package dev.stepwise.engine.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;

/**
 * The {@code States.QueryEvaluationError} failures of JSONata fields, worded as AWS words them. The interpreter
 * prefixes each cause with {@code An error occurred while executing the state 'X' (entered at the event id #N). }
 *
 * <p>{@code field} is the field path: the ASL field name, then {@code /key} for each level of nesting, for
 * example {@code Output/result} or {@code Assign/result}.
 */
public final class JsonataErrors {

    private JsonataErrors() {
    }

    /** Recorded: {@code The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).} */
    public static StatesException undefined(String expression, String field) {
        return error(prefix(expression, field) + " returned nothing (undefined).");
    }

    /**
     * Recorded: {@code The JSONata expression '$randomSeeded(...)' specified for the field 'Output/FunctionResult' threw
     * an error during evaluation. T1006: Attempted to invoke a non-function}.
     */
    public static StatesException threw(String expression, String field, String detail) {
        return error(prefix(expression, field) + " threw an error during evaluation. " + detail);
    }

    /** Recorded (a function as the Map state's Items): {@code ... specified for the field 'Items' returned an unsupported result type.} */
    public static StatesException unsupportedResult(String expression, String field) {
        return error(prefix(expression, field) + " returned an unsupported result type.");
    }

    /**
     * Recorded (Map Items): {@code The JSONata expression '1' specified for the field 'Items' returned an unexpected
     * result type. Expected 'array', but was 'number' for value: 1}.
     */
    public static StatesException unexpectedType(String expression, String field, String expected, JsonNode value) {
        return error(prefix(expression, field) + " returned an unexpected result type. Expected '" + expected
                + "', but was '" + typeName(value) + "' for value: " + JsonPrinter.compact(value));
    }

    /** The error for a failed evaluation of {@code expression} in {@code field}. */
    public static StatesException of(JsonataEvaluationException failure, String field) {
        return switch (failure.kind()) {
            case UNSUPPORTED_RESULT -> unsupportedResult(failure.expression(), field);
            case ERROR -> threw(failure.expression(), field, failure.detail());
        };
    }

    /** JSONata's type name of a JSON value, as {@code $type} gives it and AWS quotes it. */
    public static String typeName(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return "string";
    }

    private static String prefix(String expression, String field) {
        return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
    }

    private static StatesException error(String cause) {
        return new StatesException(StatesErrorNames.QUERY_EVALUATION_ERROR, cause);
    }
}
