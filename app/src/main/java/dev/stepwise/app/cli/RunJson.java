package dev.stepwise.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.StepTrace;
import dev.stepwise.engine.interp.error.StatesError;

/** The JSON that {@code stepwise run} prints: execution results and trace lines. */
final class RunJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RunJson() {
    }

    /**
     * {@code {"status", "output", "error", "cause", "transitions"}}, every key present: the output is null unless the
     * execution succeeded, the error and cause are null when there are none.
     */
    static ObjectNode result(ExecutionResult result) {
        ObjectNode json = NODES.objectNode();
        fillResult(json, result);
        return json;
    }

    /** Adds the result's keys to {@code json} (a batch line starts with the case's name). */
    static void fillResult(ObjectNode json, ExecutionResult result) {
        json.put("status", result.status().awsName());
        json.set("output", result.output());
        StatesError error = result.error();
        json.put("error", error == null ? null : error.error());
        json.put("cause", error == null ? null : error.cause());
        json.put("transitions", result.transitions());
    }

    /**
     * One state's step with the field names of AWS's TestState inspection data; phases that did not happen are left
     * out, and so is the scope of a top-level state. A phase that produced JSON {@code null} shows as null.
     */
    static ObjectNode trace(StepTrace step) {
        ObjectNode json = NODES.objectNode();
        json.put("stateName", step.stateName());
        if (step.scope() != null && !step.scope().isEmpty()) {
            json.put("scope", step.scope());
        }
        putIfHappened(json, "input", step.input());
        putIfHappened(json, "afterInputPath", step.afterInputPath());
        putIfHappened(json, "afterParameters", step.afterParameters());
        putIfHappened(json, "afterArguments", step.afterArguments());
        putIfHappened(json, "result", step.result());
        putIfHappened(json, "afterResultSelector", step.afterResultSelector());
        putIfHappened(json, "afterResultPath", step.afterResultPath());
        putIfHappened(json, "output", step.output());
        putIfHappened(json, "variables", step.variables());
        putIfHappened(json, "errorDetails", step.errorDetails());
        putIfHappened(json, "afterItemsPath", step.afterItemsPath());
        putIfHappened(json, "afterItemSelector", step.afterItemSelector());
        putIfHappened(json, "afterItemBatcher", step.afterItemBatcher());
        if (step.error() != null) {
            json.put("error", step.error());
        }
        if (step.cause() != null) {
            json.put("cause", step.cause());
        }
        if (step.next() != null) {
            json.put("nextState", step.next());
        }
        return json;
    }

    private static void putIfHappened(ObjectNode json, String key, JsonNode value) {
        if (value != null) {
            json.set(key, value);
        }
    }
}
