package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import java.time.Duration;

/**
 * A Task's TimeoutSeconds and HeartbeatSeconds: each a literal, a JSONPath reference ({@code ...SecondsPath}, read
 * from the effective input) or a JSONata expression. Without TimeoutSeconds a task may run for AWS's default of
 * 99,999,999 seconds; without HeartbeatSeconds it needs no heartbeats.
 */
record TaskTimeouts(Long timeoutSeconds, PathExpression timeoutPath, JsonataTemplate timeoutExpression,
                    Long heartbeatSeconds, PathExpression heartbeatPath, JsonataTemplate heartbeatExpression) {

    static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999L;
    static final TaskTimeouts NONE = new TaskTimeouts(null, null, null, null, null, null);

    /** A literal number of seconds, checked when the machine is compiled. */
    static Long literal(String state, String field, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
            throw new IllegalArgumentException("Task state '" + state + "': " + field + " must be a positive integer: "
                    + value);
        }
        return value.longValue();
    }

    Duration timeout(StepContext step, JsonNode effectiveInput) {
        Long seconds = resolve(timeoutSeconds, timeoutPath, timeoutExpression, "TimeoutSeconds", step, effectiveInput);
        return Duration.ofSeconds(seconds == null ? DEFAULT_TIMEOUT_SECONDS : seconds);
    }

    /** The heartbeat interval, or null when the task needs none. */
    Duration heartbeat(StepContext step, JsonNode effectiveInput) {
        Long seconds = resolve(heartbeatSeconds, heartbeatPath, heartbeatExpression, "HeartbeatSeconds", step,
                effectiveInput);
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static Long resolve(Long literal, PathExpression path, JsonataTemplate expression, String field,
                                StepContext step, JsonNode effectiveInput) {
        if (literal != null) {
            return literal;
        }
        if (path != null) {
            JsonNode value = DataProcessing.read(path, effectiveInput, step);
            if (!isPositiveInteger(value)) {
                throw StatesException.runtime("The " + field + "Path field refers to value \"" + MapHandler.describe(value)
                        + "\" which is not a valid positive integer: " + path.text());
            }
            return value.longValue();
        }
        if (expression != null) {
            JsonNode value = expression.evaluate(step.bindings().build(), field);
            if (!isPositiveInteger(value)) {
                throw new StatesException(StatesErrorNames.QUERY_EVALUATION_ERROR, "The " + field + " field must be a"
                        + " positive integer, but was: " + JsonPrinter.compact(value));
            }
            return value.longValue();
        }
        return null;
    }

    private static boolean isPositiveInteger(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0;
    }
}
