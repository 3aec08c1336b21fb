package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.json.JsonPrinter;

/**
 * Map: runs the item processor once per item, each item shaped by ItemSelector, and gives the array of results in
 * item order. Iterations run one after another, so runs are repeatable. Without tolerated failures the first failed
 * iteration fails the state with its error.
 */
record MapHandler(CompiledMachine processor, MapInputs inputs) implements StateHandler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        JsonNode items = inputs.items(step, effectiveInput);
        FailureTolerance.Limits limits = inputs.limits(step, effectiveInput);
        step.event(HistoryEventType.MapStateStarted, () -> {
            ObjectNode details = NODES.objectNode();
            details.put("length", items.size());
            return details;
        });
        return HandlerResult.of(iterate(step, effectiveInput, items, limits));
    }

    private ArrayNode iterate(StepContext step, JsonNode effectiveInput, JsonNode items, FailureTolerance.Limits limits)
            throws InterruptedException {
        ArrayNode results = NODES.arrayNode(items.size());
        int failures = 0;
        String name = step.state.name();
        for (int index = 0; index < items.size(); index++) {
            JsonNode itemInput = inputs.select(step, effectiveInput, items.get(index), index);
            Frame iteration = step.frame.child(name + "[" + index + "]");
            int position = index;
            iteration.lastEventId = step.event(HistoryEventType.MapIterationStarted, () -> iterationDetails(name, position));
            Outcome outcome = step.run().runMachine(processor, itemInput, iteration);
            step.frame.lastEventId = iteration.lastEventId;
            if (!outcome.isFailure()) {
                step.event(HistoryEventType.MapIterationSucceeded, () -> iterationDetails(name, position));
                results.add(outcome.output());
                continue;
            }
            step.event(HistoryEventType.MapIterationFailed, () -> iterationDetails(name, position));
            failures++;
            if (limits.exceededBy(failures, items.size())) {
                StatesError error = limits.isSet()
                        ? new StatesError(StatesErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                                "The specified tolerated failure threshold was exceeded")
                        : outcome.error();
                step.event(HistoryEventType.MapStateFailed, () -> ExecutionRun.errorDetails(error));
                throw new StateFailure(error);
            }
            ObjectNode errorOutput = results.addObject();
            errorOutput.put("Error", outcome.error().error());
            if (outcome.error().cause() != null) {
                errorOutput.put("Cause", outcome.error().cause());
            }
        }
        step.event(HistoryEventType.MapStateSucceeded, null);
        return results;
    }

    private static ObjectNode iterationDetails(String name, int index) {
        ObjectNode details = NODES.objectNode();
        details.put("name", name);
        details.put("index", index);
        return details;
    }

    /** Reads an integer setting from a path (a number, or a string holding one), with AWS's wording when it is not. */
    static int integerAt(PathExpression path, String field, JsonNode input, StepContext step) {
        JsonNode value = DataProcessing.read(path, input, step);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.textValue().trim());
            } catch (NumberFormatException notANumber) {
                // worded below
            }
        }
        throw StatesException.runtime("The " + field + " field refers to value \"" + describe(value)
                + "\" which is not a valid integer: " + path.text());
    }

    static String describe(JsonNode value) {
        return value.isTextual() ? value.textValue() : JsonPrinter.compact(value);
    }
}
