package dev.stepwise.engine.interp.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesException;

/** Runs a Task's resource: a mock, a local Lambda, a nested state machine, ... */
public interface TaskInvoker {

    /**
     * The task's result.
     *
     * @throws StatesException for a failure that Retry and Catch may handle (the task's error name and cause)
     */
    JsonNode invoke(TaskRequest request) throws InterruptedException;
}
