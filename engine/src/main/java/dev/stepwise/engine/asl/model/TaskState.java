package dev.stepwise.engine.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Task: calls {@code resource}. Timeouts are JSON values because JSONata allows {@code "{% ... %}"} strings
 * there; the {@code ...Path} forms are JSONPath reference paths.
 */
public record TaskState(StateBase base, Transition transition, DataPaths paths, JsonNode arguments, String resource,
                        JsonNode timeoutSeconds, String timeoutSecondsPath, JsonNode heartbeatSeconds,
                        String heartbeatSecondsPath, JsonNode credentials, List<Retrier> retry, List<Catcher> catches)
        implements State {

    public TaskState {
        retry = List.copyOf(retry);
        catches = List.copyOf(catches);
    }

    @Override
    public StateType type() {
        return StateType.TASK;
    }
}
