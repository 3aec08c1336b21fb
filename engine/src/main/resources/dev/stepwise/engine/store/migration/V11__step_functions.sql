-- Step Functions: state machines, their executions with history, and tags on either.
-- Times are UTC instants; definitions, inputs and outputs are kept as the caller's JSON text.

CREATE TABLE sfn_state_machines (
    arn                   VARCHAR(256)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(80)    NOT NULL,
    type                  VARCHAR(16)    NOT NULL,
    definition            CLOB           NOT NULL,
    role_arn              VARCHAR(256)   NOT NULL,
    description           VARCHAR(256),
    logging_configuration CLOB,
    tracing_configuration CLOB,
    revision_id           VARCHAR(64)    NOT NULL,
    creation_date         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    update_date           TIMESTAMP(3) WITH TIME ZONE
);

CREATE INDEX sfn_state_machines_by_name ON sfn_state_machines (name);

-- An execution keeps the definition it ran, so updating or deleting its state machine changes nothing about it.
CREATE TABLE sfn_executions (
    arn                VARCHAR(512)  NOT NULL PRIMARY KEY,
    state_machine_arn  VARCHAR(256)  NOT NULL,
    name               VARCHAR(80)   NOT NULL,
    type               VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    input              CLOB          NOT NULL,
    output             CLOB,
    error              VARCHAR(256),
    cause              CLOB,
    start_date         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    stop_date          TIMESTAMP(3) WITH TIME ZONE,
    test_case          VARCHAR(256),
    definition         CLOB          NOT NULL,
    role_arn           VARCHAR(256)  NOT NULL,
    revision_id        VARCHAR(64)   NOT NULL
);

CREATE INDEX sfn_executions_by_machine ON sfn_executions (state_machine_arn, start_date DESC, arn DESC);
CREATE INDEX sfn_executions_by_status ON sfn_executions (status);

-- details: the event's details member as GetExecutionHistory shows it (payloads as JSON strings).
CREATE TABLE sfn_history_events (
    execution_arn     VARCHAR(512)  NOT NULL REFERENCES sfn_executions (arn) ON DELETE CASCADE,
    id                BIGINT        NOT NULL,
    previous_event_id BIGINT        NOT NULL,
    type              VARCHAR(64)   NOT NULL,
    event_timestamp   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    details           CLOB,
    PRIMARY KEY (execution_arn, id)
);

CREATE TABLE sfn_tags (
    resource_arn VARCHAR(512) NOT NULL,
    tag_key      VARCHAR(128) NOT NULL,
    tag_value    VARCHAR(256) NOT NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (resource_arn, tag_key)
);
