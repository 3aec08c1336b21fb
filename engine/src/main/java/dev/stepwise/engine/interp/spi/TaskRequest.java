package dev.stepwise.engine.interp.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One invocation of a Task's resource.
 *
 * @param stateName  the Task state's name
 * @param resource   the state's {@code Resource} ARN
 * @param payload    the effective parameters (after InputPath and Parameters, or JSONata Arguments)
 * @param attempt    0 for the first invocation of this state in this frame, then 1, 2, ... across retries
 * @param invocation how many times this state has been invoked in the whole execution before this one
 * @param taskToken  the token of a {@code .waitForTaskToken} task, else null
 */
public record TaskRequest(String stateName, String resource, JsonNode payload, int attempt, int invocation,
                          String taskToken) {
}
