package dev.stepwise.engine.sfn.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A state machine as DescribeStateMachine shows it.
 *
 * @param type                 STANDARD or EXPRESS
 * @param definition           the definition exactly as it was given
 * @param loggingConfiguration the loggingConfiguration member as JSON text, or null
 * @param tracingConfiguration the tracingConfiguration member as JSON text, or null
 * @param revisionId           changes with every update
 * @param updateDate           when it was last updated, or null
 */
public record StateMachineRecord(String arn, String name, String type, String definition, String roleArn,
                                 String description, String loggingConfiguration, String tracingConfiguration,
                                 String revisionId, Instant creationDate, Instant updateDate) {

    public StateMachineRecord {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(creationDate, "creationDate");
    }
}
