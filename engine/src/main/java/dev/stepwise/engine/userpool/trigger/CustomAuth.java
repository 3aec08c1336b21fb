package dev.stepwise.engine.userpool.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.StoreException;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Event;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthSession;
import dev.stepwise.engine.userpool.model.LambdaConfig;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * The CUSTOM_AUTH flow: define auth challenge decides, create auth challenge makes each CUSTOM_CHALLENGE, verify auth
 * challenge response judges each answer. A session between challenges keeps the challenge history (define's
 * {@code session} array) and the private challenge parameters, stored beside the {@link AuthSession}.
 */
public final class CustomAuth {

    public static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final TriggerRunner runner;

    CustomAuth(TriggerRunner runner) {
        this.runner = runner;
    }

    /** The user a sign-in names, or empty: the pool's own lookup (user name, e-mail, aliases). */
    public interface UserLookup extends Function<String, Optional<User>> {
    }

    /**
     * InitiateAuth with AuthFlow CUSTOM_AUTH: asks define auth challenge what comes first.
     *
     * @param issueTokens the caller's token issue (post authentication, pre token generation, tokens)
     */
    public ObjectNode initiate(UserPoolTransaction tx, UserPool pool, AppClient client, String username,
            UserLookup users, AuthFlowMachine machine, Function<User, ObjectNode> issueTokens) {
        if (pool.lambdaConfig().function(LambdaConfig.DEFINE_AUTH_CHALLENGE).isEmpty()) {
            throw UserPoolException.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
        }
        Optional<User> user = users.apply(username);
        if (user.isEmpty() && !client.preventUserExistenceErrors()) {
            machine.apply(Event.PASSWORD_REJECTED);
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND, "User does not exist.");
        }
        if (user.isPresent() && !user.get().enabled()) {
            machine.apply(Event.USER_DISABLED);
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        if (user.isPresent() && user.get().status() == UserStatus.UNCONFIRMED) {
            machine.apply(Event.USER_NOT_CONFIRMED);
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_CONFIRMED, "User is not confirmed.");
        }
        runner.preAuthentication(pool, username, user, () -> machine.apply(Event.LAMBDA_REJECTED));
        ObjectNode state = TriggerRunner.JSON.createObjectNode();
        state.put("username", user.map(User::username).orElse(username));
        state.put("userNotFound", user.isEmpty());
        state.putArray("session");
        return next(tx, pool, client, user, state, machine, issueTokens);
    }

    /** RespondToAuthChallenge with ChallengeName CUSTOM_CHALLENGE: verifies the answer and asks define again. */
    public ObjectNode respond(UserPoolTransaction tx, UserPool pool, AppClient client, String session,
            String username, String answer, UserLookup users, AuthFlowMachine machine,
            Function<User, ObjectNode> issueTokens) {
        String hash = session.isEmpty() ? "" : sha256(session);
        Optional<AuthSession> stored = session.isEmpty() ? Optional.empty() : tx.findSession(hash);
        Optional<String> stateText = stored.isEmpty() ? Optional.empty() : tx.customAuthState(hash);
        ObjectNode state = stateText.map(CustomAuth::parse).orElse(null);
        Optional<User> user = users.apply(username);
        String problem = null;
        if (stored.isEmpty() || state == null || !stored.get().clientId().equals(client.clientId())
                || !stored.get().challengeName().equals(CUSTOM_CHALLENGE)
                || !state.path("username").asText().equals(user.map(User::username).orElse(username))) {
            problem = "Invalid session for the user.";
        } else if (stored.get().used()) {
            problem = "Invalid session for the user, session can only be used once.";
        } else if (!runner.now().isBefore(stored.get().expires())) {
            problem = "Invalid session for the user, session is expired.";
        }
        if (problem != null) {
            machine.apply(Event.SESSION_REJECTED);
            throw UserPoolException.notAuthorized(problem);
        }
        if (user.isPresent() && !user.get().enabled()) {
            machine.apply(Event.USER_DISABLED);
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        tx.markSessionUsed(hash);
        ObjectNode request = TriggerRunner.JSON.createObjectNode();
        request.set("userAttributes", attributes(user));
        request.set("privateChallengeParameters", state.path("privateChallengeParameters").deepCopy());
        request.put("challengeAnswer", answer);
        runner.putClientMetadata(request);
        request.put("userNotFound", state.path("userNotFound").asBoolean());
        ObjectNode response = TriggerRunner.JSON.createObjectNode();
        response.putNull("answerCorrect");
        JsonNode verdict = lambda(machine, () -> runner.invoke(pool, LambdaConfig.VERIFY_AUTH_CHALLENGE_RESPONSE,
                "VerifyAuthChallengeResponse_Authentication", state.path("username").asText(), "1", request,
                response)).orElseGet(TriggerRunner.JSON::createObjectNode);
        ObjectNode result = ((ArrayNode) state.withArray("session")).addObject();
        result.put("challengeName", CUSTOM_CHALLENGE);
        result.put("challengeResult", verdict.path("answerCorrect").asBoolean(false));
        result.set("challengeMetadata", state.path("challengeMetadata").isTextual()
                ? state.get("challengeMetadata") : TriggerRunner.JSON.nullNode());
        state.remove("privateChallengeParameters");
        state.remove("challengeMetadata");
        return next(tx, pool, client, user, state, machine, issueTokens);
    }

    /** Asks define auth challenge, then issues tokens, fails, or creates the next challenge. */
    private ObjectNode next(UserPoolTransaction tx, UserPool pool, AppClient client, Optional<User> user,
            ObjectNode state, AuthFlowMachine machine, Function<User, ObjectNode> issueTokens) {
        String username = state.path("username").asText();
        boolean userNotFound = state.path("userNotFound").asBoolean();
        ObjectNode request = TriggerRunner.JSON.createObjectNode();
        request.set("userAttributes", attributes(user));
        request.set("session", state.path("session").deepCopy());
        runner.putClientMetadata(request);
        request.put("userNotFound", userNotFound);
        ObjectNode response = TriggerRunner.JSON.createObjectNode();
        response.putNull("challengeName");
        response.putNull("issueTokens");
        response.putNull("failAuthentication");
        Optional<JsonNode> decision = lambda(machine, () -> runner.invoke(pool, LambdaConfig.DEFINE_AUTH_CHALLENGE,
                "DefineAuthChallenge_Authentication", username, "1", request, response));
        if (decision.isEmpty()) {
            machine.apply(Event.LAMBDA_REJECTED);
            throw UserPoolException.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
        }
        JsonNode d = decision.get();
        if (d.path("failAuthentication").asBoolean(false)) {
            machine.apply(Event.CHALLENGES_FAILED);
            throw UserPoolException.notAuthorized("Incorrect username or password.");
        }
        if (d.path("issueTokens").asBoolean(false)) {
            if (user.isEmpty()) {
                machine.apply(Event.CHALLENGES_FAILED);
                throw UserPoolException.notAuthorized("Incorrect username or password.");
            }
            machine.apply(Event.CHALLENGES_PASSED);
            return issueTokens.apply(user.get());
        }
        String challenge = d.path("challengeName").asText("");
        if (!challenge.equals(CUSTOM_CHALLENGE)) {
            machine.apply(Event.LAMBDA_REJECTED);
            if (challenge.isEmpty()) {
                throw new UserPoolException(TriggerRunner.INVALID_LAMBDA_RESPONSE, "Unrecognizable lambda output");
            }
            throw UserPoolException.invalidParameter("Challenge " + challenge
                    + " in a CUSTOM_AUTH flow is not supported by Stepwise yet");
        }
        ObjectNode createRequest = TriggerRunner.JSON.createObjectNode();
        createRequest.set("userAttributes", attributes(user));
        createRequest.put("challengeName", challenge);
        createRequest.set("session", state.path("session").deepCopy());
        runner.putClientMetadata(createRequest);
        createRequest.put("userNotFound", userNotFound);
        ObjectNode createResponse = TriggerRunner.JSON.createObjectNode();
        createResponse.putNull("publicChallengeParameters");
        createResponse.putNull("privateChallengeParameters");
        createResponse.putNull("challengeMetadata");
        JsonNode created = lambda(machine, () -> runner.invoke(pool, LambdaConfig.CREATE_AUTH_CHALLENGE,
                "CreateAuthChallenge_Authentication", username, "1", createRequest, createResponse))
                .orElseGet(TriggerRunner.JSON::createObjectNode);
        machine.apply(Event.CUSTOM_CHALLENGE_ISSUED);
        state.set("privateChallengeParameters", created.path("privateChallengeParameters").isObject()
                ? created.get("privateChallengeParameters") : TriggerRunner.JSON.createObjectNode());
        if (created.path("challengeMetadata").isTextual()) {
            state.set("challengeMetadata", created.get("challengeMetadata"));
        }
        String session = randomString(64) + "." + randomString(64);
        tx.insertSession(new AuthSession(sha256(session), pool.id(), client.clientId(), username, CUSTOM_CHALLENGE,
                runner.now().plusSeconds(60L * client.authSessionValidityMinutes()), false));
        tx.putCustomAuthState(sha256(session), state.toString());
        ObjectNode answer = TriggerRunner.JSON.createObjectNode();
        answer.put("ChallengeName", CUSTOM_CHALLENGE);
        answer.put("Session", session);
        ObjectNode parameters = answer.putObject("ChallengeParameters");
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) () -> created.path("publicChallengeParameters")
                .fields()) {
            parameters.put(e.getKey(), e.getValue().asText());
        }
        parameters.put("USERNAME", username);
        return answer;
    }

    /** Runs a challenge trigger; when it fails, the flow fails too (LAMBDA_REJECTED) before the error is thrown. */
    private static Optional<JsonNode> lambda(AuthFlowMachine machine,
            java.util.function.Supplier<Optional<JsonNode>> call) {
        try {
            return call.get();
        } catch (UserPoolException e) {
            machine.apply(Event.LAMBDA_REJECTED);
            throw e;
        }
    }

    private static ObjectNode attributes(Optional<User> user) {
        return user.map(TriggerRunner::userAttributes).orElseGet(TriggerRunner.JSON::createObjectNode);
    }

    private String randomString(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(runner.random().nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private static ObjectNode parse(String text) {
        try {
            return (ObjectNode) TriggerRunner.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt CUSTOM_AUTH session state: " + e.getMessage(), e);
        }
    }

    static String sha256(String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
