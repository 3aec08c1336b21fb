package dev.stepwise.engine.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthSession;
import dev.stepwise.engine.userpool.model.ConfirmationCode;
import dev.stepwise.engine.userpool.model.MfaConfiguration;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.model.PoolMfaConfig;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.PasswordHash;
import dev.stepwise.engine.userpool.model.PasswordPolicy;
import dev.stepwise.engine.userpool.model.RefreshToken;
import dev.stepwise.engine.userpool.model.SchemaAttribute;
import dev.stepwise.engine.userpool.model.SigningKey;
import dev.stepwise.engine.userpool.model.TokenValidity;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserPoolTier;
import dev.stepwise.engine.userpool.model.UserStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123Z");
    static final String POOL = "us-east-1_AbCdEfGh1";

    private final H2Store store = H2Store.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    static UserPool pool() {
        List<SchemaAttribute> schema = new ArrayList<>(SchemaAttribute.STANDARD);
        schema.add(new SchemaAttribute("custom:tenant", "String", false, true, false, 1L, 64L, null, null));
        return new UserPool.Builder(POOL, "people", T0)
                .passwordPolicy(new PasswordPolicy(10, true, false, true, false, 3))
                .usernameAttributes(List.of("email"))
                .autoVerifiedAttributes(List.of("email"))
                .schemaAttributes(schema)
                .mfaConfiguration(MfaConfiguration.OPTIONAL)
                .deletionProtection(true)
                .tier(UserPoolTier.PLUS)
                .build();
    }

    static AppClient client() {
        return new AppClient.Builder("abcdefghijklmnopqrstuvwxyz", POOL, "web", T0)
                .clientSecret("s3cr3t")
                .explicitAuthFlows(List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                .accessTokenValidity(new TokenValidity(5, ChronoUnit.MINUTES))
                .refreshTokenValidity(new TokenValidity(2, ChronoUnit.HOURS))
                .readAttributes(List.of("email", "custom:tenant"))
                .writeAttributes(List.of("email"))
                .preventUserExistenceErrors(false)
                .build();
    }

    static User user(String username) {
        return new User.Builder(POOL, username, "7d8ca528-4931-4254-9273-ea5ee853f271".replace("7d8", "7d" + username.length()), T0)
                .attributes(List.of(new UserAttribute("email", username + "@example.com"),
                        new UserAttribute("custom:tenant", "acme")))
                .status(UserStatus.CONFIRMED)
                .passwordHash(new PasswordHash("PBKDF2-HMAC-SHA256", 1000, new byte[] {1, 2}, new byte[] {3, 4}))
                .srpVerifier(new dev.stepwise.engine.userpool.model.SrpVerifier("a1b2", "c3d4"))
                .temporaryPasswordExpires(T0.plusSeconds(60))
                .build();
    }

    @Test
    void mfaSettingsRoundTripAndGoWithTheUser() {
        MfaSettings mfa = new MfaSettings(true, true, false, "SOFTWARE_TOKEN_MFA", "JBSWY3DP", true, 42);
        PoolMfaConfig config = new PoolMfaConfig(true, "Code {####}", true, true, null, "Subject");
        store.write(tx -> {
            tx.insertPool(pool());
            tx.insertUser(user("alice"));
            tx.putUserMfa(POOL, "alice", MfaSettings.NONE);
            tx.putUserMfa(POOL, "alice", mfa);
            tx.putPoolMfaConfig(POOL, config);
            return null;
        });

        assertEquals(mfa, store.read(q -> q.userMfa(POOL, "alice")));
        assertEquals(MfaSettings.NONE, store.read(q -> q.userMfa(POOL, "bob")));
        assertEquals(Optional.of(config), store.read(q -> q.poolMfaConfig(POOL)));
        store.write(tx -> {
            tx.deleteUser(POOL, "alice");
            tx.insertUser(user("alice"));
            return null;
        });
        assertEquals(MfaSettings.NONE, store.read(q -> q.userMfa(POOL, "alice")));
        store.write(tx -> {
            tx.deletePool(POOL);
            return null;
        });
        assertEquals(Optional.empty(), store.read(q -> q.poolMfaConfig(POOL)));
    }

    @Test
    void poolClientAndUserRoundTrip() {
        store.write(tx -> {
            tx.insertPool(pool());
            tx.insertClient(client());
            tx.insertUser(user("alice"));
            return null;
        });

        assertEquals(Optional.of(pool()), store.read(q -> q.findPool(POOL)));
        assertEquals(List.of(pool()), store.read(q -> q.listPools()));
        assertEquals(Optional.of(client()), store.read(q -> q.findClient(client().clientId())));
        assertEquals(List.of(client()), store.read(q -> q.listClients(POOL)));
        assertEquals(Optional.of(user("alice")), store.read(q -> q.findUser(POOL, "alice", true)));
        assertEquals(Optional.empty(), store.read(q -> q.findUser(POOL, "ALICE", true)));
        assertEquals(Optional.of(user("alice")), store.read(q -> q.findUser(POOL, "ALICE", false)));
        assertEquals(List.of(user("alice")), store.read(q -> q.findUsersByAttribute(POOL, "email", "alice@example.com")));
        assertEquals(List.of(user("alice")), store.read(q -> q.findUsersByAttribute(POOL, "sub", user("alice").sub())));
        assertEquals(1L, (long) store.read(q -> q.countUsers(POOL)));
    }

    @Test
    void updatesReplaceTheStoredValues() {
        store.write(tx -> {
            tx.insertPool(pool());
            tx.insertClient(client());
            tx.insertUser(user("bob"));
            return null;
        });
        UserPool renamed = new UserPool.Builder(pool()).name("renamed").deletionProtection(false)
                .schemaAttributes(SchemaAttribute.STANDARD).lastModifiedDate(T0.plusSeconds(1)).build();
        AppClient edited = new AppClient.Builder(client()).clientName("mobile").clientSecret(null).build();
        User disabled = new User.Builder(user("bob")).enabled(false)
                .attributes(List.of(new UserAttribute("email", "new@example.com"))).passwordHash(null).build();
        store.write(tx -> {
            tx.updatePool(renamed);
            tx.updateClient(edited);
            tx.updateUser(disabled);
            return null;
        });

        assertEquals(Optional.of(renamed), store.read(q -> q.findPool(POOL)));
        assertEquals(Optional.of(edited), store.read(q -> q.findClient(client().clientId())));
        assertEquals(List.of(disabled), store.read(q -> q.listUsers(POOL)));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        IllegalStateException failure = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.insertPool(pool());
            tx.insertUser(user("carol"));
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(List.of(), store.read(q -> q.listPools()));
    }

    @Test
    void deletingAPoolDeletesEverythingInIt() {
        store.write(tx -> {
            tx.insertPool(pool());
            tx.insertClient(client());
            tx.insertUser(user("dave"));
            tx.appendOutbox(new OutboxMessage(0, POOL, "dave", OutboxMessage.Channel.EMAIL, "d@example.com", "s",
                    "123456", "Your code is 123456", T0));
            tx.putCode(new ConfirmationCode(POOL, "dave", ConfirmationCode.SIGN_UP, "123456", T0));
            tx.insertRefreshToken(new RefreshToken("h", POOL, client().clientId(), "dave", "o", T0, T0, false));
            tx.insertSigningKey(new SigningKey(POOL, "k1", "{}", T0, true));
            tx.deletePool(POOL);
            return null;
        });

        assertEquals(List.of(), store.read(q -> q.listPools()));
        assertEquals(List.of(), store.read(q -> q.outbox(POOL, "dave")));
        assertEquals(Optional.empty(), store.read(q -> q.findRefreshToken("h")));
        assertEquals(List.of(), store.read(q -> q.signingKeys(POOL)));
    }

    @Test
    void outboxCodesSessionsTokensAndKeys() {
        store.write(tx -> {
            tx.insertPool(pool());
            tx.insertUser(user("erin"));
            return null;
        });
        OutboxMessage first = new OutboxMessage(0, POOL, "erin", OutboxMessage.Channel.EMAIL, "erin@example.com",
                "Your verification code", "111111", "Your verification code is 111111. ", T0);
        OutboxMessage second = new OutboxMessage(0, POOL, "erin", OutboxMessage.Channel.SMS, "+15555550100", null,
                "222222", "Your verification code is 222222. ", T0.plusSeconds(1));
        long firstId = store.write(tx -> tx.appendOutbox(first));
        long secondId = store.write(tx -> tx.appendOutbox(second));
        store.write(tx -> {
            tx.putCode(new ConfirmationCode(POOL, "erin", ConfirmationCode.SIGN_UP, "111111", T0));
            tx.putCode(new ConfirmationCode(POOL, "erin", ConfirmationCode.SIGN_UP, "222222", T0.plusSeconds(5)));
            tx.insertSession(new AuthSession("sh", POOL, "c", "erin", "NEW_PASSWORD_REQUIRED", T0, false));
            tx.markSessionUsed("sh");
            tx.insertSession(new AuthSession("pv", POOL, "c", "erin", "PASSWORD_VERIFIER", T0, false, "{\"b\":\"1f\"}"));
            tx.insertRefreshToken(new RefreshToken("rh", POOL, "c", "erin", "origin", T0, T0.plusSeconds(9), false));
            tx.insertSigningKey(new SigningKey(POOL, "k1", "{\"kty\":\"RSA\"}", T0, true));
            return null;
        });

        assertEquals(List.of(withId(first, firstId), withId(second, secondId)),
                store.read(q -> q.outbox(POOL, "erin")));
        assertEquals(Optional.of(new ConfirmationCode(POOL, "erin", ConfirmationCode.SIGN_UP, "222222",
                T0.plusSeconds(5))), store.read(q -> q.findCode(POOL, "erin", ConfirmationCode.SIGN_UP)));
        assertEquals(Optional.of(new AuthSession("sh", POOL, "c", "erin", "NEW_PASSWORD_REQUIRED", T0, true)),
                store.read(q -> q.findSession("sh")));
        assertEquals(Optional.of(new AuthSession("pv", POOL, "c", "erin", "PASSWORD_VERIFIER", T0, false,
                "{\"b\":\"1f\"}")), store.read(q -> q.findSession("pv")));
        assertFalse((boolean) store.read(q -> q.isOriginRevoked("origin")));
        store.write(tx -> {
            tx.revokeRefreshTokens(POOL, "erin");
            tx.deleteCode(POOL, "erin", ConfirmationCode.SIGN_UP);
            return null;
        });
        assertTrue((boolean) store.read(q -> q.isOriginRevoked("origin")));
        assertTrue(store.read(q -> q.findRefreshToken("rh")).orElseThrow().revoked());
        assertEquals(Optional.empty(), store.read(q -> q.findCode(POOL, "erin", ConfirmationCode.SIGN_UP)));
        assertEquals(List.of(new SigningKey(POOL, "k1", "{\"kty\":\"RSA\"}", T0, true)),
                store.read(q -> q.signingKeys(POOL)));
    }

    private static OutboxMessage withId(OutboxMessage m, long id) {
        return new OutboxMessage(id, m.userPoolId(), m.username(), m.channel(), m.destination(), m.subject(),
                m.code(), m.message(), m.time());
    }

    @Test
    void revokingOneOriginLeavesTheOtherSignInsAlone() {
        store.write(tx -> {
            tx.insertPool(pool());
            tx.insertUser(user("gus"));
            tx.insertRefreshToken(new RefreshToken("r1", POOL, "c", "gus", "o1", T0, T0.plusSeconds(9), false));
            tx.insertRefreshToken(new RefreshToken("r2", POOL, "c", "gus", "o2", T0, T0.plusSeconds(9), false));
            tx.revokeOrigin("o1");
            return null;
        });
        assertTrue((boolean) store.read(q -> q.isOriginRevoked("o1")));
        assertFalse((boolean) store.read(q -> q.isOriginRevoked("o2")));
    }

    @Test
    void aClosedStoreRefusesWork() {
        H2Store other = H2Store.inMemory();
        other.close();
        StoreException e = assertThrows(StoreException.class, () -> other.read(q -> q.listPools()));
        assertEquals("the store is closed", e.getMessage());
    }

    @Test
    void aFileDatabaseKeepsEverythingAcrossReopening(@TempDir Path dir) throws Exception {
        try (H2Store file = H2Store.openFile(dir)) {
            file.write(tx -> {
                tx.insertPool(pool());
                tx.insertClient(client());
                tx.insertUser(user("frank"));
                return null;
            });
        }
        assertTrue(Files.exists(dir.resolve("stepwise.mv.db")));

        try (H2Store reopened = H2Store.openFile(dir)) {
            assertEquals(Optional.of(pool()), reopened.read(q -> q.findPool(POOL)));
            assertEquals(Optional.of(client()), reopened.read(q -> q.findClient(client().clientId())));
            assertEquals(List.of(user("frank")), reopened.read(q -> q.listUsers(POOL)));
        }
    }

    @Test
    void migrationsAreVersionedWithFlyway(@TempDir Path dir) throws Exception {
        H2Store.openFile(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("stepwise"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + ":" + rs.getBoolean(2));
            }
            assertEquals(List.of("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "10:true",
                    "11:true", "12:true", "13:true"), applied);
        }
    }
}
