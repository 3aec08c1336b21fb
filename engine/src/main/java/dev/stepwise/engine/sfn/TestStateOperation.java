package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.StepTrace;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.TaskRequest;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * TestState: runs one state once, through the interpreter, and reports what it did with the fields of AWS's
 * inspection data (the interpreter's {@link StepTrace}). The state's transition targets stand in as Succeed states,
 * and the run stops as soon as the state has completed, been caught or would be retried.
 */
final class TestStateOperation {

    private static final Set<String> LEVELS = Set.of("INFO", "DEBUG", "TRACE");
    /** Seeds the request's variables before the tested state (an Assign in the machine's query language). */
    private static final String SEED_STATE = "Stepwise.TestState.Variables";

    private final ServiceContext ctx;

    TestStateOperation(ServiceContext ctx) {
        this.ctx = ctx;
    }

    ObjectNode test(JsonNode request) {
        String definitionText = SfnWire.required(request, "definition");
        String level = SfnWire.optional(request, "inspectionLevel").orElse("INFO");
        if (!LEVELS.contains(level)) {
            throw StepFunctionsException.validation("1 validation error detected: Value '" + level + "' at "
                    + "'inspectionLevel' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[INFO, DEBUG, TRACE]");
        }
        JsonNode input = json(SfnWire.optional(request, "input").orElse("{}"), "InvalidExecutionInput", "input");
        Optional<String> stateName = SfnWire.optional(request, "stateName");
        Optional<String> variables = SfnWire.optional(request, "variables");
        JsonNode definition = json(definitionText, "InvalidDefinition", "definition");
        if (!definition.isObject()) {
            throw new StepFunctionsException("InvalidDefinition", "Invalid State Machine Definition: "
                    + "'SCHEMA_VALIDATION_FAILED: a state must be a JSON object'");
        }
        String name = stateName.orElse("TestState");
        ObjectNode state = stateName.isPresent() ? namedState(definition, name) : (ObjectNode) definition;
        ObjectNode machine = SfnWire.object();
        if (stateName.isPresent() && definition.has("QueryLanguage")) {
            machine.set("QueryLanguage", definition.get("QueryLanguage"));
        }
        ObjectNode states = SfnWire.object();
        if (variables.isPresent()) {
            JsonNode values = json(variables.get(), "ValidationException", "variables");
            if (!values.isObject()) {
                throw StepFunctionsException.validation("variables must be a JSON object");
            }
            ObjectNode seed = states.putObject(SEED_STATE);
            seed.put("Type", "Pass");
            seed.set("Assign", values);
            seed.put("Next", name);
        }
        states.set(name, state);
        for (String target : targets(state)) {
            if (!target.equals(name) && !states.has(target)) {
                states.putObject(target).put("Type", "Succeed");
            }
        }
        machine.put("StartAt", variables.isPresent() ? SEED_STATE : name);
        machine.set("States", states);
        Interpreter.Program program = ctx.definitions.compile(JsonPrinter.compact(machine), "STANDARD");

        StepTrace[] traced = new StepTrace[1];
        ExecutionOptions options = ExecutionOptions.defaults()
                .withAccount(ctx.region, ctx.accountId)
                .withClock(new VirtualClock(ctx.now()))
                .withHistory(false, 0)
                .withInvokers(invokers(request, name))
                .withListener(step -> {
                    if (step.scope().isEmpty() && step.stateName().equals(name)) {
                        traced[0] = step;
                        throw new TestedStateDone();
                    }
                });
        ExecutionResult result = null;
        try {
            result = program.execute(input, options);
        } catch (TestedStateDone done) {
            // the state ran; nothing after it matters
        }
        return response(traced[0], result, level);
    }

    private static ObjectNode namedState(JsonNode definition, String name) {
        JsonNode state = definition.path("States").get(name);
        if (state == null || !state.isObject()) {
            throw StepFunctionsException.validation("State '" + name + "' does not exist in the definition");
        }
        return state.deepCopy();
    }

    /** The states a state may go to next. */
    private static Set<String> targets(ObjectNode state) {
        Set<String> targets = new LinkedHashSet<>();
        addText(targets, state.get("Next"));
        addText(targets, state.get("Default"));
        for (String list : new String[] {"Choices", "Catch"}) {
            for (JsonNode item : state.path(list)) {
                addText(targets, item.get("Next"));
            }
        }
        return targets;
    }

    private static void addText(Set<String> names, JsonNode node) {
        if (node != null && node.isTextual()) {
            names.add(node.textValue());
        }
    }

    /** The request's mock answers the tested state; anything else goes the way executions' tasks go. */
    private TaskInvokers invokers(JsonNode request, String name) {
        ObjectNode mock = SfnWire.objectOrEmpty(request, "mock");
        TaskInvokers.Route mocked = null;
        if (mock != null) {
            JsonNode errorOutput = mock.get("errorOutput");
            JsonNode result = mock.has("result") ? json(SfnWire.required(mock, "result"), "ValidationException",
                    "mock.result") : null;
            if ((result == null) == (errorOutput == null)) {
                throw StepFunctionsException.validation("A mock must have exactly one of result or errorOutput");
            }
            mocked = task -> !task.stateName().equals(name) ? Optional.empty() : Optional.of(new MockAnswer(
                    result, errorOutput == null ? null : SfnWire.optional(errorOutput, "error").orElse(null),
                    errorOutput == null ? null : SfnWire.optional(errorOutput, "cause").orElse(null)));
        }
        return ctx.routes.forExecution("TestState", mocked);
    }

    /** A TestState mock, which also answers a task token's callback. */
    private record MockAnswer(JsonNode result, String error, String cause) implements TaskInvoker {
        @Override
        public JsonNode invoke(TaskRequest request) {
            if (result == null) {
                throw new StatesException(error, cause);
            }
            return result;
        }

        @Override
        public boolean answersCallback() {
            return true;
        }
    }

    private static ObjectNode response(StepTrace trace, ExecutionResult result, String level) {
        ObjectNode response = SfnWire.object();
        if (trace == null) {
            // The state never completed an attempt (e.g. the variables could not be seeded).
            response.put("status", "FAILED");
            if (result != null && result.error() != null) {
                response.put("error", result.error().error());
                response.put("cause", result.error().cause());
            }
            return response;
        }
        String status;
        if (trace.error() == null) {
            status = "SUCCEEDED";
        } else if (trace.errorDetails() != null && trace.errorDetails().has("retryIndex")) {
            status = "RETRIABLE";
        } else if (trace.errorDetails() != null && trace.errorDetails().has("catchIndex")) {
            status = "CAUGHT_ERROR";
        } else {
            status = "FAILED";
        }
        if (trace.output() != null && !status.equals("FAILED") && !status.equals("RETRIABLE")) {
            response.put("output", JsonPrinter.compact(trace.output()));
        }
        if (trace.error() != null) {
            response.put("error", trace.error());
            if (trace.cause() != null) {
                response.put("cause", trace.cause());
            }
        }
        if (trace.next() != null && (status.equals("SUCCEEDED") || status.equals("CAUGHT_ERROR"))) {
            response.put("nextState", trace.next());
        }
        response.put("status", status);
        if (!level.equals("INFO")) {
            response.set("inspectionData", inspectionData(trace));
        }
        return response;
    }

    private static ObjectNode inspectionData(StepTrace trace) {
        ObjectNode data = SfnWire.object();
        putJson(data, "input", trace.input());
        putJson(data, "afterInputPath", trace.afterInputPath());
        putJson(data, "afterParameters", trace.afterParameters());
        putJson(data, "afterArguments", trace.afterArguments());
        putJson(data, "result", trace.result());
        putJson(data, "afterResultSelector", trace.afterResultSelector());
        putJson(data, "afterResultPath", trace.afterResultPath());
        putJson(data, "afterItemsPath", trace.afterItemsPath());
        putJson(data, "afterItemSelector", trace.afterItemSelector());
        putJson(data, "afterItemBatcher", trace.afterItemBatcher());
        if (trace.variables() != null && trace.variables().size() > 0) {
            putJson(data, "variables", trace.variables());
        }
        if (trace.errorDetails() != null) {
            data.set("errorDetails", trace.errorDetails());
        }
        return data;
    }

    /** Inspection data fields are JSON strings. */
    private static void putJson(ObjectNode data, String field, JsonNode value) {
        if (value != null) {
            data.put(field, JsonPrinter.compact(value));
        }
    }

    private static JsonNode json(String text, String errorType, String member) {
        try {
            return JsonReader.readJson(text).root();
        } catch (JsonSyntaxException e) {
            if (errorType.equals("InvalidDefinition")) {
                throw new StepFunctionsException(errorType, "Invalid State Machine Definition: '"
                        + "INVALID_JSON_DESCRIPTION: " + e.problem() + "'");
            }
            throw new StepFunctionsException(errorType, "Invalid " + member + ": '" + e.problem() + "'");
        }
    }

    /** Ends the run once the tested state has done its part. */
    private static final class TestedStateDone extends RuntimeException {
        TestedStateDone() {
            super(null, null, false, false);
        }
    }
}
