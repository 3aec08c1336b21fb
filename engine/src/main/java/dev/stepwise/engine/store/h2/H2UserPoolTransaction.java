package dev.stepwise.engine.store.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.store.UserFilter;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.model.AdvancedSecurityMode;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthSession;
import dev.stepwise.engine.userpool.model.ConfirmationCode;
import dev.stepwise.engine.userpool.model.Group;
import dev.stepwise.engine.userpool.model.Lockout;
import dev.stepwise.engine.userpool.model.MfaConfiguration;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.model.PoolMfaConfig;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.PasswordHash;
import dev.stepwise.engine.userpool.model.PasswordPolicy;
import dev.stepwise.engine.userpool.model.RefreshToken;
import dev.stepwise.engine.userpool.model.SchemaAttribute;
import dev.stepwise.engine.userpool.model.SigningKey;
import dev.stepwise.engine.userpool.model.SrpVerifier;
import dev.stepwise.engine.userpool.model.TokenValidity;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserPoolTier;
import dev.stepwise.engine.userpool.model.UserStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One transaction's view of the user-pool tables. Not thread-safe; lives only inside {@link H2Store}. */
final class H2UserPoolTransaction extends H2TriggerRows implements UserPoolTransaction {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Connection connection;
    private final Jdbc jdbc;

    H2UserPoolTransaction(Connection connection) {
        super(connection); // triggers: the V10 tables
        this.connection = connection;
        this.jdbc = new Jdbc(connection);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String toJson(List<String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write a list of names", e);
        }
    }

    private static List<String> fromJson(String json) {
        try {
            return List.copyOf(JSON.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt list of names in the database: " + json, e);
        }
    }

    // ---------------------------------------------------------------- pools

    private static final String POOL_COLUMNS = "id, name, creation_date, last_modified_date, pw_minimum_length, "
            + "pw_require_uppercase, pw_require_lowercase, pw_require_numbers, pw_require_symbols, "
            + "pw_temporary_validity_days, username_attributes, alias_attributes, auto_verified_attributes, "
            + "mfa_configuration, deletion_protection, tier, username_case_sensitive, allow_admin_create_only, "
            + "email_verification_subject, email_verification_message, sms_verification_message, "
            + "invite_email_subject, invite_email_message, invite_sms_message";

    @Override
    public Optional<UserPool> findPool(String userPoolId) {
        return jdbc.queryOne("SELECT " + POOL_COLUMNS + " FROM user_pools WHERE id = ?", ps -> ps.setString(1, userPoolId),
                this::mapPool);
    }

    @Override
    public List<UserPool> listPools() {
        return jdbc.query("SELECT " + POOL_COLUMNS + " FROM user_pools ORDER BY creation_date, id", ps -> { },
                this::mapPool);
    }

    private UserPool mapPool(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        UserPool pool = new UserPool.Builder(id, rs.getString("name"), Jdbc.getInstant(rs, "creation_date"))
                .lastModifiedDate(Jdbc.getInstant(rs, "last_modified_date"))
                .passwordPolicy(new PasswordPolicy(rs.getInt("pw_minimum_length"),
                        rs.getBoolean("pw_require_uppercase"), rs.getBoolean("pw_require_lowercase"),
                        rs.getBoolean("pw_require_numbers"), rs.getBoolean("pw_require_symbols"),
                        rs.getInt("pw_temporary_validity_days")))
                .usernameAttributes(fromJson(rs.getString("username_attributes")))
                .aliasAttributes(fromJson(rs.getString("alias_attributes")))
                .autoVerifiedAttributes(fromJson(rs.getString("auto_verified_attributes")))
                .schemaAttributes(schemaAttributes(id))
                .lambdaConfig(readLambdaConfig(id)) // triggers
                .mfaConfiguration(MfaConfiguration.valueOf(rs.getString("mfa_configuration")))
                .deletionProtection(rs.getBoolean("deletion_protection"))
                .tier(UserPoolTier.valueOf(rs.getString("tier")))
                .usernameCaseSensitive(rs.getBoolean("username_case_sensitive"))
                .allowAdminCreateUserOnly(rs.getBoolean("allow_admin_create_only"))
                .emailVerificationSubject(rs.getString("email_verification_subject"))
                .emailVerificationMessage(rs.getString("email_verification_message"))
                .smsVerificationMessage(rs.getString("sms_verification_message"))
                .inviteEmailSubject(rs.getString("invite_email_subject"))
                .inviteEmailMessage(rs.getString("invite_email_message"))
                .inviteSmsMessage(rs.getString("invite_sms_message"))
                .build();
        return readSignIn(pool);
    }

    /** The pool with its sign-in settings (V13), Cognito's defaults when it has no row. */
    private UserPool readSignIn(UserPool pool) {
        return jdbc.queryOne("SELECT allowed_first_auth_factors, advanced_security_mode FROM user_pool_sign_in "
                + "WHERE user_pool_id = ?", ps -> ps.setString(1, pool.id()),
                rs -> new UserPool.Builder(pool)
                        .allowedFirstAuthFactors(fromJson(rs.getString("allowed_first_auth_factors")))
                        .advancedSecurityMode(AdvancedSecurityMode.valueOf(rs.getString("advanced_security_mode")))
                        .build())
                .orElse(pool);
    }

    private void writeSignIn(UserPool pool) {
        jdbc.update("MERGE INTO user_pool_sign_in (user_pool_id, allowed_first_auth_factors, advanced_security_mode) "
                + "KEY (user_pool_id) VALUES (?, ?, ?)", ps -> {
                    ps.setString(1, pool.id());
                    ps.setString(2, toJson(pool.allowedFirstAuthFactors()));
                    ps.setString(3, pool.advancedSecurityMode().name());
                });
    }

    private List<SchemaAttribute> schemaAttributes(String poolId) {
        return jdbc.query("SELECT name, data_type, developer_only, mutable, required, min_length, max_length, "
                + "min_value, max_value FROM user_pool_schema_attributes WHERE user_pool_id = ? ORDER BY position",
                ps -> ps.setString(1, poolId),
                rs -> new SchemaAttribute(rs.getString("name"), rs.getString("data_type"),
                        rs.getBoolean("developer_only"), rs.getBoolean("mutable"), rs.getBoolean("required"),
                        getLong(rs, "min_length"), getLong(rs, "max_length"), getLong(rs, "min_value"),
                        getLong(rs, "max_value")));
    }

    @Override
    public void insertPool(UserPool pool) {
        jdbc.update("INSERT INTO user_pools (" + POOL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?)", ps -> bindPool(ps, pool, 1));
        insertSchema(pool);
        writeLambdaConfig(pool); // triggers
        writeSignIn(pool);
    }

    @Override
    public void updatePool(UserPool pool) {
        int rows = jdbc.update("UPDATE user_pools SET name = ?, creation_date = ?, last_modified_date = ?, "
                + "pw_minimum_length = ?, pw_require_uppercase = ?, pw_require_lowercase = ?, "
                + "pw_require_numbers = ?, pw_require_symbols = ?, pw_temporary_validity_days = ?, "
                + "username_attributes = ?, alias_attributes = ?, auto_verified_attributes = ?, "
                + "mfa_configuration = ?, deletion_protection = ?, tier = ?, username_case_sensitive = ?, "
                + "allow_admin_create_only = ?, email_verification_subject = ?, email_verification_message = ?, "
                + "sms_verification_message = ?, invite_email_subject = ?, invite_email_message = ?, "
                + "invite_sms_message = ? WHERE id = ?", ps -> {
                    int next = bindPool(ps, pool, 0);
                    ps.setString(next, pool.id());
                });
        requireOne(rows, "user pool " + pool.id());
        jdbc.update("DELETE FROM user_pool_schema_attributes WHERE user_pool_id = ?", ps -> ps.setString(1, pool.id()));
        insertSchema(pool);
        writeLambdaConfig(pool); // triggers
        writeSignIn(pool);
    }

    /** Binds the pool's columns in {@link #POOL_COLUMNS} order, starting with the id when {@code first} is 1. */
    private static int bindPool(PreparedStatement ps, UserPool pool, int first) throws SQLException {
        int i = 1;
        if (first == 1) {
            ps.setString(i++, pool.id());
        }
        ps.setString(i++, pool.name());
        Jdbc.setInstant(ps, i++, pool.creationDate());
        Jdbc.setInstant(ps, i++, pool.lastModifiedDate());
        PasswordPolicy p = pool.passwordPolicy();
        ps.setInt(i++, p.minimumLength());
        ps.setBoolean(i++, p.requireUppercase());
        ps.setBoolean(i++, p.requireLowercase());
        ps.setBoolean(i++, p.requireNumbers());
        ps.setBoolean(i++, p.requireSymbols());
        ps.setInt(i++, p.temporaryPasswordValidityDays());
        ps.setString(i++, toJson(pool.usernameAttributes()));
        ps.setString(i++, toJson(pool.aliasAttributes()));
        ps.setString(i++, toJson(pool.autoVerifiedAttributes()));
        ps.setString(i++, pool.mfaConfiguration().name());
        ps.setBoolean(i++, pool.deletionProtection());
        ps.setString(i++, pool.tier().name());
        ps.setBoolean(i++, pool.usernameCaseSensitive());
        ps.setBoolean(i++, pool.allowAdminCreateUserOnly());
        ps.setString(i++, pool.emailVerificationSubject());
        ps.setString(i++, pool.emailVerificationMessage());
        ps.setString(i++, pool.smsVerificationMessage());
        ps.setString(i++, pool.inviteEmailSubject());
        ps.setString(i++, pool.inviteEmailMessage());
        ps.setString(i++, pool.inviteSmsMessage());
        return i;
    }

    private void insertSchema(UserPool pool) {
        List<SchemaAttribute> schema = pool.schemaAttributes();
        for (int position = 0; position < schema.size(); position++) {
            SchemaAttribute a = schema.get(position);
            int pos = position;
            jdbc.update("INSERT INTO user_pool_schema_attributes (user_pool_id, position, name, data_type, developer_only, "
                    + "mutable, required, min_length, max_length, min_value, max_value) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, pool.id());
                        ps.setInt(2, pos);
                        ps.setString(3, a.name());
                        ps.setString(4, a.attributeDataType());
                        ps.setBoolean(5, a.developerOnly());
                        ps.setBoolean(6, a.mutable());
                        ps.setBoolean(7, a.required());
                        setLong(ps, 8, a.minLength());
                        setLong(ps, 9, a.maxLength());
                        setLong(ps, 10, a.minValue());
                        setLong(ps, 11, a.maxValue());
                    });
        }
    }

    @Override
    public void deletePool(String userPoolId) {
        // Refresh tokens, codes and attributes go with the users; the rest reference the pool directly.
        requireOne(jdbc.update("DELETE FROM user_pools WHERE id = ?", ps -> ps.setString(1, userPoolId)),
                "user pool " + userPoolId);
    }

    private static void requireOne(int rows, String what) {
        if (rows != 1) {
            throw new StoreException("expected to change one row of " + what + ", changed " + rows);
        }
    }

    // ---------------------------------------------------------------- clients

    private static final String CLIENT_COLUMNS = "client_id, user_pool_id, client_name, client_secret, "
            + "explicit_auth_flows, access_token_validity, access_token_unit, id_token_validity, id_token_unit, "
            + "refresh_token_validity, refresh_token_unit, read_attributes, write_attributes, "
            + "prevent_user_existence_errors, enable_token_revocation, auth_session_validity_minutes, "
            + "creation_date, last_modified_date, refresh_token_rotation, retry_grace_period_seconds";

    @Override
    public Optional<AppClient> findClient(String clientId) {
        return jdbc.queryOne("SELECT " + CLIENT_COLUMNS + " FROM app_clients WHERE client_id = ?",
                ps -> ps.setString(1, clientId), H2UserPoolTransaction::mapClient).map(this::withOAuth);
    }

    @Override
    public List<AppClient> listClients(String userPoolId) {
        return jdbc.query("SELECT " + CLIENT_COLUMNS + " FROM app_clients WHERE user_pool_id = ? "
                + "ORDER BY creation_date, client_id", ps -> ps.setString(1, userPoolId),
                H2UserPoolTransaction::mapClient).stream().map(this::withOAuth).toList();
    }

    private static AppClient mapClient(ResultSet rs) throws SQLException {
        return new AppClient.Builder(rs.getString("client_id"), rs.getString("user_pool_id"),
                rs.getString("client_name"), Jdbc.getInstant(rs, "creation_date"))
                .clientSecret(rs.getString("client_secret"))
                .explicitAuthFlows(fromJson(rs.getString("explicit_auth_flows")))
                .accessTokenValidity(validity(rs, "access_token"))
                .idTokenValidity(validity(rs, "id_token"))
                .refreshTokenValidity(validity(rs, "refresh_token"))
                .readAttributes(fromJson(rs.getString("read_attributes")))
                .writeAttributes(fromJson(rs.getString("write_attributes")))
                .preventUserExistenceErrors(rs.getBoolean("prevent_user_existence_errors"))
                .enableTokenRevocation(rs.getBoolean("enable_token_revocation"))
                .authSessionValidityMinutes(rs.getInt("auth_session_validity_minutes"))
                .refreshTokenRotation(rs.getBoolean("refresh_token_rotation"))
                .retryGracePeriodSeconds(rs.getInt("retry_grace_period_seconds"))
                .lastModifiedDate(Jdbc.getInstant(rs, "last_modified_date"))
                .build();
    }

    private static TokenValidity validity(ResultSet rs, String prefix) throws SQLException {
        return new TokenValidity(rs.getLong(prefix + "_validity"),
                TokenValidity.parseUnit(rs.getString(prefix + "_unit")));
    }

    @Override
    public void insertClient(AppClient client) {
        jdbc.update("INSERT INTO app_clients (" + CLIENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, client.clientId());
                    ps.setString(2, client.userPoolId());
                    bindClient(ps, client, 3);
                });
        writeOAuth(client);
    }

    @Override
    public void updateClient(AppClient client) {
        int rows = jdbc.update("UPDATE app_clients SET client_name = ?, client_secret = ?, explicit_auth_flows = ?, "
                + "access_token_validity = ?, access_token_unit = ?, id_token_validity = ?, id_token_unit = ?, "
                + "refresh_token_validity = ?, refresh_token_unit = ?, read_attributes = ?, write_attributes = ?, "
                + "prevent_user_existence_errors = ?, enable_token_revocation = ?, "
                + "auth_session_validity_minutes = ?, creation_date = ?, last_modified_date = ?, "
                + "refresh_token_rotation = ?, retry_grace_period_seconds = ? WHERE client_id = ?", ps -> {
                    int next = bindClient(ps, client, 1);
                    ps.setString(next, client.clientId());
                });
        requireOne(rows, "app client " + client.clientId());
        writeOAuth(client);
    }

    private static int bindClient(PreparedStatement ps, AppClient c, int first) throws SQLException {
        int i = first;
        ps.setString(i++, c.clientName());
        ps.setString(i++, c.clientSecret().orElse(null));
        ps.setString(i++, toJson(c.explicitAuthFlows()));
        ps.setLong(i++, c.accessTokenValidity().amount());
        ps.setString(i++, c.accessTokenValidity().unitName());
        ps.setLong(i++, c.idTokenValidity().amount());
        ps.setString(i++, c.idTokenValidity().unitName());
        ps.setLong(i++, c.refreshTokenValidity().amount());
        ps.setString(i++, c.refreshTokenValidity().unitName());
        ps.setString(i++, toJson(c.readAttributes()));
        ps.setString(i++, toJson(c.writeAttributes()));
        ps.setBoolean(i++, c.preventUserExistenceErrors());
        ps.setBoolean(i++, c.enableTokenRevocation());
        ps.setInt(i++, c.authSessionValidityMinutes());
        Jdbc.setInstant(ps, i++, c.creationDate());
        Jdbc.setInstant(ps, i++, c.lastModifiedDate());
        ps.setBoolean(i++, c.refreshTokenRotation());
        ps.setInt(i++, c.retryGracePeriodSeconds());
        return i;
    }

    @Override
    public void deleteClient(String clientId) {
        requireOne(jdbc.update("DELETE FROM app_clients WHERE client_id = ?", ps -> ps.setString(1, clientId)),
                "app client " + clientId);
    }

    // ---------------------------------------------------------------- users

    private static final String USER_COLUMNS = "user_pool_id, username, sub, status, enabled, creation_date, "
            + "last_modified_date, password_hash, temporary_password_expires, srp_salt, srp_verifier";

    @Override
    public long countUsers(String userPoolId) {
        return jdbc.queryOne("SELECT COUNT(*) FROM users WHERE user_pool_id = ?", ps -> ps.setString(1, userPoolId),
                rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public Optional<User> findUser(String userPoolId, String username, boolean caseSensitive) {
        String where = caseSensitive ? "username = ?" : "username_lower = LOWER(?)";
        return jdbc.queryOne("SELECT " + USER_COLUMNS + " FROM users WHERE user_pool_id = ? AND " + where, ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, username);
        }, this::mapUser);
    }

    @Override
    public List<User> findUsersByAttribute(String userPoolId, String name, String value) {
        if (name.equals("sub")) {
            UUID sub;
            try {
                sub = UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                return List.of();
            }
            return jdbc.query("SELECT " + USER_COLUMNS + " FROM users WHERE user_pool_id = ? AND sub = ?", ps -> {
                ps.setString(1, userPoolId);
                ps.setObject(2, sub);
            }, this::mapUser);
        }
        return jdbc.query("SELECT " + USER_COLUMNS.replaceAll("(\\w+)", "u.$1") + " FROM users u JOIN user_attributes a "
                + "ON a.user_pool_id = u.user_pool_id AND a.username = u.username "
                + "WHERE u.user_pool_id = ? AND a.name = ? AND a.attr_value = ? ORDER BY u.username", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, name);
                    ps.setString(3, value);
                }, this::mapUser);
    }

    @Override
    public List<User> listUsers(String userPoolId) {
        Map<String, List<UserAttribute>> attributes = new LinkedHashMap<>();
        jdbc.query("SELECT username, name, attr_value FROM user_attributes WHERE user_pool_id = ? "
                + "ORDER BY username, position", ps -> ps.setString(1, userPoolId), rs -> {
                    attributes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new UserAttribute(rs.getString(2), rs.getString(3)));
                    return null;
                });
        return jdbc.query("SELECT " + USER_COLUMNS + " FROM users WHERE user_pool_id = ? ORDER BY username",
                ps -> ps.setString(1, userPoolId),
                rs -> mapUser(rs, attributes.getOrDefault(rs.getString("username"), List.of())));
    }

    @Override
    public List<User> listUsers(String userPoolId, UserFilter filter, String afterUsername, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(USER_COLUMNS.replaceAll("(\\w+)", "u.$1"));
        List<String> parameters = new ArrayList<>();
        String comparison = filter == null ? null : filter.prefix() ? " LIKE ? ESCAPE '\\'" : " = ?";
        String operand = filter == null ? null : filter.prefix() ? likePrefix(filter.value()) : filter.value();
        if (filter != null && !BUILT_IN_FILTERS.containsKey(filter.attribute())) {
            // Driven by the attribute-value index: selective filters (an e-mail, a phone number) stay cheap.
            sql.append(" FROM user_attributes a JOIN users u ON u.user_pool_id = a.user_pool_id AND u.username = "
                    + "a.username WHERE a.user_pool_id = ? AND a.name = ? AND a.attr_value").append(comparison);
            parameters.add(userPoolId);
            parameters.add(filter.attribute());
            parameters.add(operand);
        } else {
            sql.append(" FROM users u WHERE u.user_pool_id = ?");
            parameters.add(userPoolId);
            if (filter != null) {
                sql.append(" AND ").append(BUILT_IN_FILTERS.get(filter.attribute())).append(comparison);
                parameters.add(operand);
            }
        }
        if (afterUsername != null) {
            sql.append(" AND u.username > ?");
            parameters.add(afterUsername);
        }
        sql.append(" ORDER BY u.username LIMIT ?");
        return jdbc.query(sql.toString(), ps -> {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setString(i + 1, parameters.get(i));
            }
            ps.setInt(parameters.size() + 1, limit);
        }, this::mapUser);
    }

    /** Filters on what users have in their own row rather than as attributes. */
    private static final Map<String, String> BUILT_IN_FILTERS = Map.of(
            "username", "u.username",
            "sub", "CAST(u.sub AS VARCHAR)",
            "cognito:user_status", "u.status",
            "status", "CASE WHEN u.enabled THEN 'Enabled' ELSE 'Disabled' END");

    private static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private User mapUser(ResultSet rs) throws SQLException {
        String poolId = rs.getString("user_pool_id");
        String username = rs.getString("username");
        return mapUser(rs, jdbc.query("SELECT name, attr_value FROM user_attributes WHERE user_pool_id = ? AND username = ? "
                + "ORDER BY position", ps -> {
                    ps.setString(1, poolId);
                    ps.setString(2, username);
                }, a -> new UserAttribute(a.getString(1), a.getString(2))));
    }

    private static User mapUser(ResultSet rs, List<UserAttribute> attributes) throws SQLException {
        String hash = rs.getString("password_hash");
        return new User.Builder(rs.getString("user_pool_id"), rs.getString("username"),
                rs.getObject("sub", UUID.class).toString(), Jdbc.getInstant(rs, "creation_date"))
                .attributes(attributes)
                .status(UserStatus.valueOf(rs.getString("status")))
                .enabled(rs.getBoolean("enabled"))
                .lastModifiedDate(Jdbc.getInstant(rs, "last_modified_date"))
                .passwordHash(hash == null ? null : PasswordHash.decode(hash))
                .temporaryPasswordExpires(Jdbc.getInstant(rs, "temporary_password_expires"))
                .srpVerifier(rs.getString("srp_salt") == null ? null
                        : new SrpVerifier(rs.getString("srp_salt"), rs.getString("srp_verifier")))
                .build();
    }

    @Override
    public void insertUser(User user) {
        jdbc.update("INSERT INTO users (" + USER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, user.userPoolId());
            ps.setString(2, user.username());
            ps.setObject(3, UUID.fromString(user.sub()));
            bindUser(ps, user, 4);
        });
        insertAttributes(user);
    }

    @Override
    public void updateUser(User user) {
        int rows = jdbc.update("UPDATE users SET status = ?, enabled = ?, creation_date = ?, last_modified_date = ?, "
                + "password_hash = ?, temporary_password_expires = ?, srp_salt = ?, srp_verifier = ? "
                + "WHERE user_pool_id = ? AND username = ?", ps -> {
                    int next = bindUser(ps, user, 1);
                    ps.setString(next, user.userPoolId());
                    ps.setString(next + 1, user.username());
                });
        requireOne(rows, "user " + user.username());
        jdbc.update("DELETE FROM user_attributes WHERE user_pool_id = ? AND username = ?", ps -> {
            ps.setString(1, user.userPoolId());
            ps.setString(2, user.username());
        });
        insertAttributes(user);
    }

    private static int bindUser(PreparedStatement ps, User user, int first) throws SQLException {
        int i = first;
        ps.setString(i++, user.status().name());
        ps.setBoolean(i++, user.enabled());
        Jdbc.setInstant(ps, i++, user.creationDate());
        Jdbc.setInstant(ps, i++, user.lastModifiedDate());
        ps.setString(i++, user.passwordHash().map(PasswordHash::encode).orElse(null));
        Jdbc.setInstant(ps, i++, user.temporaryPasswordExpires().orElse(null));
        ps.setString(i++, user.srpVerifier().map(SrpVerifier::saltHex).orElse(null));
        ps.setString(i++, user.srpVerifier().map(SrpVerifier::verifierHex).orElse(null));
        return i;
    }

    private void insertAttributes(User user) {
        List<UserAttribute> attributes = user.attributes();
        for (int position = 0; position < attributes.size(); position++) {
            UserAttribute a = attributes.get(position);
            int pos = position;
            jdbc.update("INSERT INTO user_attributes (user_pool_id, username, position, name, attr_value) "
                    + "VALUES (?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, user.userPoolId());
                        ps.setString(2, user.username());
                        ps.setInt(3, pos);
                        ps.setString(4, a.name());
                        ps.setString(5, a.value());
                    });
        }
    }

    @Override
    public void deleteUser(String userPoolId, String username) {
        requireOne(jdbc.update("DELETE FROM users WHERE user_pool_id = ? AND username = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, username);
        }), "user " + username);
    }

    // ---------------------------------------------------------------- outbox and codes

    @Override
    public List<OutboxMessage> outbox(String userPoolId, String username) {
        return searchOutbox(Objects.requireNonNull(userPoolId, "userPoolId"),
                Objects.requireNonNull(username, "username"));
    }

    @Override
    public List<OutboxMessage> searchOutbox(String userPoolId, String username) {
        return jdbc.query("SELECT id, user_pool_id, username, channel, destination, subject, code, message, sent_at "
                + "FROM outbox WHERE (CAST(? AS VARCHAR) IS NULL OR user_pool_id = ?) "
                + "AND (CAST(? AS VARCHAR) IS NULL OR username = ?) ORDER BY id", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, userPoolId);
                    ps.setString(3, username);
                    ps.setString(4, username);
                }, rs -> new OutboxMessage(rs.getLong("id"), rs.getString("user_pool_id"), rs.getString("username"),
                        OutboxMessage.Channel.valueOf(rs.getString("channel")), rs.getString("destination"),
                        rs.getString("subject"), rs.getString("code"), rs.getString("message"),
                        Jdbc.getInstant(rs, "sent_at")));
    }

    @Override
    public long appendOutbox(OutboxMessage m) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO outbox (user_pool_id, username, channel, "
                + "destination, subject, code, message, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, m.userPoolId());
            ps.setString(2, m.username());
            ps.setString(3, m.channel().name());
            ps.setString(4, m.destination());
            ps.setString(5, m.subject());
            ps.setString(6, m.code());
            ps.setString(7, m.message());
            Jdbc.setInstant(ps, 8, m.time());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("no id for the outbox message");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot append to the outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ConfirmationCode> findCode(String userPoolId, String username, String purpose) {
        return jdbc.queryOne("SELECT code, expires FROM confirmation_codes WHERE user_pool_id = ? AND username = ? "
                + "AND purpose = ?", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, username);
                    ps.setString(3, purpose);
                }, rs -> new ConfirmationCode(userPoolId, username, purpose, rs.getString("code"),
                        Jdbc.getInstant(rs, "expires")));
    }

    @Override
    public void putCode(ConfirmationCode code) {
        jdbc.update("MERGE INTO confirmation_codes (user_pool_id, username, purpose, code, expires) KEY (user_pool_id, "
                + "username, purpose) VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, code.userPoolId());
                    ps.setString(2, code.username());
                    ps.setString(3, code.purpose());
                    ps.setString(4, code.code());
                    Jdbc.setInstant(ps, 5, code.expires());
                });
    }

    @Override
    public void deleteCode(String userPoolId, String username, String purpose) {
        jdbc.update("DELETE FROM confirmation_codes WHERE user_pool_id = ? AND username = ? AND purpose = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, username);
            ps.setString(3, purpose);
        });
    }

    // ---------------------------------------------------------------- sessions, tokens, keys

    @Override
    public Optional<AuthSession> findSession(String sessionHash) {
        return jdbc.queryOne("SELECT session_hash, user_pool_id, client_id, username, challenge_name, expires, used, "
                + "challenge_state FROM auth_sessions WHERE session_hash = ?", ps -> ps.setString(1, sessionHash),
                rs -> new AuthSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Jdbc.getInstant(rs, "expires"), rs.getBoolean(7), rs.getString(8)));
    }

    @Override
    public void insertSession(AuthSession s) {
        jdbc.update("INSERT INTO auth_sessions (session_hash, user_pool_id, client_id, username, challenge_name, expires, "
                + "used, challenge_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, s.sessionHash());
                    ps.setString(2, s.userPoolId());
                    ps.setString(3, s.clientId());
                    ps.setString(4, s.username());
                    ps.setString(5, s.challengeName());
                    Jdbc.setInstant(ps, 6, s.expires());
                    ps.setBoolean(7, s.used());
                    ps.setString(8, s.challengeState());
                });
    }

    @Override
    public void markSessionUsed(String sessionHash) {
        requireOne(jdbc.update("UPDATE auth_sessions SET used = TRUE WHERE session_hash = ?",
                ps -> ps.setString(1, sessionHash)), "auth session");
    }

    @Override
    public Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return jdbc.queryOne("SELECT token_hash, user_pool_id, client_id, username, origin_jti, issued, expires, revoked, "
                + "rotated_at FROM refresh_tokens WHERE token_hash = ?", ps -> ps.setString(1, tokenHash),
                rs -> new RefreshToken(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Jdbc.getInstant(rs, "issued"), Jdbc.getInstant(rs, "expires"), rs.getBoolean(8),
                        Jdbc.getInstant(rs, "rotated_at")));
    }

    @Override
    public boolean isOriginRevoked(String originJti) {
        return jdbc.queryOne("SELECT COUNT(*) FROM refresh_tokens WHERE origin_jti = ? AND revoked",
                ps -> ps.setString(1, originJti), rs -> rs.getLong(1)).orElse(0L) > 0;
    }

    @Override
    public void insertRefreshToken(RefreshToken t) {
        jdbc.update("INSERT INTO refresh_tokens (token_hash, user_pool_id, client_id, username, origin_jti, issued, "
                + "expires, revoked, rotated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, t.tokenHash());
                    ps.setString(2, t.userPoolId());
                    ps.setString(3, t.clientId());
                    ps.setString(4, t.username());
                    ps.setString(5, t.originJti());
                    Jdbc.setInstant(ps, 6, t.issued());
                    Jdbc.setInstant(ps, 7, t.expires());
                    ps.setBoolean(8, t.revoked());
                    Jdbc.setInstant(ps, 9, t.rotatedAt());
                });
    }

    @Override
    public void revokeRefreshTokens(String userPoolId, String username) {
        jdbc.update("UPDATE refresh_tokens SET revoked = TRUE WHERE user_pool_id = ? AND username = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, username);
        });
    }

    @Override
    public void markRotated(String tokenHash, Instant at) {
        String sql = "UPDATE refresh_tokens SET rotated_at = ? WHERE token_hash = ? AND rotated_at IS NULL";
        requireOne(jdbc.update(sql, ps -> {
            Jdbc.setInstant(ps, 1, at);
            ps.setString(2, tokenHash);
        }), "refresh token");
    }

    @Override
    public void revokeOrigin(String originJti) {
        jdbc.update("UPDATE refresh_tokens SET revoked = TRUE WHERE origin_jti = ?", ps -> ps.setString(1, originJti));
    }

    @Override
    public List<SigningKey> signingKeys(String userPoolId) {
        return jdbc.query("SELECT user_pool_id, kid, private_jwk, created, active FROM signing_keys "
                + "WHERE user_pool_id = ? ORDER BY created, kid", ps -> ps.setString(1, userPoolId),
                rs -> new SigningKey(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.getInstant(rs, "created"),
                        rs.getBoolean(5)));
    }

    @Override
    public void insertSigningKey(SigningKey key) {
        jdbc.update("INSERT INTO signing_keys (user_pool_id, kid, private_jwk, created, active) VALUES (?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, key.userPoolId());
                    ps.setString(2, key.kid());
                    ps.setString(3, key.privateJwk());
                    Jdbc.setInstant(ps, 4, key.created());
                    ps.setBoolean(5, key.active());
                });
    }

    @Override
    public void retireSigningKeys(String userPoolId) {
        jdbc.update("UPDATE signing_keys SET active = FALSE WHERE user_pool_id = ?", ps -> ps.setString(1, userPoolId));
    }

    // ---------------------------------------------------------------- MFA

    @Override
    public Optional<PoolMfaConfig> poolMfaConfig(String userPoolId) {
        return jdbc.queryOne("SELECT sms_enabled, sms_authentication_message, software_token_enabled, email_enabled, "
                + "email_message, email_subject FROM user_pool_mfa WHERE user_pool_id = ?",
                ps -> ps.setString(1, userPoolId),
                rs -> new PoolMfaConfig(rs.getBoolean(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6)));
    }

    @Override
    public void putPoolMfaConfig(String userPoolId, PoolMfaConfig c) {
        jdbc.update("MERGE INTO user_pool_mfa (user_pool_id, sms_enabled, sms_authentication_message, "
                + "software_token_enabled, email_enabled, email_message, email_subject) KEY (user_pool_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setBoolean(2, c.smsEnabled());
                    ps.setString(3, c.smsAuthenticationMessage());
                    ps.setBoolean(4, c.softwareTokenEnabled());
                    ps.setBoolean(5, c.emailEnabled());
                    ps.setString(6, c.emailMessage());
                    ps.setString(7, c.emailSubject());
                });
    }

    @Override
    public MfaSettings userMfa(String userPoolId, String username) {
        return jdbc.queryOne("SELECT sms_enabled, software_token_enabled, email_enabled, preferred, totp_secret, "
                + "totp_verified, totp_last_step FROM user_mfa WHERE user_pool_id = ? AND username = ?", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, username);
                }, rs -> new MfaSettings(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getLong(7))).orElse(MfaSettings.NONE);
    }

    @Override
    public void putUserMfa(String userPoolId, String username, MfaSettings m) {
        jdbc.update("MERGE INTO user_mfa (user_pool_id, username, sms_enabled, software_token_enabled, email_enabled, "
                + "preferred, totp_secret, totp_verified, totp_last_step) KEY (user_pool_id, username) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, username);
                    ps.setBoolean(3, m.smsEnabled());
                    ps.setBoolean(4, m.softwareTokenEnabled());
                    ps.setBoolean(5, m.emailEnabled());
                    ps.setString(6, m.preferred());
                    ps.setString(7, m.totpSecret());
                    ps.setBoolean(8, m.totpVerified());
                    ps.setLong(9, m.totpLastStep());
                });
    }

    // ---------------------------------------------------------------- groups

    private static final String GROUP_COLUMNS = "g.user_pool_id, g.group_name, g.description, g.role_arn, "
            + "g.precedence, g.creation_date, g.last_modified_date";

    private static Group mapGroup(ResultSet rs) throws SQLException {
        return new Group(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), getLong(rs, "precedence"),
                Jdbc.getInstant(rs, "creation_date"), Jdbc.getInstant(rs, "last_modified_date"));
    }

    @Override
    public Optional<Group> findGroup(String userPoolId, String groupName) {
        return jdbc.queryOne("SELECT " + GROUP_COLUMNS + " FROM user_groups g WHERE g.user_pool_id = ? AND g.group_name = ?",
                ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, groupName);
                }, H2UserPoolTransaction::mapGroup);
    }

    @Override
    public List<Group> listGroups(String userPoolId) {
        return jdbc.query("SELECT " + GROUP_COLUMNS + " FROM user_groups g WHERE g.user_pool_id = ? ORDER BY g.group_name",
                ps -> ps.setString(1, userPoolId), H2UserPoolTransaction::mapGroup);
    }

    @Override
    public List<Group> groupsOfUser(String userPoolId, String username) {
        return jdbc.query("SELECT " + GROUP_COLUMNS + " FROM user_groups g JOIN group_members m ON m.user_pool_id = "
                + "g.user_pool_id AND m.group_name = g.group_name WHERE m.user_pool_id = ? AND m.username = ? "
                + "ORDER BY g.group_name", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, username);
                }, H2UserPoolTransaction::mapGroup);
    }

    @Override
    public List<User> usersInGroup(String userPoolId, String groupName) {
        return jdbc.query("SELECT " + USER_COLUMNS.replaceAll("(\\w+)", "u.$1") + " FROM users u JOIN group_members m "
                + "ON m.user_pool_id = u.user_pool_id AND m.username = u.username "
                + "WHERE m.user_pool_id = ? AND m.group_name = ? ORDER BY u.username", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, groupName);
                }, this::mapUser);
    }

    @Override
    public void insertGroup(Group g) {
        jdbc.update("INSERT INTO user_groups (description, role_arn, precedence, creation_date, last_modified_date, "
                + "user_pool_id, group_name) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> bindGroup(ps, g));
    }

    @Override
    public void updateGroup(Group g) {
        requireOne(jdbc.update("UPDATE user_groups SET description = ?, role_arn = ?, precedence = ?, creation_date = ?, "
                + "last_modified_date = ? WHERE user_pool_id = ? AND group_name = ?", ps -> bindGroup(ps, g)),
                "group " + g.groupName());
    }

    private static void bindGroup(PreparedStatement ps, Group g) throws SQLException {
        ps.setString(1, g.description());
        ps.setString(2, g.roleArn());
        setLong(ps, 3, g.precedence());
        Jdbc.setInstant(ps, 4, g.creationDate());
        Jdbc.setInstant(ps, 5, g.lastModifiedDate());
        ps.setString(6, g.userPoolId());
        ps.setString(7, g.groupName());
    }

    @Override
    public void deleteGroup(String userPoolId, String groupName) {
        requireOne(jdbc.update("DELETE FROM user_groups WHERE user_pool_id = ? AND group_name = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, groupName);
        }), "group " + groupName);
    }

    @Override
    public void addToGroup(String userPoolId, String groupName, String username) {
        jdbc.update("MERGE INTO group_members (user_pool_id, group_name, username) KEY (user_pool_id, group_name, "
                + "username) VALUES (?, ?, ?)", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, groupName);
                    ps.setString(3, username);
                });
    }

    @Override
    public void removeFromGroup(String userPoolId, String groupName, String username) {
        jdbc.update("DELETE FROM group_members WHERE user_pool_id = ? AND group_name = ? AND username = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, groupName);
            ps.setString(3, username);
        });
    }

    // ---------------------------------------------------------------- lockouts

    @Override
    public Lockout lockout(String userPoolId, String username) {
        return jdbc.queryOne("SELECT failures, locked_until, last_attempt FROM sign_in_lockouts WHERE user_pool_id = ? "
                + "AND username = ?", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, username);
                }, rs -> new Lockout(rs.getInt(1), Jdbc.getInstant(rs, "locked_until"), Jdbc.getInstant(rs, "last_attempt")))
                .orElse(Lockout.NONE);
    }

    @Override
    public void putLockout(String userPoolId, String username, Lockout lockout) {
        if (lockout.equals(Lockout.NONE)) {
            jdbc.update("DELETE FROM sign_in_lockouts WHERE user_pool_id = ? AND username = ?", ps -> {
                ps.setString(1, userPoolId);
                ps.setString(2, username);
            });
            return;
        }
        jdbc.update("MERGE INTO sign_in_lockouts (user_pool_id, username, failures, locked_until, last_attempt) "
                + "KEY (user_pool_id, username) VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, userPoolId);
                    ps.setString(2, username);
                    ps.setInt(3, lockout.failures());
                    Jdbc.setInstant(ps, 4, lockout.lockedUntil());
                    Jdbc.setInstant(ps, 5, lockout.lastAttempt());
                });
    }
}
