package dev.stepwise.engine.sfn.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One execution as DescribeExecution shows it, with what it needs to be described after its state machine changed.
 *
 * @param status     RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED
 * @param input      the input as JSON text
 * @param output     the output as JSON text, once it succeeded
 * @param testCase   the MockConfigFile test case it runs with, or null
 * @param definition the definition it runs
 */
public record ExecutionRecord(String arn, String stateMachineArn, String name, String type, String status,
                              String input, String output, String error, String cause, Instant startDate,
                              Instant stopDate, String testCase, String definition, String roleArn,
                              String revisionId) {

    public static final String RUNNING = "RUNNING";

    public ExecutionRecord {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(revisionId, "revisionId");
    }

    public boolean isRunning() {
        return RUNNING.equals(status);
    }

    /** This execution ended: its status, output (null unless it succeeded), error, cause and stop date. */
    public ExecutionRecord ended(String newStatus, String newOutput, String newError, String newCause,
                                 Instant newStopDate) {
        return new ExecutionRecord(arn, stateMachineArn, name, type, newStatus, input, newOutput, newError, newCause,
                startDate, Objects.requireNonNull(newStopDate, "stopDate"), testCase, definition, roleArn, revisionId);
    }
}
