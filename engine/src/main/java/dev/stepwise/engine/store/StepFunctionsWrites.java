package dev.stepwise.engine.store;

import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import dev.stepwise.engine.sfn.model.StoredEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Write port for Step Functions. Writes take effect when the surrounding transaction commits. */
public interface StepFunctionsWrites {

    void insertStateMachine(StateMachineRecord machine);

    /** Replaces the stored state machine with the same ARN. */
    void updateStateMachine(StateMachineRecord machine);

    /** Deletes the state machine and its tags; its executions stay. */
    void deleteStateMachine(String arn);

    void insertExecution(ExecutionRecord execution);

    /** Replaces the stored execution with the same ARN. */
    void updateExecution(ExecutionRecord execution);

    /** Adds events to the execution's history; their ids must be new to it. */
    void appendEvents(String executionArn, List<StoredEvent> events);

    /** Adds tags to the resource, replacing the values of keys it already has. */
    void putTags(String resourceArn, Map<String, String> tags);

    /** Removes these tag keys from the resource; keys it does not have are ignored. */
    void removeTags(String resourceArn, Collection<String> keys);
}
