package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.jsonata.JsonataTemplate;
import dev.stepwise.engine.asl.path.PayloadTemplate.Expression;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesException;

/**
 * Fail: ends the execution with an error and a cause, written out or read from the input by a path or an
 * intrinsic function (read from the state's input the way Parameters reads them).
 */
record FailHandler(String error, Expression errorPath, String cause, Expression causePath,
                   JsonataTemplate errorExpression, JsonataTemplate causeExpression) implements StateHandler {

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) {
        String errorName = errorPath != null ? text(errorPath, "ErrorPath", step)
                : errorExpression != null ? jsonataText(errorExpression, "Error", step) : error;
        String causeText = causePath != null ? text(causePath, "CausePath", step)
                : causeExpression != null ? jsonataText(causeExpression, "Cause", step) : cause;
        throw new StateFailure(new StatesError(errorName, causeText));
    }

    private static String jsonataText(JsonataTemplate template, String field, StepContext step) {
        JsonNode value = template.evaluate(step.bindings().build(), field);
        return value.isTextual() ? value.textValue() : value.isNull() ? null : value.toString();
    }

    private static String text(Expression expression, String field, StepContext step) {
        JsonNode value = expression.evaluate(step.rawInput, step);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw StatesException.runtime("The " + field + " field must reference a string, but was: " + value);
        }
        return value.textValue();
    }
}
