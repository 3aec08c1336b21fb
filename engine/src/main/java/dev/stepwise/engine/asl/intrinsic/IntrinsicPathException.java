package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;

/**
 * A path argument of an intrinsic call selected nothing. AWS fails the state with {@code States.Runtime} and the
 * cause {@code The JSONPath '$.x' specified for the field 'f.$' could not be found in the input '{...}'}; only
 * the caller knows the field, so it should catch this and take {@link #causeForField(String)}, then prefix the
 * state part ({@code An error occurred while executing the state ...}). On its own the cause omits the field part.
 */
public final class IntrinsicPathException extends StatesException {

    private final String path;
    private final String inputText;
    private final String detail;

    public IntrinsicPathException(String path, JsonNode input, String detail) {
        this(path, JsonPrinter.compact(input), detail);
    }

    private IntrinsicPathException(String path, String inputText, String detail) {
        super(StatesErrorNames.RUNTIME,
                "The JSONPath '" + path + "' could not be found in the input '" + inputText + "'");
        this.path = path;
        this.inputText = inputText;
        this.detail = detail;
    }

    /** The path as written in the call, e.g. {@code $.FunctionInput.fst}. */
    public String path() {
        return path;
    }

    /** Why the path selected nothing (Jayway's words, or "The variable 'x' is not defined"). */
    public String detail() {
        return detail;
    }

    /** AWS's cause for a payload-template field such as {@code FunctionResult.$} or {@code CausePath}. */
    public String causeForField(String field) {
        return "The JSONPath '" + path + "' specified for the field '" + field + "' could not be found in the input '"
                + inputText + "'";
    }
}
