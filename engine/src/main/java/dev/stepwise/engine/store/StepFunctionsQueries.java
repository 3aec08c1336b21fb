package dev.stepwise.engine.store;

import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import dev.stepwise.engine.sfn.model.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read port for Step Functions: state machines, executions, their histories and tags. */
public interface StepFunctionsQueries {

    Optional<StateMachineRecord> findStateMachine(String arn);

    /** At most {@code limit} state machines ordered by name, those after {@code afterName} (null: from the start). */
    List<StateMachineRecord> listStateMachines(String afterName, int limit);

    Optional<ExecutionRecord> findExecution(String arn);

    /**
     * At most {@code limit} executions of a state machine, newest first (ties by ARN, descending), with the given
     * status (null: any), starting after the execution that started at {@code afterStart} with ARN {@code afterArn}
     * (both null: from the newest).
     */
    List<ExecutionRecord> listExecutions(String stateMachineArn, String status, Instant afterStart, String afterArn,
                                         int limit);

    /** The executions whose status is RUNNING. */
    List<ExecutionRecord> runningExecutions();

    /** The execution's history, oldest first. */
    List<StoredEvent> events(String executionArn);

    /** The resource's tags in the order they were first added. */
    Map<String, String> tags(String resourceArn);
}
