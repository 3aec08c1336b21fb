package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.AuthOperations.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Event;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.State;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthSession;
import dev.stepwise.engine.userpool.model.MfaConfiguration;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserPoolTier;
import dev.stepwise.engine.userpool.model.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Choice-based sign-in, {@code AuthFlow=USER_AUTH}: the user names a first factor up front
 * ({@code PREFERRED_CHALLENGE}) or picks one from {@code AvailableChallenges} in answer to SELECT_CHALLENGE. PASSWORD
 * and PASSWORD_SRP go on like USER_PASSWORD_AUTH and USER_SRP_AUTH, MFA included; EMAIL_OTP and SMS_OTP send a
 * sign-in code to the outbox and end the sign-in when it is answered. As Cognito documents, passwordless factors and
 * MFA exclude each other: they are offered only when the pool does not require MFA and the user has no MFA method.
 * WEB_AUTHN (passkeys) is not supported and never offered.
 */
final class ChoiceSignIn {

    static final String SELECT_CHALLENGE = "SELECT_CHALLENGE";
    static final String PASSWORD = "PASSWORD";
    static final String PASSWORD_SRP = "PASSWORD_SRP";
    static final String EMAIL_OTP = "EMAIL_OTP";
    static final String SMS_OTP = "SMS_OTP";
    /** The values of PREFERRED_CHALLENGE and ANSWER that Cognito knows. */
    static final List<String> FACTORS = List.of(PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP, "WEB_AUTHN");

    private final Context ctx;
    private final AuthOperations auth;

    ChoiceSignIn(Context ctx, AuthOperations auth) {
        this.ctx = ctx;
        this.auth = auth;
    }

    /** InitiateAuth / AdminInitiateAuth with USER_AUTH. */
    ObjectNode initiate(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters) {
        String username = parameter(parameters, "USERNAME");
        UserOperations.checkSecretHash(client, username, Optional.ofNullable(parameters.get("SECRET_HASH"))
                .map(JsonNode::asText));
        if (pool.tier() == UserPoolTier.LITE) {
            throw new UserPoolException(UserPoolErrorCode.FEATURE_UNAVAILABLE_IN_TIER,
                    "The following features need to be disabled for the LITE pricing tier configured: USER_AUTH");
        }
        Optional<String> preferred = Optional.ofNullable(parameters.get("PREFERRED_CHALLENGE"))
                .map(JsonNode::asText);
        if (preferred.isPresent() && !FACTORS.contains(preferred.get())) {
            throw UserPoolException.invalidParameter("Invalid PREFERRED_CHALLENGE " + preferred.get()
                    + ": it must be one of " + FACTORS);
        }
        AuthFlowMachine machine = auth.machine(State.INITIATED);
        Optional<User> found = Context.findUser(tx, pool, username);
        if (found.isEmpty() && !client.preventUserExistenceErrors()) {
            machine.apply(Event.PASSWORD_REJECTED);
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND, "User does not exist.");
        }
        // With PreventUserExistenceErrors an unknown user is offered what a user with a password would be, and
        // every answer fails as a wrong password would.
        List<String> available = found.map(u -> available(tx, pool, u)).orElseGet(() -> passwordFactors(pool));
        if (preferred.isPresent() && available.contains(preferred.get())) {
            return start(tx, pool, client, found, parameters, machine, preferred.get());
        }
        machine.apply(Event.FIRST_FACTOR_SELECTION_CHALLENGED);
        ObjectNode state = Wire.object();
        state.set("choices", Wire.strings(available));
        state.put("unknown", found.isEmpty());
        String session = auth.newSession(tx, pool, client, found.map(User::username).orElse(username),
                SELECT_CHALLENGE, state.toString());
        ObjectNode response = AuthOperations.challengeResponse(SELECT_CHALLENGE, session, Map.of());
        response.set("AvailableChallenges", Wire.strings(available));
        return response;
    }

    /**
     * RespondToAuthChallenge with SELECT_CHALLENGE: {@code ANSWER} names the factor, with {@code PASSWORD} or
     * {@code SRP_A} for the password factors. A factor the user may not use leaves the session good for another
     * answer; any other answer spends it.
     */
    ObjectNode respond(UserPoolTransaction tx, String clientId, Optional<String> adminPool, String session,
            String username, JsonNode responses) {
        String answer = parameter(responses, "ANSWER");
        Optional<AuthSession> unknown = session.isEmpty() ? Optional.empty()
                : tx.findSession(AuthOperations.sha256(session))
                        .filter(s -> AuthOperations.readState(s).path("unknown").asBoolean(false));
        if (unknown.isPresent()) {
            return respondForUnknownUser(tx, clientId, adminPool, unknown.get(), username, responses, answer);
        }
        AuthOperations.Challenge c = auth.loadSession(tx, clientId, adminPool, session, SELECT_CHALLENGE, username,
                responses, State.SELECT_CHALLENGE);
        checkAnswer(c.session(), c.machine(), answer, responses);
        tx.markSessionUsed(c.session().sessionHash());
        return spending(() -> start(tx, c.pool(), c.client(), Optional.of(c.user()), responses, c.machine(), answer));
    }

    /** Runs a chosen factor; if it is refused, the spent session stays spent (the refusal keeps its writes). */
    private static ObjectNode spending(java.util.function.Supplier<ObjectNode> factor) {
        try {
            return factor.get();
        } catch (UserPoolException refusal) {
            throw AuthOperations.keep(refusal);
        }
    }

    /** The factor must be one the session offered, with the parameter it needs; the session stays good if not. */
    private static void checkAnswer(AuthSession session, AuthFlowMachine machine, String answer,
            JsonNode responses) {
        List<String> choices = new ArrayList<>();
        AuthOperations.readState(session).path("choices").forEach(n -> choices.add(n.asText()));
        if (!choices.contains(answer)) {
            machine.apply(Event.FIRST_FACTOR_REJECTED);
            throw AuthOperations.keep(UserPoolException.invalidParameter("The challenge " + answer
                    + " is not available for this user; AvailableChallenges were " + choices));
        }
        String needed = answer.equals(PASSWORD) ? "PASSWORD" : answer.equals(PASSWORD_SRP) ? "SRP_A" : null;
        if (needed != null && !responses.path(needed).isTextual()) {
            machine.apply(Event.FIRST_FACTOR_REJECTED);
            throw AuthOperations.keep(UserPoolException.invalidParameter("Missing required parameter " + needed));
        }
    }

    /**
     * The answer to a SELECT_CHALLENGE made for a user name that does not exist (PreventUserExistenceErrors): the
     * session is checked as any other, and the chosen factor fails the way it fails for a wrong password.
     */
    private ObjectNode respondForUnknownUser(UserPoolTransaction tx, String clientId, Optional<String> adminPool,
            AuthSession stored, String username, JsonNode responses, String answer) {
        adminPool.ifPresent(id -> Context.requirePool(tx, id));
        AppClient client = adminPool.isPresent() ? Context.requireClient(tx, adminPool.get(), clientId)
                : Context.requireClient(tx, clientId);
        UserOperations.checkSecretHash(client, username, Optional.ofNullable(responses.get("SECRET_HASH"))
                .map(JsonNode::asText));
        UserPool pool = Context.requirePool(tx, client.userPoolId());
        AuthFlowMachine machine = auth.machine(State.SELECT_CHALLENGE);
        String problem = null;
        if (!stored.clientId().equals(clientId) || !stored.challengeName().equals(SELECT_CHALLENGE)
                || !stored.username().equals(username)) {
            problem = "Invalid session for the user.";
        } else if (stored.used()) {
            problem = "Invalid session for the user, session can only be used once.";
        } else if (!ctx.now().isBefore(stored.expires())) {
            problem = "Invalid session for the user, session is expired.";
        }
        if (problem != null) {
            machine.apply(Event.SESSION_REJECTED);
            throw UserPoolException.notAuthorized(problem);
        }
        checkAnswer(stored, machine, answer, responses);
        tx.markSessionUsed(stored.sessionHash());
        return spending(() -> start(tx, pool, client, Optional.empty(), responses, machine, answer));
    }

    /** Goes on with the chosen factor; the flow is in INITIATED or SELECT_CHALLENGE. */
    private ObjectNode start(UserPoolTransaction tx, UserPool pool, AppClient client, Optional<User> found,
            JsonNode parameters, AuthFlowMachine machine, String factor) {
        switch (factor) {
            case PASSWORD:
                return auth.password(tx, pool, client, parameters, machine);
            case PASSWORD_SRP:
                return auth.srpChallenge(tx, pool, client, parameters, machine);
            default: // only offered to users that exist
                User user = found.orElseThrow();
                if (!user.enabled()) {
                    machine.apply(Event.USER_DISABLED);
                    throw UserPoolException.notAuthorized("User is disabled.");
                }
                auth.checkLockout(tx, pool, user, machine);
                return auth.mfaChallenge(tx, pool, client, user, machine, factor);
        }
    }

    /**
     * The first factors this user can use, in Cognito's order: the password factors when the pool allows PASSWORD
     * and the user has one, and a code by e-mail or SMS to a verified address when the pool allows it, the user is
     * confirmed, and MFA does not apply to them.
     */
    List<String> available(UserPoolTransaction tx, UserPool pool, User user) {
        List<String> factors = user.passwordHash().isPresent() ? passwordFactors(pool) : new ArrayList<>();
        List<String> allowed = pool.allowedFirstAuthFactors();
        boolean mfaApplies = pool.mfaConfiguration() == MfaConfiguration.ON
                || (pool.mfaConfiguration() == MfaConfiguration.OPTIONAL && !AuthOperations.usableMethods(
                        AuthOperations.mfaConfig(tx, pool), user, tx.userMfa(pool.id(), user.username())).isEmpty());
        if (!mfaApplies && user.status() == UserStatus.CONFIRMED) {
            if (allowed.contains(EMAIL_OTP) && verified(user, "email")) {
                factors.add(EMAIL_OTP);
            }
            if (allowed.contains(SMS_OTP) && verified(user, "phone_number")) {
                factors.add(SMS_OTP);
            }
        }
        return factors;
    }

    /** PASSWORD and PASSWORD_SRP when the pool allows PASSWORD as a first factor. */
    private static List<String> passwordFactors(UserPool pool) {
        List<String> factors = new ArrayList<>();
        if (pool.allowedFirstAuthFactors().contains(PASSWORD)) {
            factors.add(PASSWORD);
            factors.add(PASSWORD_SRP);
        }
        return factors;
    }

    private static boolean verified(User user, String attribute) {
        return user.attribute(attribute).isPresent()
                && user.attribute(attribute + "_verified").map("true"::equals).orElse(false);
    }
}
