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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Map: runs the item processor once per item, each item shaped by ItemSelector, and gives the array of results in
 * item order. Iterations run one after another, so runs are repeatable. Without tolerated failures the first failed
 * iteration fails the state with its error. A DISTRIBUTED Map is one map run (MapRunStarted … MapRunSucceeded or
 * MapRunFailed) whose items may come from an ItemReader, be grouped by an ItemBatcher and be exported by a
 * ResultWriter; its children's events stay in this history (AWS keeps them in child executions) so they can be
 * debugged in place.
 *
 * @param distributed the DISTRIBUTED parts, or null for an INLINE Map
 */
record MapHandler(CompiledMachine processor, MapInputs inputs, Distributed distributed) implements StateHandler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A DISTRIBUTED Map's run label (Label, else the state's name) and its optional data parts. */
    record Distributed(String label, ItemReader reader, ItemBatcher batcher, ResultWriter writer) {
    }

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        if (distributed != null) {
            return HandlerResult.of(runDistributed(step, effectiveInput));
        }
        JsonNode items = inputs.items(step, effectiveInput);
        traceItems(step, items);
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
        for (int index = 0; index < items.size(); index++) {
            JsonNode itemInput = inputs.select(step, effectiveInput, items.get(index), index);
            traceSelection(step, itemInput);
            Outcome outcome = iteration(step, index, itemInput);
            if (!outcome.isFailure()) {
                results.add(outcome.output());
                continue;
            }
            failures++;
            if (limits.exceededBy(failures, items.size())) {
                StatesError error = failureOf(limits, outcome);
                step.event(HistoryEventType.MapStateFailed, () -> ExecutionRun.errorDetails(error));
                throw new StateFailure(error);
            }
            addErrorOutput(results, outcome.error());
        }
        step.event(HistoryEventType.MapStateSucceeded, null);
        return results;
    }

    private JsonNode runDistributed(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        ExecutionRun execution = step.run();
        MapRun run = new MapRun(execution.options, distributed.label(), execution.options.uuids().get().toString());
        step.event(HistoryEventType.MapRunStarted, () -> {
            ObjectNode details = NODES.objectNode();
            details.put("mapRunArn", run.arn);
            return details;
        });
        try {
            JsonNode result = mapRun(step, effectiveInput, run);
            step.event(HistoryEventType.MapRunSucceeded, null);
            return result;
        } catch (StateFailure failure) {
            step.event(HistoryEventType.MapRunFailed, () -> ExecutionRun.errorDetails(failure.error()));
            throw failure;
        } catch (StatesException e) {
            step.event(HistoryEventType.MapRunFailed,
                    () -> ExecutionRun.errorDetails(new StatesError(e.error(), e.causeText())));
            throw e;
        }
    }

    private JsonNode mapRun(StepContext step, JsonNode effectiveInput, MapRun run) throws InterruptedException {
        JsonNode items = distributed.reader() == null ? inputs.items(step, effectiveInput)
                : distributed.reader().read(step, effectiveInput, inputs);
        FailureTolerance.Limits limits = inputs.limits(step, effectiveInput);
        traceItems(step, items);
        List<JsonNode> childInputs = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            childInputs.add(inputs.select(step, effectiveInput, items.get(index), index));
            traceSelection(step, childInputs.get(index));
        }
        if (distributed.batcher() != null) {
            childInputs = distributed.batcher().batch(step, effectiveInput, childInputs);
            if (step.isTraced()) {
                step.tracedBatches = NODES.arrayNode().addAll(childInputs);
            }
        }
        ArrayNode results = NODES.arrayNode(childInputs.size());
        int failures = 0;
        ExecutionRun execution = step.run();
        for (int index = 0; index < childInputs.size(); index++) {
            JsonNode childInput = childInputs.get(index);
            String childName = execution.options.uuids().get().toString();
            Instant start = execution.clock().now();
            Outcome outcome = iteration(step, index, childInput);
            run.children.add(new MapRun.Child(childName, childInput, outcome.output(), outcome.error(), start,
                    execution.clock().now()));
            if (!outcome.isFailure()) {
                results.add(outcome.output());
                continue;
            }
            failures++;
            if (limits.exceededBy(failures, childInputs.size())) {
                StatesError error = failureOf(limits, outcome);
                if (distributed.writer() != null) {
                    distributed.writer().finish(step, effectiveInput, run);
                }
                throw new StateFailure(error);
            }
            addErrorOutput(results, outcome.error());
        }
        return distributed.writer() == null ? results : distributed.writer().finish(step, effectiveInput, run);
    }

    /** Runs one iteration in a scope of its own, between its Started and its Succeeded or Failed event. */
    private Outcome iteration(StepContext step, int index, JsonNode input) throws InterruptedException {
        String name = step.state.name();
        Frame iteration = step.frame.child(name + "[" + index + "]");
        iteration.lastEventId = step.event(HistoryEventType.MapIterationStarted, () -> iterationDetails(name, index));
        Outcome outcome = step.run().runMachine(processor, input, iteration);
        step.frame.lastEventId = iteration.lastEventId;
        step.event(outcome.isFailure() ? HistoryEventType.MapIterationFailed : HistoryEventType.MapIterationSucceeded,
                () -> iterationDetails(name, index));
        return outcome;
    }

    /** What fails the Map once failures pass its limits: the item's own error when no limit was set. */
    private static StatesError failureOf(FailureTolerance.Limits limits, Outcome outcome) {
        return limits.isSet()
                ? new StatesError(StatesErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                        "The specified tolerated failure threshold was exceeded")
                : outcome.error();
    }

    /** A tolerated failure's place in the results: its error output. */
    private static void addErrorOutput(ArrayNode results, StatesError error) {
        ObjectNode errorOutput = results.addObject();
        errorOutput.put("Error", error.error());
        if (error.cause() != null) {
            errorOutput.put("Cause", error.cause());
        }
    }

    private static void traceItems(StepContext step, JsonNode items) {
        if (step.isTraced()) {
            step.tracedItems = items;
            step.tracedSelections = NODES.arrayNode(items.size());
        }
    }

    private static void traceSelection(StepContext step, JsonNode itemInput) {
        if (step.tracedSelections != null) {
            step.tracedSelections.add(itemInput);
        }
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
