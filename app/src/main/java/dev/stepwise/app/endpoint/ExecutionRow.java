package dev.stepwise.app.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One execution as the Executions list shows it, from ListExecutions' wire shape. */
public record ExecutionRow(String executionArn, String name, String stateMachine, String status, Instant started,
        Instant stopped) {

    static ExecutionRow of(JsonNode item, String stateMachine) {
        return new ExecutionRow(item.path("executionArn").asText(), item.path("name").asText(), stateMachine,
                item.path("status").asText(), instant(item.get("startDate")), instant(item.get("stopDate")));
    }

    /** AWS JSON 1.0 timestamps are epoch seconds with a fraction. */
    private static Instant instant(JsonNode seconds) {
        return seconds == null || seconds.isNull() ? null
                : Instant.ofEpochMilli(Math.round(seconds.asDouble() * 1000));
    }
}
