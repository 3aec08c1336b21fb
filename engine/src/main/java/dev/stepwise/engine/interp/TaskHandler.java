package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.EngineClock;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * Task: hands the effective input to the invoker chosen for its resource and takes what it returns as the result.
 * An invocation that takes longer than TimeoutSeconds on the engine clock fails with {@code States.Timeout}.
 *
 * <p>A {@code .waitForTaskToken} task issues a token before its input is processed ({@code $$.Task.Token}). With a
 * {@link TaskTokens} registry in the options it then waits, after the invoker has handed the token out, for
 * SendTaskSuccess or SendTaskFailure; SendTaskHeartbeat keeps it alive for another HeartbeatSeconds. Without a
 * registry, or with an invoker that {@linkplain TaskInvoker#answersCallback answers the callback} (a mock), the
 * invoker's result stands for the callback's.
 */
record TaskHandler(String resource, TaskTimeouts timeouts) implements StateHandler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

    @Override
    public void prepare(StepContext step) {
        step.taskToken = resource.endsWith(WAIT_FOR_TASK_TOKEN) ? step.run().newTaskToken() : null;
    }

    @Override
    public HandlerResult run(StepContext step, JsonNode effectiveInput) throws InterruptedException {
        ExecutionRun run = step.run();
        String[] type = resourceType(resource);
        Duration timeout = timeouts.timeout(step, effectiveInput);
        Duration heartbeat = timeouts.heartbeat(step, effectiveInput);
        String token = step.taskToken;
        EngineClock clock = run.clock();
        Instant started = clock.now();
        Instant deadline = started.plus(timeout);
        TaskRequest request = new TaskRequest(step.state.name(), resource, effectiveInput, step.retryCount,
                run.nextInvocation(step.state.name()), token);
        TaskInvoker invoker = run.options.invokers().invokerFor(request);
        TaskTokens tokens = run.options.taskTokens();
        // The token is answerable from the moment TaskScheduled shows it, as in AWS.
        TaskTokens.Pending waiting = token != null && tokens != null && !invoker.answersCallback()
                ? tokens.register(token, clock, started) : null;
        JsonNode result;
        try {
            step.event(HistoryEventType.TaskScheduled, () -> {
                ObjectNode details = details(type);
                details.put("region", run.options.region());
                details.set("parameters", effectiveInput);
                if (timeouts.timeoutSeconds() != null || timeouts.timeoutPath() != null
                        || timeouts.timeoutExpression() != null) {
                    details.put("timeoutInSeconds", timeout.getSeconds());
                }
                if (heartbeat != null) {
                    details.put("heartbeatInSeconds", heartbeat.getSeconds());
                }
                return details;
            });
            step.event(HistoryEventType.TaskStarted, () -> details(type));
            try {
                result = invoker.invoke(request);
            } catch (StatesException failure) {
                throw clock.now().isAfter(deadline) ? timedOut(step, type, StatesErrorNames.TIMEOUT)
                        : failed(step, type, failure.toError());
            }
            if (waiting != null) {
                JsonNode submitted = result;
                step.event(HistoryEventType.TaskSubmitted, () -> {
                    ObjectNode details = details(type);
                    details.set("output", submitted);
                    details.putObject("outputDetails").put("truncated", false);
                    return details;
                });
                TaskTokens.Completion answer = waiting.await(deadline, heartbeat);
                switch (answer.kind()) {
                    case SUCCEEDED -> result = answer.output();
                    case FAILED -> throw failed(step, type, answer.error());
                    case TIMED_OUT -> throw timedOut(step, type, StatesErrorNames.TIMEOUT);
                    default -> throw timedOut(step, type, StatesErrorNames.HEARTBEAT_TIMEOUT);
                }
            } else if (clock.now().isAfter(deadline)) {
                throw timedOut(step, type, StatesErrorNames.TIMEOUT);
            }
        } finally {
            step.taskToken = null;
            if (waiting != null) {
                waiting.cancel();
            }
        }
        JsonNode output = result;
        step.event(HistoryEventType.TaskSucceeded, () -> {
            ObjectNode details = details(type);
            details.set("output", output);
            details.putObject("outputDetails").put("truncated", false);
            return details;
        });
        return HandlerResult.of(result);
    }

    private static StateFailure failed(StepContext step, String[] type, StatesError error) {
        step.event(HistoryEventType.TaskFailed, () -> {
            ObjectNode details = details(type);
            details.setAll(ExecutionRun.errorDetails(error));
            return details;
        });
        return new StateFailure(error);
    }

    /** TimeoutSeconds passed ({@code States.Timeout}), or HeartbeatSeconds without a heartbeat. */
    private static StateFailure timedOut(StepContext step, String[] type, String errorName) {
        StatesError error = new StatesError(errorName, null);
        step.event(HistoryEventType.TaskTimedOut, () -> {
            ObjectNode details = details(type);
            details.setAll(ExecutionRun.errorDetails(error));
            return details;
        });
        return new StateFailure(error);
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
