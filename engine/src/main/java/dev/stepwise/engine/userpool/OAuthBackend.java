package dev.stepwise.engine.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthorizationCode;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OAuth 2.0 endpoints ({@code dev.stepwise.engine.userpool.oauth}) need of the user-pool engine: the same
 * sign-in flows as InitiateAuth (password check, lockout, disabled users, MFA, NEW_PASSWORD_REQUIRED) ending in a
 * signed-in user instead of tokens, and token issuance for codes, refreshes and client credentials. Refusals are
 * {@link UserPoolException}s as from {@link UserPoolService#call}.
 */
public final class OAuthBackend {

    /** The engine's access-token check, passed: the pool, the user and the token's claims. */
    public record AuthorizedUser(UserPool pool, User user, JWTClaimsSet claims) {
    }

    /** An authenticator secret handed out during MFA_SETUP, and the session that goes on with the setup. */
    public record SoftwareTokenSetup(String secretCode, String session) {
    }

    private final Context ctx;
    private final AuthOperations auth;
    private final MfaOperations mfa;

    OAuthBackend(Context ctx, AuthOperations auth, MfaOperations mfa) {
        this.ctx = ctx;
        this.auth = auth;
        this.mfa = mfa;
    }

    public UserPoolStore store() {
        return ctx.store;
    }

    public Instant now() {
        return ctx.now();
    }

    public String issuer(String userPoolId) {
        return ctx.issuer(userPoolId);
    }

    /** An unguessable value (256 random bits, Base64url) for codes, cookies and form keys. */
    public String opaqueValue() {
        byte[] bytes = new byte[32];
        ctx.random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How opaque values are stored: their SHA-256, Base64url. */
    public static String hash(String value) {
        return AuthOperations.sha256(value);
    }

    /** The password step of the hosted login page. */
    public SignInStep signIn(String clientId, String username, String password) {
        return step(auth.hostedPassword(clientId, username, password), username);
    }

    /** Answers a challenge of the hosted login page ({@code answers} as RespondToAuthChallenge's responses). */
    public SignInStep respond(String clientId, String challengeName, String session, String username,
            Map<String, String> answers) {
        ObjectNode request = Wire.object().put("ClientId", clientId).put("ChallengeName", challengeName)
                .put("Session", session);
        ObjectNode responses = request.putObject("ChallengeResponses").put("USERNAME", username);
        answers.forEach(responses::put);
        return step(auth.respondToAuthChallenge(request, false, true), username);
    }

    /** MFA_SETUP on the hosted page: a new authenticator secret for the signing-in user (AssociateSoftwareToken). */
    public SoftwareTokenSetup associateSoftwareToken(String session) {
        ObjectNode response = mfa.associateSoftwareToken(Wire.object().put("Session", session));
        return new SoftwareTokenSetup(response.get("SecretCode").asText(), response.get("Session").asText());
    }

    /**
     * Checks the first code of the new authenticator (VerifySoftwareToken) and answers MFA_SETUP with the session that
     * returns, which finishes the sign-in or leads to its next challenge.
     */
    public SignInStep completeSoftwareTokenSetup(String clientId, String session, String username, String code) {
        ObjectNode verified = mfa.verifySoftwareToken(Wire.object().put("Session", session).put("UserCode", code));
        return respond(clientId, "MFA_SETUP", verified.get("Session").asText(), username, Map.of());
    }

    private static SignInStep step(ObjectNode response, String username) {
        JsonNode signedIn = response.get(AuthOperations.SIGNED_IN);
        if (signedIn != null) {
            return new SignInStep(null, null, Map.of(), signedIn.get("Username").asText(),
                    Instant.ofEpochMilli(signedIn.get("AuthTime").asLong()));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        response.path("ChallengeParameters").fields().forEachRemaining(e -> parameters.put(e.getKey(),
                e.getValue().asText()));
        String user = parameters.getOrDefault("USER_ID_FOR_SRP", username);
        return new SignInStep(response.get("ChallengeName").asText(), response.get("Session").asText(), parameters,
                user, null);
    }

    /**
     * Tokens for a redeemed authorization code ({@code AuthenticationResult}'s shape; {@code IdToken} only with
     * the openid scope). The user must still exist and be enabled.
     */
    public ObjectNode tokensForCode(AuthorizationCode code) {
        return auth.writeKeepingRefusals(tx -> {
            AppClient client = Context.requireClient(tx, code.clientId());
            UserPool pool = Context.requirePool(tx, code.userPoolId());
            User user = tx.findUser(pool.id(), code.username(), true).filter(User::enabled)
                    .orElseThrow(() -> UserPoolException.notAuthorized("User is disabled or no longer exists."));
            return (ObjectNode) auth.oauthTokens(tx, pool, client, user, code.authTime(), code.scopes(),
                    code.nonce()).get("AuthenticationResult");
        });
    }

    /** The refresh_token grant for an authenticated client ({@code AuthenticationResult}'s shape). */
    public ObjectNode refresh(String clientId, String refreshToken) {
        return (ObjectNode) auth.writeKeepingRefusals(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            return auth.oauthRefresh(tx, Context.requirePool(tx, client.userPoolId()), client, refreshToken);
        }).get("AuthenticationResult");
    }

    /** The client_credentials grant for an authenticated client: {@code AccessToken}, {@code ExpiresIn}. */
    public ObjectNode clientCredentials(String clientId, List<String> scopes) {
        return ctx.store.write(tx -> auth.clientCredentials(tx, Context.requireClient(tx, clientId), scopes));
    }

    /** Checks an access token as GetUser does (signature, expiry, revocation, user enabled). */
    public AuthorizedUser authorize(String accessToken) {
        return ctx.store.read(q -> {
            AuthOperations.Bearer bearer = auth.bearer(q, accessToken);
            return new AuthorizedUser(bearer.pool(), bearer.user(), bearer.claims());
        });
    }

    /** RevokeToken for a refresh token of an authenticated client. */
    public void revoke(String clientId, String clientSecret, String token) {
        ObjectNode request = Wire.object().put("ClientId", clientId).put("Token", token);
        if (clientSecret != null) {
            request.put("ClientSecret", clientSecret);
        }
        auth.revokeToken(request);
    }

}
