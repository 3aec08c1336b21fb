package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.TaskRequest;

/** Task: hands the effective input to the invoker chosen for its resource and takes what it returns as the result. */
record TaskHandler(String resource) implements StateHandler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        ExecutionRun run = step.run();
        String[] type = resourceType(resource);
        step.event(HistoryEventType.TaskScheduled, () -> {
            ObjectNode details = details(type);
            details.put("region", run.options.region());
            details.set("parameters", effectiveInput);
            return details;
        });
        step.event(HistoryEventType.TaskStarted, () -> details(type));
        String token = resource.endsWith(WAIT_FOR_TASK_TOKEN) ? run.newTaskToken() : null;
        step.taskToken = token;
        TaskRequest request = new TaskRequest(step.state.name(), resource, effectiveInput, step.retryCount,
                run.nextInvocation(step.state.name()), token);
        JsonNode result;
        try {
            result = run.options.invokers().invokerFor(request).invoke(request);
        } catch (StatesException failure) {
            StatesError error = failure.toError();
            step.event(HistoryEventType.TaskFailed, () -> {
                ObjectNode details = details(type);
                details.setAll(ExecutionRun.errorDetails(error));
                return details;
            });
            throw new StateFailure(error);
        } finally {
            step.taskToken = null;
        }
        step.event(HistoryEventType.TaskSucceeded, () -> {
            ObjectNode details = details(type);
            details.set("output", result);
            details.putObject("outputDetails").put("truncated", false);
            return details;
        });
        return HandlerResult.of(result);
    }

    private static ObjectNode details(String[] type) {
        ObjectNode details = NODES.objectNode();
        details.put("resourceType", type[0]);
        details.put("resource", type[1]);
        return details;
    }

    /**
     * AWS's {@code resourceType} and {@code resource} for history events: {@code arn:aws:states:::sqs:sendMessage}
     * gives {@code sqs} and {@code sendMessage}; a Lambda function ARN gives {@code lambda} and the ARN.
     */
    static String[] resourceType(String resource) {
        String[] parts = resource.split(":", 7);
        if (parts.length >= 7 && "states".equals(parts[2]) && parts[3].isEmpty() && parts[4].isEmpty()) {
            return new String[] {parts[5], parts[6]};
        }
        if (parts.length >= 3) {
            return new String[] {parts[2], resource};
        }
        return new String[] {"unknown", resource};
    }
}
