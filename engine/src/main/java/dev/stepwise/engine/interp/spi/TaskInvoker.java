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

    /**
     * Whether this invoker's result stands for the callback of a {@code .waitForTaskToken} task, so the task does not
     * wait for SendTaskSuccess or SendTaskFailure. Mocks answer so, as in Step Functions Local; real integrations
     * do not.
     */
    default boolean answersCallback() {
        return false;
    }
}
