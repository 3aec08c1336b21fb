package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.history.HistoryEvent;
import java.time.Instant;
import java.util.List;

/**
 * The end of an execution.
 *
 * @param transitions how many states were entered, nested ones included
 * @param history     the events, empty when history recording was off
 */
public record ExecutionResult(ExecutionStatus status, long transitions, List<HistoryEvent> history, Instant startTime,
                              Instant stopTime) {

    public ExecutionResult {
        history = List.copyOf(history);
    }

    /** The output of a successful execution, else null. */
    public JsonNode output() {
        return status instanceof ExecutionStatus.Succeeded succeeded ? succeeded.output() : null;
    }

    /** The error of an execution that did not succeed, else null. */
    public StatesError error() {
        if (status instanceof ExecutionStatus.Failed failed) {
            return failed.error();
        }
        if (status instanceof ExecutionStatus.TimedOut timedOut) {
            return timedOut.error();
        }
        if (status instanceof ExecutionStatus.Aborted aborted) {
            return aborted.error();
        }
        return null;
    }
}
