package dev.stepwise.engine.store.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.sfn.model.StateMachineRecord;
import dev.stepwise.engine.sfn.model.StoredEvent;
import dev.stepwise.engine.store.StepFunctionsTransaction;
import dev.stepwise.engine.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Step Functions tables of migration V11, on the connection of one transaction. */
final class H2StepFunctionsTransaction implements StepFunctionsTransaction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Jdbc jdbc;

    H2StepFunctionsTransaction(Connection connection) {
        this.connection = connection;
        this.jdbc = new Jdbc(connection);
    }

    private static void requireOne(int rows, String what) {
        if (rows != 1) {
            throw new StoreException("expected to change one row of " + what + ", changed " + rows);
        }
    }

    // ---------------------------------------------------------------- state machines

    private static final String MACHINE_COLUMNS = "arn, name, type, definition, role_arn, description, "
            + "logging_configuration, tracing_configuration, revision_id, creation_date, update_date";

    private static StateMachineRecord mapMachine(ResultSet rs) throws SQLException {
        return new StateMachineRecord(rs.getString("arn"), rs.getString("name"), rs.getString("type"),
                rs.getString("definition"), rs.getString("role_arn"), rs.getString("description"),
                rs.getString("logging_configuration"), rs.getString("tracing_configuration"),
                rs.getString("revision_id"), Jdbc.getInstant(rs, "creation_date"), Jdbc.getInstant(rs, "update_date"));
    }

    private static void bindMachine(PreparedStatement ps, StateMachineRecord m) throws SQLException {
        ps.setString(1, m.name());
        ps.setString(2, m.type());
        ps.setString(3, m.definition());
        ps.setString(4, m.roleArn());
        ps.setString(5, m.description());
        ps.setString(6, m.loggingConfiguration());
        ps.setString(7, m.tracingConfiguration());
        ps.setString(8, m.revisionId());
        Jdbc.setInstant(ps, 9, m.creationDate());
        Jdbc.setInstant(ps, 10, m.updateDate());
        ps.setString(11, m.arn());
    }

    @Override
    public Optional<StateMachineRecord> findStateMachine(String arn) {
        return jdbc.queryOne("SELECT " + MACHINE_COLUMNS + " FROM sfn_state_machines WHERE arn = ?",
                ps -> ps.setString(1, arn), H2StepFunctionsTransaction::mapMachine);
    }

    @Override
    public List<StateMachineRecord> listStateMachines(String afterName, int limit) {
        return jdbc.query("SELECT " + MACHINE_COLUMNS + " FROM sfn_state_machines WHERE CAST(? AS VARCHAR) IS NULL "
                + "OR name > ? ORDER BY name LIMIT ?", ps -> {
                    ps.setString(1, afterName);
                    ps.setString(2, afterName);
                    ps.setInt(3, limit);
                }, H2StepFunctionsTransaction::mapMachine);
    }

    @Override
    public void insertStateMachine(StateMachineRecord machine) {
        jdbc.update("INSERT INTO sfn_state_machines (name, type, definition, role_arn, description, "
                + "logging_configuration, tracing_configuration, revision_id, creation_date, update_date, arn) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> bindMachine(ps, machine));
    }

    @Override
    public void updateStateMachine(StateMachineRecord machine) {
        requireOne(jdbc.update("UPDATE sfn_state_machines SET name = ?, type = ?, definition = ?, role_arn = ?, "
                + "description = ?, logging_configuration = ?, tracing_configuration = ?, revision_id = ?, "
                + "creation_date = ?, update_date = ? WHERE arn = ?", ps -> bindMachine(ps, machine)),
                "sfn_state_machines");
    }

    @Override
    public void deleteStateMachine(String arn) {
        jdbc.update("DELETE FROM sfn_tags WHERE resource_arn = ?", ps -> ps.setString(1, arn));
        jdbc.update("DELETE FROM sfn_state_machines WHERE arn = ?", ps -> ps.setString(1, arn));
    }

    // ---------------------------------------------------------------- executions

    private static final String EXECUTION_COLUMNS = "arn, state_machine_arn, name, type, status, input, output, "
            + "error, cause, start_date, stop_date, test_case, definition, role_arn, revision_id";

    private static ExecutionRecord mapExecution(ResultSet rs) throws SQLException {
        return new ExecutionRecord(rs.getString("arn"), rs.getString("state_machine_arn"), rs.getString("name"),
                rs.getString("type"), rs.getString("status"), rs.getString("input"), rs.getString("output"),
                rs.getString("error"), rs.getString("cause"), Jdbc.getInstant(rs, "start_date"),
                Jdbc.getInstant(rs, "stop_date"), rs.getString("test_case"), rs.getString("definition"),
                rs.getString("role_arn"), rs.getString("revision_id"));
    }

    private static void bindExecution(PreparedStatement ps, ExecutionRecord e) throws SQLException {
        ps.setString(1, e.stateMachineArn());
        ps.setString(2, e.name());
        ps.setString(3, e.type());
        ps.setString(4, e.status());
        ps.setString(5, e.input());
        ps.setString(6, e.output());
        ps.setString(7, e.error());
        ps.setString(8, e.cause());
        Jdbc.setInstant(ps, 9, e.startDate());
        Jdbc.setInstant(ps, 10, e.stopDate());
        ps.setString(11, e.testCase());
        ps.setString(12, e.definition());
        ps.setString(13, e.roleArn());
        ps.setString(14, e.revisionId());
        ps.setString(15, e.arn());
    }

    @Override
    public Optional<ExecutionRecord> findExecution(String arn) {
        return jdbc.queryOne("SELECT " + EXECUTION_COLUMNS + " FROM sfn_executions WHERE arn = ?",
                ps -> ps.setString(1, arn), H2StepFunctionsTransaction::mapExecution);
    }

    @Override
    public List<ExecutionRecord> listExecutions(String stateMachineArn, String status, Instant afterStart,
                                                String afterArn, int limit) {
        return jdbc.query("SELECT " + EXECUTION_COLUMNS + " FROM sfn_executions WHERE state_machine_arn = ? "
                + "AND (CAST(? AS VARCHAR) IS NULL OR status = ?) "
                + "AND (CAST(? AS TIMESTAMP(3) WITH TIME ZONE) IS NULL OR start_date < ? "
                + "OR (start_date = ? AND arn < ?)) ORDER BY start_date DESC, arn DESC LIMIT ?", ps -> {
                    ps.setString(1, stateMachineArn);
                    ps.setString(2, status);
                    ps.setString(3, status);
                    Jdbc.setInstant(ps, 4, afterStart);
                    Jdbc.setInstant(ps, 5, afterStart);
                    Jdbc.setInstant(ps, 6, afterStart);
                    ps.setString(7, afterArn);
                    ps.setInt(8, limit);
                }, H2StepFunctionsTransaction::mapExecution);
    }

    @Override
    public List<ExecutionRecord> runningExecutions() {
        return jdbc.query("SELECT " + EXECUTION_COLUMNS + " FROM sfn_executions WHERE status = ? ORDER BY start_date",
                ps -> ps.setString(1, ExecutionRecord.RUNNING), H2StepFunctionsTransaction::mapExecution);
    }

    @Override
    public void insertExecution(ExecutionRecord execution) {
        jdbc.update("INSERT INTO sfn_executions (state_machine_arn, name, type, status, input, output, error, cause, "
                + "start_date, stop_date, test_case, definition, role_arn, revision_id, arn) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> bindExecution(ps, execution));
    }

    @Override
    public void updateExecution(ExecutionRecord execution) {
        requireOne(jdbc.update("UPDATE sfn_executions SET state_machine_arn = ?, name = ?, type = ?, status = ?, "
                + "input = ?, output = ?, error = ?, cause = ?, start_date = ?, stop_date = ?, test_case = ?, "
                + "definition = ?, role_arn = ?, revision_id = ? WHERE arn = ?", ps -> bindExecution(ps, execution)),
                "sfn_executions");
    }

    // ---------------------------------------------------------------- history

    @Override
    public List<StoredEvent> events(String executionArn) {
        return jdbc.query("SELECT id, previous_event_id, type, event_timestamp, details FROM sfn_history_events "
                + "WHERE execution_arn = ? ORDER BY id", ps -> ps.setString(1, executionArn),
                rs -> new StoredEvent(rs.getLong("id"), rs.getLong("previous_event_id"), rs.getString("type"),
                        Jdbc.getInstant(rs, "event_timestamp"), details(rs.getString("details"))));
    }

    @Override
    public void appendEvents(String executionArn, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO sfn_history_events (execution_arn, id, "
                + "previous_event_id, type, event_timestamp, details) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StoredEvent event : events) {
                ps.setString(1, executionArn);
                ps.setLong(2, event.id());
                ps.setLong(3, event.previousEventId());
                ps.setString(4, event.type());
                Jdbc.setInstant(ps, 5, event.timestamp());
                ps.setString(6, event.details() == null ? null : event.details().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot store the history of " + executionArn + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode details(String json) {
        if (json == null) {
            return null;
        }
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("a stored history event is not a JSON object: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- tags

    @Override
    public Map<String, String> tags(String resourceArn) {
        Map<String, String> tags = new LinkedHashMap<>();
        jdbc.query("SELECT tag_key, tag_value FROM sfn_tags WHERE resource_arn = ? ORDER BY position, tag_key",
                ps -> ps.setString(1, resourceArn), rs -> tags.put(rs.getString("tag_key"), rs.getString("tag_value")));
        return tags;
    }

    @Override
    public void putTags(String resourceArn, Map<String, String> tags) {
        int next = jdbc.query("SELECT COALESCE(MAX(position), -1) + 1 FROM sfn_tags WHERE resource_arn = ?",
                ps -> ps.setString(1, resourceArn), rs -> rs.getInt(1)).get(0);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            int changed = jdbc.update("UPDATE sfn_tags SET tag_value = ? WHERE resource_arn = ? AND tag_key = ?", ps -> {
                ps.setString(1, tag.getValue());
                ps.setString(2, resourceArn);
                ps.setString(3, tag.getKey());
            });
            if (changed == 0) {
                int position = next++;
                jdbc.update("INSERT INTO sfn_tags (resource_arn, tag_key, tag_value, position) VALUES (?, ?, ?, ?)", ps -> {
                    ps.setString(1, resourceArn);
                    ps.setString(2, tag.getKey());
                    ps.setString(3, tag.getValue());
                    ps.setInt(4, position);
                });
            }
        }
    }

    @Override
    public void removeTags(String resourceArn, Collection<String> keys) {
        for (String key : keys) {
            jdbc.update("DELETE FROM sfn_tags WHERE resource_arn = ? AND tag_key = ?", ps -> {
                ps.setString(1, resourceArn);
                ps.setString(2, key);
            });
        }
    }
}
