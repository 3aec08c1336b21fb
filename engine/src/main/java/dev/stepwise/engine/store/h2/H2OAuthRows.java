package dev.stepwise.engine.store.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.engine.store.OAuthQueries;
import dev.stepwise.engine.store.OAuthWrites;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthorizationCode;
import dev.stepwise.engine.userpool.model.HostedSession;
import dev.stepwise.engine.userpool.model.OAuthClientSettings;
import dev.stepwise.engine.userpool.model.ResourceServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth tables of migration V12: app clients' OAuth settings, resource servers, authorization codes and hosted
 * login sessions. {@link H2TriggerRows} extends it, so these rows share the transaction's connection.
 */
abstract class H2OAuthRows implements OAuthQueries, OAuthWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Jdbc jdbc;

    H2OAuthRows(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    private static void setTime(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt list in the database: " + json, e);
        }
    }

    // ---------------------------------------------------------------- app clients' OAuth settings

    /** The client with its stored OAuth settings ({@link OAuthClientSettings#NONE} when it has none). */
    final AppClient withOAuth(AppClient client) {
        Optional<OAuthClientSettings> settings = jdbc.queryOne("SELECT enabled, flows, scopes, callback_urls, logout_urls, "
                + "default_redirect_uri, identity_providers FROM app_client_oauth WHERE client_id = ?",
                ps -> ps.setString(1, client.clientId()),
                rs -> new OAuthClientSettings(rs.getBoolean(1), strings(rs.getString(2)), strings(rs.getString(3)),
                        strings(rs.getString(4)), strings(rs.getString(5)), rs.getString(6),
                        strings(rs.getString(7))));
        return settings.map(s -> new AppClient.Builder(client).oauth(s).build()).orElse(client);
    }

    /** Replaces the client's stored OAuth settings with its current ones. */
    final void writeOAuth(AppClient client) {
        OAuthClientSettings s = client.oauth();
        jdbc.update("MERGE INTO app_client_oauth (client_id, enabled, flows, scopes, callback_urls, logout_urls, "
                + "default_redirect_uri, identity_providers) KEY (client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, client.clientId());
                    ps.setBoolean(2, s.enabled());
                    ps.setString(3, json(s.flows()));
                    ps.setString(4, json(s.scopes()));
                    ps.setString(5, json(s.callbackUrls()));
                    ps.setString(6, json(s.logoutUrls()));
                    ps.setString(7, s.defaultRedirectUri());
                    ps.setString(8, json(s.supportedIdentityProviders()));
                });
    }

    // ---------------------------------------------------------------- resource servers

    private static ResourceServer mapServer(ResultSet rs) throws SQLException {
        List<ResourceServer.Scope> scopes = new ArrayList<>();
        try {
            for (JsonNode s : JSON.readTree(rs.getString("scopes"))) {
                scopes.add(new ResourceServer.Scope(s.get("ScopeName").asText(), s.get("ScopeDescription").asText()));
            }
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt scopes of resource server " + rs.getString("identifier"), e);
        }
        return new ResourceServer(rs.getString("user_pool_id"), rs.getString("identifier"), rs.getString("name"),
                scopes);
    }

    private static String scopesJson(ResourceServer server) {
        ArrayNode array = JSON.createArrayNode();
        for (ResourceServer.Scope s : server.scopes()) {
            array.addObject().put("ScopeName", s.name()).put("ScopeDescription", s.description());
        }
        return array.toString();
    }

    @Override
    public Optional<ResourceServer> findResourceServer(String userPoolId, String identifier) {
        return jdbc.queryOne("SELECT * FROM resource_servers WHERE user_pool_id = ? AND identifier = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, identifier);
        }, H2OAuthRows::mapServer);
    }

    @Override
    public List<ResourceServer> listResourceServers(String userPoolId) {
        return jdbc.query("SELECT * FROM resource_servers WHERE user_pool_id = ? ORDER BY identifier",
                ps -> ps.setString(1, userPoolId), H2OAuthRows::mapServer);
    }

    @Override
    public void insertResourceServer(ResourceServer server) {
        jdbc.update("INSERT INTO resource_servers (user_pool_id, identifier, name, scopes) VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, server.userPoolId());
            ps.setString(2, server.identifier());
            ps.setString(3, server.name());
            ps.setString(4, scopesJson(server));
        });
    }

    @Override
    public void updateResourceServer(ResourceServer server) {
        int rows = jdbc.update("UPDATE resource_servers SET name = ?, scopes = ? WHERE user_pool_id = ? AND identifier = ?",
                ps -> {
                    ps.setString(1, server.name());
                    ps.setString(2, scopesJson(server));
                    ps.setString(3, server.userPoolId());
                    ps.setString(4, server.identifier());
                });
        if (rows != 1) {
            throw new StoreException("no resource server " + server.identifier() + " to update");
        }
    }

    @Override
    public void deleteResourceServer(String userPoolId, String identifier) {
        jdbc.update("DELETE FROM resource_servers WHERE user_pool_id = ? AND identifier = ?", ps -> {
            ps.setString(1, userPoolId);
            ps.setString(2, identifier);
        });
    }

    // ---------------------------------------------------------------- authorization codes

    @Override
    public Optional<AuthorizationCode> findAuthorizationCode(String codeHash) {
        return jdbc.queryOne("SELECT * FROM authorization_codes WHERE code_hash = ?", ps -> ps.setString(1, codeHash),
                rs -> new AuthorizationCode(rs.getString("code_hash"), rs.getString("user_pool_id"),
                        rs.getString("client_id"), rs.getString("username"), rs.getString("redirect_uri"),
                        strings(rs.getString("scopes")), rs.getString("nonce"), rs.getString("code_challenge"),
                        rs.getString("code_challenge_method"), time(rs, "auth_time"), time(rs, "expires"),
                        rs.getBoolean("used")));
    }

    @Override
    public void insertAuthorizationCode(AuthorizationCode c) {
        jdbc.update("INSERT INTO authorization_codes (code_hash, user_pool_id, client_id, username, redirect_uri, scopes, "
                + "nonce, code_challenge, code_challenge_method, auth_time, expires, used) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, c.codeHash());
                    ps.setString(2, c.userPoolId());
                    ps.setString(3, c.clientId());
                    ps.setString(4, c.username());
                    ps.setString(5, c.redirectUri());
                    ps.setString(6, json(c.scopes()));
                    ps.setString(7, c.nonce());
                    ps.setString(8, c.codeChallenge());
                    ps.setString(9, c.codeChallengeMethod());
                    setTime(ps, 10, c.authTime());
                    setTime(ps, 11, c.expires());
                    ps.setBoolean(12, c.used());
                });
    }

    @Override
    public boolean markAuthorizationCodeUsed(String codeHash) {
        return jdbc.update("UPDATE authorization_codes SET used = TRUE WHERE code_hash = ? AND NOT used",
                ps -> ps.setString(1, codeHash)) == 1;
    }

    // ---------------------------------------------------------------- hosted-page sessions

    @Override
    public Optional<HostedSession> findHostedSession(String sessionHash) {
        return jdbc.queryOne("SELECT * FROM hosted_sessions WHERE session_hash = ?", ps -> ps.setString(1, sessionHash),
                rs -> new HostedSession(rs.getString("session_hash"),
                        HostedSession.Kind.valueOf(rs.getString("kind")), rs.getString("user_pool_id"),
                        rs.getString("client_id"), rs.getString("username"), rs.getString("state"),
                        time(rs, "created"), time(rs, "expires")));
    }

    @Override
    public void putHostedSession(HostedSession s) {
        jdbc.update("MERGE INTO hosted_sessions (session_hash, kind, user_pool_id, client_id, username, state, created, "
                + "expires) KEY (session_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, s.sessionHash());
                    ps.setString(2, s.kind().name());
                    ps.setString(3, s.userPoolId());
                    ps.setString(4, s.clientId());
                    ps.setString(5, s.username());
                    ps.setString(6, s.state());
                    setTime(ps, 7, s.created());
                    setTime(ps, 8, s.expires());
                });
    }

    @Override
    public Optional<List<String>> grantedScopes(String originJti) {
        return jdbc.queryOne("SELECT scopes FROM oauth_grants WHERE origin_jti = ?", ps -> ps.setString(1, originJti),
                rs -> strings(rs.getString(1)));
    }

    @Override
    public void insertGrantedScopes(String originJti, List<String> scopes) {
        jdbc.update("INSERT INTO oauth_grants (origin_jti, scopes) VALUES (?, ?)", ps -> {
            ps.setString(1, originJti);
            ps.setString(2, json(scopes));
        });
    }

    @Override
    public void purgeExpiredOAuthRows(Instant now) {
        jdbc.update("DELETE FROM hosted_sessions WHERE expires < ?", ps -> setTime(ps, 1, now));
        jdbc.update("DELETE FROM authorization_codes WHERE expires < ?", ps -> setTime(ps, 1, now));
    }

    @Override
    public void deleteHostedSession(String sessionHash) {
        jdbc.update("DELETE FROM hosted_sessions WHERE session_hash = ?", ps -> ps.setString(1, sessionHash));
    }
}
