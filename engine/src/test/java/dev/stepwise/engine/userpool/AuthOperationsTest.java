package dev.stepwise.engine.userpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.stepwise.engine.userpool.model.RefreshToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthOperationsTest extends UserPoolFixture {

    String pool;
    String client;

    @BeforeEach
    void poolClientAndUser() {
        pool = createPool(", 'AutoVerifiedAttributes': ['email']");
        client = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH',"
                + " 'ALLOW_ADMIN_USER_PASSWORD_AUTH']").get("ClientId").asText();
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'Password': 'Passw0rd!',"
                + " 'UserAttributes': [{'Name': 'email', 'Value': 'jane@example.com'}]}");
        call("ConfirmSignUp", "{'ClientId': '" + client + "', 'Username': 'jane', 'ConfirmationCode': '"
                + service.outbox(pool, "jane").get(0).code() + "'}");
    }

    JsonNode signIn(String clientId, String username, String password) {
        return call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + clientId + "',"
                + " 'AuthParameters': {'USERNAME': '" + username + "', 'PASSWORD': '" + password + "'}}");
    }

    static JWTClaimsSet claims(String jwt) throws Exception {
        return SignedJWT.parse(jwt).getJWTClaimsSet();
    }

    @Test
    void userPasswordAuthIssuesCognitoTokens() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        JsonNode result = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult");

        assertEquals(3600, result.get("ExpiresIn").asInt());
        assertEquals("Bearer", result.get("TokenType").asText());
        String sub = call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}")
                .get("UserAttributes").get(0).get("Value").asText();
        String issuer = "http://127.0.0.1:9229/" + pool;
        Date iat = Date.from(T0.plus(Duration.ofMinutes(5)));
        Date exp = Date.from(T0.plus(Duration.ofMinutes(65)));

        SignedJWT access = SignedJWT.parse(result.get("AccessToken").asText());
        JWTClaimsSet a = access.getJWTClaimsSet();
        assertEquals("RS256", access.getHeader().getAlgorithm().getName());
        assertEquals(service.jwks(pool).get("keys").get(0).get("kid").asText(), access.getHeader().getKeyID());
        assertEquals(sub, a.getSubject());
        assertEquals(issuer, a.getIssuer());
        assertEquals(client, a.getClaim("client_id"));
        assertEquals("access", a.getClaim("token_use"));
        assertEquals("aws.cognito.signin.user.admin", a.getClaim("scope"));
        assertEquals("jane", a.getClaim("username"));
        assertEquals(iat, a.getIssueTime());
        assertEquals(exp, a.getExpirationTime());
        assertEquals(iat.getTime() / 1000, a.getLongClaim("auth_time"));
        assertEquals(List.of(), a.getAudience());

        JWTClaimsSet id = claims(result.get("IdToken").asText());
        assertEquals(sub, id.getSubject());
        assertEquals(issuer, id.getIssuer());
        assertEquals(List.of(client), id.getAudience());
        assertEquals("id", id.getClaim("token_use"));
        assertEquals("jane", id.getClaim("cognito:username"));
        assertEquals("jane@example.com", id.getClaim("email"));
        assertEquals(Boolean.TRUE, id.getClaim("email_verified"));
        assertEquals(a.getClaim("origin_jti"), id.getClaim("origin_jti"));
        assertEquals(a.getClaim("event_id"), id.getClaim("event_id"));
        assertNotEquals(a.getJWTID(), id.getJWTID());
        assertEquals(exp, id.getExpirationTime());
    }

    @Test
    void rotatingTheSigningKeyKeepsOlderTokensValid() throws Exception {
        String before = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult").get("AccessToken").asText();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        String newKid = service.rotateSigningKey(pool);
        String after = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult").get("AccessToken").asText();

        assertNotEquals(oldKid, newKid);
        assertEquals(newKid, SignedJWT.parse(after).getHeader().getKeyID());
        List<String> published = new ArrayList<>();
        service.jwks(pool).get("keys").forEach(key -> published.add(key.get("kid").asText()));
        assertEquals(Set.of(oldKid, newKid), Set.copyOf(published));
        assertEquals("jane", call("GetUser", "{'AccessToken': '" + before + "'}").get("Username").asText());
        assertEquals("jane", call("GetUser", "{'AccessToken': '" + after + "'}").get("Username").asText());
    }

    @Test
    void theRefreshTokenIsStoredOnlyAsAHash() {
        String refresh = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult").get("RefreshToken").asText();

        assertEquals(java.util.Optional.empty(), store.read(q -> q.findRefreshToken(refresh)));
        RefreshToken stored = store.read(q -> q.findRefreshToken(AuthOperations.sha256(refresh))).orElseThrow();
        assertEquals("jane", stored.username());
        assertEquals(T0.plus(Duration.ofDays(30)), stored.expires());
    }

    @Test
    void adminUserPasswordAuth() {
        JsonNode result = call("AdminInitiateAuth", "{'AuthFlow': 'ADMIN_USER_PASSWORD_AUTH', 'UserPoolId': '" + pool
                + "', 'ClientId': '" + client + "', 'AuthParameters': {'USERNAME': 'jane', 'PASSWORD': 'Passw0rd!'}}");
        assertTrue(result.get("AuthenticationResult").has("IdToken"));
    }

    @Test
    void signInRefusals() {
        assertRefused("NotAuthorizedException", "Incorrect username or password.",
                () -> signIn(client, "jane", "wrong"));
        assertRefused("UserNotFoundException", "User does not exist.", () -> signIn(client, "nobody", "x"));
        String hiding = createClient(pool, ", 'ExplicitAuthFlows': ['ALLOW_USER_PASSWORD_AUTH'],"
                + " 'PreventUserExistenceErrors': 'ENABLED'").get("ClientId").asText();
        assertRefused("NotAuthorizedException", "Incorrect username or password.", () -> signIn(hiding, "nobody", "x"));
        String srpOnly = createClient(pool, "").get("ClientId").asText();
        assertRefused("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client",
                () -> signIn(srpOnly, "jane", "Passw0rd!"));
        assertRefused("InvalidParameterException", "Missing required parameter PASSWORD",
                () -> call("InitiateAuth", "{'AuthFlow': 'USER_PASSWORD_AUTH', 'ClientId': '" + client + "',"
                        + " 'AuthParameters': {'USERNAME': 'jane'}}"));
    }

    @Test
    void disabledUsersCannotSignIn() {
        call("AdminDisableUser", "{'UserPoolId': '" + pool + "', 'Username': 'jane'}");
        assertRefused("NotAuthorizedException", "User is disabled.", () -> signIn(client, "jane", "Passw0rd!"));
    }

    @Test
    void unconfirmedUsersCannotSignIn() {
        call("SignUp", "{'ClientId': '" + client + "', 'Username': 'ulla', 'Password': 'Passw0rd!'}");
        assertRefused("UserNotConfirmedException", "User is not confirmed.", () -> signIn(client, "ulla", "Passw0rd!"));
    }

    String invite(String username) {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': '" + username + "',"
                + " 'TemporaryPassword': 'Temp0rary!', 'MessageAction': 'SUPPRESS'}");
        JsonNode challenge = signIn(client, username, "Temp0rary!");
        assertEquals("NEW_PASSWORD_REQUIRED", challenge.get("ChallengeName").asText());
        assertEquals(username, challenge.get("ChallengeParameters").get("USER_ID_FOR_SRP").asText());
        return challenge.get("Session").asText();
    }

    JsonNode answer(String session, String username, String newPassword) {
        return call("RespondToAuthChallenge", "{'ClientId': '" + client + "', 'ChallengeName': 'NEW_PASSWORD_REQUIRED',"
                + " 'Session': '" + session + "', 'ChallengeResponses': {'USERNAME': '" + username + "',"
                + " 'NEW_PASSWORD': '" + newPassword + "'}}");
    }

    @Test
    void newPasswordRequiredChallenge() {
        String session = invite("bob");

        assertRefused("InvalidPasswordException", "Password did not conform with policy: Password not long enough",
                () -> answer(session, "bob", "short"));
        JsonNode result = answer(session, "bob", "N3wPassword!");

        assertTrue(result.get("AuthenticationResult").has("AccessToken"));
        assertEquals("CONFIRMED", call("AdminGetUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob'}")
                .get("UserStatus").asText());
        assertTrue(signIn(client, "bob", "N3wPassword!").has("AuthenticationResult"));
        assertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
                () -> answer(session, "bob", "N3wPassword!"));
        assertRefused("NotAuthorizedException", "Invalid session for the user.",
                () -> answer("bogus", "bob", "N3wPassword!"));
    }

    @Test
    void newPasswordSessionsExpireAfterThreeMinutes() {
        String session = invite("bob");
        clock.advance(Duration.ofMinutes(3));
        assertRefused("NotAuthorizedException", "Invalid session for the user, session is expired.",
                () -> answer(session, "bob", "N3wPassword!"));
    }

    @Test
    void expiredTemporaryPasswordsAreRefused() {
        call("AdminCreateUser", "{'UserPoolId': '" + pool + "', 'Username': 'bob',"
                + " 'TemporaryPassword': 'Temp0rary!', 'MessageAction': 'SUPPRESS'}");
        clock.advance(Duration.ofDays(7));
        assertRefused("NotAuthorizedException", "Temporary password has expired and must be reset by an administrator.",
                () -> signIn(client, "bob", "Temp0rary!"));
    }

    @Test
    void refreshTokenAuthKeepsTheOriginAndGivesNoNewRefreshToken() throws Exception {
        JsonNode first = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult");
        clock.advance(Duration.ofMinutes(30));

        JsonNode refreshed = call("InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "',"
                + " 'AuthParameters': {'REFRESH_TOKEN': '" + first.get("RefreshToken").asText() + "'}}")
                .get("AuthenticationResult");

        assertFalse(refreshed.has("RefreshToken"));
        JWTClaimsSet before = claims(first.get("AccessToken").asText());
        JWTClaimsSet after = claims(refreshed.get("AccessToken").asText());
        assertEquals(before.getClaim("origin_jti"), after.getClaim("origin_jti"));
        assertEquals(before.getClaim("auth_time"), after.getClaim("auth_time"));
        assertEquals(Date.from(T0.plus(Duration.ofMinutes(30))), after.getIssueTime());
        assertRefused("NotAuthorizedException", "Invalid Refresh Token",
                () -> call("InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "',"
                        + " 'AuthParameters': {'REFRESH_TOKEN': 'nope'}}"));
    }

    @Test
    void getUserWithAnAccessToken() {
        String access = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult").get("AccessToken").asText();

        JsonNode user = call("GetUser", "{'AccessToken': '" + access + "'}");

        assertEquals("jane", user.get("Username").asText());
        assertEquals("jane@example.com", user.get("UserAttributes").get(1).get("Value").asText());
        clock.advance(Duration.ofHours(1));
        assertRefused("NotAuthorizedException", "Access Token has expired",
                () -> call("GetUser", "{'AccessToken': '" + access + "'}"));
        assertRefused("NotAuthorizedException", "Invalid Access Token",
                () -> call("GetUser", "{'AccessToken': 'not-a-jwt'}"));
    }

    @Test
    void getUserRefusesAnIdToken() {
        String id = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult").get("IdToken").asText();
        assertRefused("NotAuthorizedException", "Invalid Access Token",
                () -> call("GetUser", "{'AccessToken': '" + id + "'}"));
    }

    @Test
    void globalSignOutRevokesRefreshAndAccessTokens() {
        JsonNode result = signIn(client, "jane", "Passw0rd!").get("AuthenticationResult");
        String access = result.get("AccessToken").asText();

        assertEquals(json("{}"), call("GlobalSignOut", "{'AccessToken': '" + access + "'}"));

        assertRefused("NotAuthorizedException", "Access Token has been revoked",
                () -> call("GetUser", "{'AccessToken': '" + access + "'}"));
        assertRefused("NotAuthorizedException", "Refresh Token has been revoked",
                () -> call("InitiateAuth", "{'AuthFlow': 'REFRESH_TOKEN_AUTH', 'ClientId': '" + client + "',"
                        + " 'AuthParameters': {'REFRESH_TOKEN': '" + result.get("RefreshToken").asText() + "'}}"));
        assertTrue(signIn(client, "jane", "Passw0rd!").has("AuthenticationResult"));
    }

    @Test
    void jwksPublishesOnlyPublicKeys() {
        JsonNode keys = service.jwks(pool).get("keys");
        assertEquals(1, keys.size());
        JsonNode key = keys.get(0);
        assertEquals("RSA", key.get("kty").asText());
        assertEquals("RS256", key.get("alg").asText());
        assertEquals("sig", key.get("use").asText());
        assertFalse(key.has("d"));
        assertEquals(service.jwks(pool), service.jwks(pool));
    }
}
