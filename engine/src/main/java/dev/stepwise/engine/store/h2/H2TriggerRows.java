package dev.stepwise.engine.store.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.store.TriggerQueries;
import dev.stepwise.engine.store.TriggerWrites;
import dev.stepwise.engine.userpool.model.LambdaConfig;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.trigger.TriggerInvocation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Lambda-trigger tables of migration V10: pool trigger ARNs, recorded invocations and CUSTOM_AUTH session state.
 * {@link H2UserPoolTransaction} extends it, so these rows share its connection and transaction.
 */
abstract class H2TriggerRows extends H2OAuthRows implements TriggerQueries, TriggerWrites {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    H2TriggerRows(Connection connection) {
        super(connection); // oauth: the V12 tables
        this.connection = connection;
    }

    // ---------------------------------------------------------------- LambdaConfig

    /** Replaces the pool's stored trigger ARNs with those of {@code pool}. */
    final void writeLambdaConfig(UserPool pool) {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM user_pool_triggers WHERE user_pool_id = ?")) {
            delete.setString(1, pool.id());
            delete.executeUpdate();
            LambdaConfig config = pool.lambdaConfig();
            for (Map.Entry<String, String> e : config.functions().entrySet()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_pool_triggers "
                        + "(user_pool_id, trigger_name, lambda_arn, lambda_version) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, pool.id());
                    insert.setString(2, e.getKey());
                    insert.setString(3, e.getValue());
                    boolean tokens = e.getKey().equals(LambdaConfig.PRE_TOKEN_GENERATION);
                    insert.setString(4, tokens ? config.preTokenGenerationVersion() : null);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the triggers of " + pool.id() + ": " + e.getMessage(), e);
        }
    }

    final LambdaConfig readLambdaConfig(String poolId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT trigger_name, lambda_arn, lambda_version FROM user_pool_triggers WHERE user_pool_id = ?")) {
            ps.setString(1, poolId);
            Map<String, String> functions = new LinkedHashMap<>();
            String version = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    functions.put(rs.getString("trigger_name"), rs.getString("lambda_arn"));
                    if (rs.getString("lambda_version") != null) {
                        version = rs.getString("lambda_version");
                    }
                }
            }
            return functions.isEmpty() ? LambdaConfig.NONE : new LambdaConfig(functions, version);
        } catch (SQLException e) {
            throw new StoreException("cannot read the triggers of " + poolId + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- invocations

    @Override
    public final long appendTriggerInvocation(TriggerInvocation i) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO trigger_invocations (user_pool_id, "
                + "trigger_name, trigger_source, lambda_arn, target, outcome, event, response, error, started, "
                + "duration_millis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, i.userPoolId());
            ps.setString(2, i.trigger());
            ps.setString(3, i.triggerSource());
            ps.setString(4, i.lambdaArn());
            ps.setString(5, i.target());
            ps.setString(6, i.outcome().name());
            ps.setString(7, i.event().toString());
            ps.setString(8, i.response() == null ? null : i.response().toString());
            if (i.error() == null) {
                ps.setNull(9, Types.VARCHAR);
            } else {
                ps.setString(9, i.error());
            }
            ps.setObject(10, OffsetDateTime.ofInstant(i.started(), ZoneOffset.UTC));
            ps.setLong(11, i.duration().toMillis());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record a trigger invocation: " + e.getMessage(), e);
        }
    }

    @Override
    public final List<TriggerInvocation> triggerInvocations(String userPoolId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, user_pool_id, trigger_name, "
                + "trigger_source, lambda_arn, target, outcome, event, response, error, started, duration_millis "
                + "FROM trigger_invocations WHERE user_pool_id = ? ORDER BY id")) {
            ps.setString(1, userPoolId);
            List<TriggerInvocation> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String response = rs.getString("response");
                    rows.add(new TriggerInvocation(rs.getLong("id"), rs.getString("user_pool_id"),
                            rs.getString("trigger_name"), rs.getString("trigger_source"), rs.getString("lambda_arn"),
                            rs.getString("target"), TriggerInvocation.Outcome.valueOf(rs.getString("outcome")),
                            JSON.readTree(rs.getString("event")), response == null ? null : JSON.readTree(response),
                            rs.getString("error"), rs.getObject("started", OffsetDateTime.class).toInstant(),
                            Duration.ofMillis(rs.getLong("duration_millis"))));
                }
            }
            return rows;
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read trigger invocations: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- CUSTOM_AUTH sessions

    @Override
    public final void putCustomAuthState(String sessionHash, String state) {
        try (PreparedStatement ps = connection.prepareStatement(
                "MERGE INTO custom_auth_states (session_hash, state) KEY (session_hash) VALUES (?, ?)")) {
            ps.setString(1, sessionHash);
            ps.setString(2, state);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store a CUSTOM_AUTH session: " + e.getMessage(), e);
        }
    }

    @Override
    public final Optional<String> customAuthState(String sessionHash) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT state FROM custom_auth_states WHERE session_hash = ?")) {
            ps.setString(1, sessionHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a CUSTOM_AUTH session: " + e.getMessage(), e);
        }
    }
}
