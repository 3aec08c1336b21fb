package dev.stepwise.engine.interp.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.TaskRequest;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Runs {@code arn:aws:states:::states:startExecution} tasks on local state machines, by name. Without a suffix the
 * task returns at once with the new execution's ARN and start date; {@code .sync} waits and returns the child's
 * DescribeExecution (input and output as JSON text), {@code .sync:2} the same with input and output as JSON. A child
 * that does not succeed fails the task with {@code States.TaskFailed} and the DescribeExecution as the cause.
 */
public final class NestedExecutionRoute implements TaskInvokers.Route {

    static final String START_EXECUTION = "arn:aws:states:::states:startExecution";

    private final Map<String, Interpreter.Program> machines;
    private final ExecutionOptions parentOptions;
    private final UnaryOperator<ExecutionOptions> childOptions;

    /**
     * @param machines     local state machines by name
     * @param childOptions derives a child execution's options from the parent's names already set for the child
     *                     (the place to hand the child the same invokers, clock and history setting)
     */
    public NestedExecutionRoute(Map<String, Interpreter.Program> machines, ExecutionOptions parentOptions,
                                UnaryOperator<ExecutionOptions> childOptions) {
        this.machines = Map.copyOf(machines);
        this.parentOptions = parentOptions;
        this.childOptions = childOptions;
    }

    @Override
    public Optional<TaskInvoker> route(TaskRequest request) {
        String resource = request.resource();
        if (!resource.equals(START_EXECUTION) && !resource.startsWith(START_EXECUTION + ".")) {
            return Optional.empty();
        }
        String suffix = resource.substring(START_EXECUTION.length());
        if (!suffix.isEmpty() && !suffix.equals(".sync") && !suffix.equals(".sync:2")) {
            return Optional.empty();
        }
        return Optional.of(ignored -> start(request, suffix));
    }

    private JsonNode start(TaskRequest request, String suffix) {
        JsonNode parameters = request.payload();
        String arn = parameters.path("StateMachineArn").asText("");
        String name = arn.substring(arn.lastIndexOf(':') + 1);
        Interpreter.Program program = machines.get(name);
        if (program == null) {
            throw new StatesException("StepFunctions.StateMachineDoesNotExistException", "State Machine Does Not Exist: '"
                    + arn + "'");
        }
        String executionName = parameters.path("Name").isTextual() ? parameters.get("Name").textValue()
                : UUID.randomUUID().toString();
        ExecutionOptions options = childOptions.apply(parentOptions.withNames(executionName, name));
        JsonNode input = input(parameters.get("Input"));
        ExecutionResult result = program.execute(input, options);
        if (suffix.isEmpty()) {
            ObjectNode started = JsonNodeFactory.instance.objectNode();
            started.put("ExecutionArn", options.executionArn());
            started.put("StartDate", date(result.startTime()));
            return started;
        }
        ObjectNode described = describe(result, options, input, suffix.equals(".sync:2"));
        if (!"SUCCEEDED".equals(result.status().awsName())) {
            throw new StatesException(StatesErrorNames.TASK_FAILED, JsonPrinter.compact(described));
        }
        return described;
    }

    private static ObjectNode describe(ExecutionResult result, ExecutionOptions options, JsonNode input, boolean asJson) {
        ObjectNode described = JsonNodeFactory.instance.objectNode();
        described.put("ExecutionArn", options.executionArn());
        setJson(described, "Input", input, asJson);
        described.putObject("InputDetails").put("Included", true);
        described.put("Name", options.executionName());
        if (result.output() != null) {
            setJson(described, "Output", result.output(), asJson);
            described.putObject("OutputDetails").put("Included", true);
        }
        if (result.error() != null) {
            described.put("Error", result.error().error());
            described.put("Cause", result.error().cause());
        }
        described.put("StartDate", date(result.startTime()));
        described.put("StateMachineArn", options.stateMachineArn());
        described.put("Status", result.status().awsName());
        described.put("StopDate", date(result.stopTime()));
        return described;
    }

    private static void setJson(ObjectNode into, String field, JsonNode value, boolean asJson) {
        if (asJson) {
            into.set(field, value);
        } else {
            into.put(field, JsonPrinter.compact(value));
        }
    }

    /** {@code Input} may be JSON, or a string holding JSON (as AWS's examples write it); absent means {}. */
    private static JsonNode input(JsonNode input) {
        if (input == null || input.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (input.isTextual()) {
            try {
                return JsonReader.readJson(input.textValue()).root();
            } catch (JsonSyntaxException e) {
                throw new StatesException("StepFunctions.InvalidExecutionInputException",
                        "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
            }
        }
        return input;
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
