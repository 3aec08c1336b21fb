package dev.stepwise.engine.userpool.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.userpool.OAuthBackend;
import dev.stepwise.engine.userpool.SignInStep;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthorizationCode;
import dev.stepwise.engine.userpool.model.HostedSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The browser side: {@code /oauth2/authorize}, the hosted login page ({@code /login}) and {@code /logout}. A sign-in
 * in progress lives in a LOGIN session keyed by a hidden form field; a browser that has signed in holds the
 * {@value #COOKIE} cookie, so a later authorize request gets a code without the form until it signs out.
 */
final class HostedLogin {

    static final String COOKIE = "cognito";
    /** How long an authorization code may wait for the token endpoint (Cognito: five minutes). */
    static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
    /** How long a browser stays signed in on the hosted page (Cognito: one hour). */
    static final Duration SIGNED_IN_VALIDITY = Duration.ofHours(1);
    /** How long a half-finished sign-in on the page is remembered. */
    static final Duration LOGIN_VALIDITY = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OAuthBackend backend;

    HostedLogin(OAuthBackend backend) {
        this.backend = backend;
    }

    private Optional<AppClient> client(String clientId) {
        return backend.store().read(q -> q.findClient(clientId));
    }

    // ---------------------------------------------------------------- /oauth2/authorize

    OAuthResponse authorize(OAuthRequest request) {
        AuthorizeRequest authorize;
        try {
            authorize = AuthorizeRequest.check(request, this::client);
        } catch (AuthorizeRequest.Refusal refusal) {
            return refusal.response();
        }
        AppClient client = client(authorize.clientId()).orElseThrow();
        Optional<HostedSession> signedIn = signedInSession(request)
                .filter(s -> s.userPoolId().equals(client.userPoolId()));
        if (signedIn.isPresent()) {
            return codeRedirect(authorize, client, signedIn.get().username(), signedIn.get().created());
        }
        return OAuthResponse.redirect("/login?" + authorize.query());
    }

    // ---------------------------------------------------------------- /login

    /** GET shows the sign-in form for an authorize request; POST takes one step of the sign-in. */
    OAuthResponse login(OAuthRequest request) {
        if (request.method().equalsIgnoreCase("POST")) {
            return loginStep(request);
        }
        AuthorizeRequest authorize;
        try {
            authorize = AuthorizeRequest.check(request, this::client);
        } catch (AuthorizeRequest.Refusal refusal) {
            return refusal.response();
        }
        AppClient client = client(authorize.clientId()).orElseThrow();
        String key = backend.opaqueValue();
        ObjectNode state = JSON.createObjectNode();
        state.set("authorize", authorize.toJson());
        Instant now = backend.now();
        backend.store().write(tx -> {
            tx.purgeExpiredOAuthRows(now); // each new sign-in sweeps up the abandoned ones
            tx.putHostedSession(new HostedSession(OAuthBackend.hash(key), HostedSession.Kind.LOGIN,
                    client.userPoolId(), client.clientId(), null, state.toString(), now, now.plus(LOGIN_VALIDITY)));
            return null;
        });
        return OAuthResponse.html(200, HostedLoginPage.signIn(key, "", null));
    }

    private OAuthResponse loginStep(OAuthRequest request) {
        String key = request.formParameter(HostedLoginPage.LOGIN_FIELD).orElse("");
        Optional<HostedSession> found = key.isEmpty() ? Optional.empty()
                : backend.store().read(q -> q.findHostedSession(OAuthBackend.hash(key)))
                        .filter(s -> s.kind() == HostedSession.Kind.LOGIN)
                        .filter(s -> backend.now().isBefore(s.expires()));
        if (found.isEmpty()) {
            return OAuthResponse.html(400, HostedLoginPage.error("invalid_request",
                    "This sign-in page has expired. Go back to the application and sign in again."));
        }
        HostedSession session = found.get();
        JsonNode state = read(session.state());
        AuthorizeRequest authorize = AuthorizeRequest.fromJson(state.get("authorize"));
        JsonNode pending = state.get("challenge");
        if (pending == null) {
            String username = request.formParameter(HostedLoginPage.USERNAME_FIELD).orElse("").trim();
            String password = request.formParameter(HostedLoginPage.PASSWORD_FIELD).orElse("");
            if (username.isEmpty() || password.isEmpty()) {
                return OAuthResponse.html(200, HostedLoginPage.signIn(key, username,
                        "Please enter your username and password."));
            }
            try {
                return next(key, session, authorize, backend.signIn(session.clientId(), username, password));
            } catch (UserPoolException e) {
                return OAuthResponse.html(200, HostedLoginPage.signIn(key, username, e.getMessage()));
            }
        }
        String challenge = pending.get("name").asText();
        String username = pending.get("username").asText();
        Map<String, String> answers = new LinkedHashMap<>();
        if (challenge.equals("MFA_SETUP")) {
            String code = request.formParameter(HostedLoginPage.CODE_FIELD).orElse("").trim();
            try {
                return next(key, session, authorize, backend.completeSoftwareTokenSetup(session.clientId(),
                        pending.get("session").asText(), username, code));
            } catch (UserPoolException e) {
                return challengePage(key, pending, e.getMessage());
            }
        }
        if (challenge.equals("NEW_PASSWORD_REQUIRED")) {
            answers.put("NEW_PASSWORD", request.formParameter(HostedLoginPage.NEW_PASSWORD_FIELD).orElse(""));
        } else if (challenge.equals("SELECT_MFA_TYPE")) {
            answers.put("ANSWER", request.formParameter(HostedLoginPage.MFA_TYPE_FIELD).orElse(""));
        } else {
            answers.put(challenge + "_CODE", request.formParameter(HostedLoginPage.CODE_FIELD).orElse("").trim());
        }
        try {
            return next(key, session, authorize, backend.respond(session.clientId(), challenge,
                    pending.get("session").asText(), username, answers));
        } catch (UserPoolException e) {
            if (e.getMessage().startsWith("Invalid session for the user")) {
                // The engine's challenge session is spent or expired: the user starts over with the password.
                ObjectNode restart = JSON.createObjectNode();
                restart.set("authorize", state.get("authorize"));
                saveLogin(session, restart);
                return OAuthResponse.html(200, HostedLoginPage.signIn(key, username,
                        "Your sign-in session has expired. Please sign in again."));
            }
            return challengePage(key, pending, e.getMessage());
        }
    }

    /** After a step: the next challenge's form, or the redirect with a code (and the signed-in cookie). */
    private OAuthResponse next(String key, HostedSession session, AuthorizeRequest authorize, SignInStep step) {
        if (!step.signedIn()) {
            ObjectNode state = JSON.createObjectNode();
            state.set("authorize", authorize.toJson());
            ObjectNode challenge = state.putObject("challenge");
            challenge.put("name", step.challengeName()).put("session", step.session())
                    .put("username", step.username())
                    .put("destination", step.parameters().getOrDefault("CODE_DELIVERY_DESTINATION", ""))
                    .put("choices", step.parameters().getOrDefault("MFAS_CAN_CHOOSE", "[]"));
            if (canSetUpAuthenticator(step)) {
                // The page shows the new secret at once; its session goes on with the setup.
                OAuthBackend.SoftwareTokenSetup setup = backend.associateSoftwareToken(step.session());
                challenge.put("session", setup.session()).put("secret", setup.secretCode())
                        .put("pool", client(session.clientId()).map(AppClient::userPoolId).orElse(""));
            }
            saveLogin(session, state);
            return challengePage(key, challenge, null);
        }
        AppClient client = client(session.clientId()).orElseThrow();
        String cookie = backend.opaqueValue();
        Instant now = backend.now();
        backend.store().write(tx -> {
            tx.deleteHostedSession(session.sessionHash());
            tx.putHostedSession(new HostedSession(OAuthBackend.hash(cookie), HostedSession.Kind.SIGNED_IN,
                    client.userPoolId(), client.clientId(), step.username(), "{}", step.authTime(),
                    now.plus(SIGNED_IN_VALIDITY)));
            return null;
        });
        return codeRedirect(authorize, client, step.username(), step.authTime())
                .with("Set-Cookie", COOKIE + "=" + cookie + "; Path=/; Max-Age=" + SIGNED_IN_VALIDITY.getSeconds()
                        + "; HttpOnly; SameSite=Lax");
    }

    private static OAuthResponse challengePage(String key, JsonNode challenge, String error) {
        String name = challenge.get("name").asText();
        return switch (name) {
            case "NEW_PASSWORD_REQUIRED" -> OAuthResponse.html(200, HostedLoginPage.newPassword(key, error));
            case "SELECT_MFA_TYPE" -> OAuthResponse.html(200, HostedLoginPage.selectMfaType(key,
                    choices(challenge.path("choices").asText("[]")), error));
            case "MFA_SETUP" -> challenge.has("secret")
                    ? OAuthResponse.html(200, HostedLoginPage.authenticatorSetup(key, challenge.get("secret").asText(),
                            challenge.get("username").asText(), challenge.path("pool").asText(), error))
                    : OAuthResponse.html(400, HostedLoginPage.error("unsupported_challenge", "The sign-in needs an "
                            + "MFA method set up that the hosted page does not offer; use the user-pools API."));
            case "SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA" -> OAuthResponse.html(200,
                    HostedLoginPage.mfaCode(key, name, challenge.path("destination").asText(), error));
            default -> OAuthResponse.html(400, HostedLoginPage.error("unsupported_challenge", "The sign-in needs "
                    + name + ", which the hosted page does not offer yet; use the user-pools API."));
        };
    }

    /** MFA_SETUP that an authenticator app can satisfy (Cognito lists what may be set up in MFAS_CAN_SETUP). */
    private static boolean canSetUpAuthenticator(SignInStep step) {
        return step.challengeName().equals("MFA_SETUP")
                && step.parameters().getOrDefault("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]")
                        .contains("SOFTWARE_TOKEN_MFA");
    }

    private void saveLogin(HostedSession session, ObjectNode state) {
        backend.store().write(tx -> {
            tx.putHostedSession(new HostedSession(session.sessionHash(), session.kind(), session.userPoolId(),
                    session.clientId(), session.username(), state.toString(), session.created(),
                    session.expires()));
            return null;
        });
    }

    /** Makes a code bound to this request and sends the browser back to the application with it. */
    private OAuthResponse codeRedirect(AuthorizeRequest authorize, AppClient client, String username,
            Instant authTime) {
        String code = backend.opaqueValue();
        Instant now = backend.now();
        backend.store().write(tx -> {
            tx.insertAuthorizationCode(new AuthorizationCode(OAuthBackend.hash(code), client.userPoolId(),
                    client.clientId(), username, authorize.redirectUri(), authorize.scopes(), authorize.nonce(),
                    authorize.codeChallenge(), authorize.codeChallengeMethod(), authTime, now.plus(CODE_VALIDITY),
                    false));
            return null;
        });
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        if (authorize.state() != null) {
            parameters.put("state", authorize.state());
        }
        return OAuthResponse.redirect(AuthorizeRequest.withParameters(authorize.redirectUri(), parameters));
    }

    private Optional<HostedSession> signedInSession(OAuthRequest request) {
        return request.cookie(COOKIE).flatMap(c -> backend.store().read(q -> q.findHostedSession(
                OAuthBackend.hash(c))))
                .filter(s -> s.kind() == HostedSession.Kind.SIGNED_IN)
                .filter(s -> backend.now().isBefore(s.expires()));
    }

    // ---------------------------------------------------------------- /logout

    /**
     * Signs the browser out of the hosted page and sends it to {@code logout_uri} (one of the client's sign-out
     * URLs), or, given {@code redirect_uri} and {@code response_type} instead, back to the sign-in form.
     */
    OAuthResponse logout(OAuthRequest request) {
        Optional<String> clientId = request.parameter("client_id");
        if (clientId.isEmpty()) {
            return OAuthResponse.html(400, HostedLoginPage.error("invalid_request", "client_id is required"));
        }
        Optional<AppClient> client = client(clientId.get());
        if (client.isEmpty()) {
            return OAuthResponse.html(400, HostedLoginPage.error("invalid_request", "Client " + clientId.get()
                    + " does not exist"));
        }
        String target;
        Optional<String> logoutUri = request.parameter("logout_uri");
        if (logoutUri.isPresent()) {
            if (!client.get().oauth().logoutUrls().contains(logoutUri.get())) {
                return OAuthResponse.html(400, HostedLoginPage.error("redirect_mismatch", "logout_uri "
                        + logoutUri.get() + " is not one of the client's sign-out URLs"));
            }
            target = logoutUri.get();
        } else if (request.parameter("redirect_uri").isPresent()) {
            try {
                target = "/login?" + AuthorizeRequest.check(request, this::client).query();
            } catch (AuthorizeRequest.Refusal refusal) {
                return refusal.response();
            }
        } else {
            return OAuthResponse.html(400, HostedLoginPage.error("invalid_request",
                    "logout_uri, or redirect_uri with response_type, is required"));
        }
        request.cookie(COOKIE).ifPresent(c -> backend.store().write(tx -> {
            tx.deleteHostedSession(OAuthBackend.hash(c));
            return null;
        }));
        return OAuthResponse.redirect(target)
                .with("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    private static java.util.List<String> choices(String json) {
        java.util.List<String> result = new java.util.ArrayList<>();
        read(json).forEach(n -> result.add(n.asText()));
        return result;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt hosted login session state", e);
        }
    }
}
