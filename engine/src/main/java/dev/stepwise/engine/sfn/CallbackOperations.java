package dev.stepwise.engine.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.TaskDoesNotExistException;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;

/** SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: answers to {@code .waitForTaskToken} tasks. */
final class CallbackOperations {

    private final ServiceContext ctx;

    CallbackOperations(ServiceContext ctx) {
        this.ctx = ctx;
    }

    ObjectNode success(JsonNode request) {
        String token = token(request);
        String outputText = SfnWire.required(request, "output");
        JsonNode output;
        try {
            output = JsonReader.readJson(outputText).root();
        } catch (JsonSyntaxException e) {
            throw new StepFunctionsException("InvalidOutput", "Invalid Output: '" + e.problem() + "'");
        }
        try {
            ctx.taskTokens.sendTaskSuccess(token, output);
        } catch (TaskDoesNotExistException e) {
            throw notWaiting(token);
        }
        return SfnWire.object();
    }

    ObjectNode failure(JsonNode request) {
        String token = token(request);
        String error = SfnWire.optional(request, "error").orElse(null);
        String cause = SfnWire.optional(request, "cause").orElse(null);
        if (error != null) {
            SfnWire.checkLength("error", error, 0, 256);
        }
        if (cause != null) {
            SfnWire.checkLength("cause", cause, 0, 32768);
        }
        try {
            ctx.taskTokens.sendTaskFailure(token, error, cause);
        } catch (TaskDoesNotExistException e) {
            throw notWaiting(token);
        }
        return SfnWire.object();
    }

    ObjectNode heartbeat(JsonNode request) {
        String token = token(request);
        try {
            ctx.taskTokens.sendTaskHeartbeat(token);
        } catch (TaskDoesNotExistException e) {
            throw notWaiting(token);
        }
        return SfnWire.object();
    }

    private static String token(JsonNode request) {
        String token = SfnWire.required(request, "taskToken");
        SfnWire.checkLength("taskToken", token, 1, 2048);
        return token;
    }

    /** A token we issued whose task is over is "timed out" to AWS; any other token is invalid. */
    private StepFunctionsException notWaiting(String token) {
        if (ctx.routes.wasIssued(token)) {
            return new StepFunctionsException("TaskTimedOut",
                    "Task Timed Out: 'Provided task does not exist anymore'");
        }
        return new StepFunctionsException("InvalidToken", "Invalid token");
    }
}
