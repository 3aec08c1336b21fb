package dev.stepwise.engine.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.LambdaConfig;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserStatus;
import dev.stepwise.engine.userpool.trigger.TriggerInvocation.Outcome;
import dev.stepwise.engine.userpool.trigger.TriggerTarget.TriggerFailure;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Calls a pool's Lambda triggers the way Cognito does: builds each event, runs the bound {@link TriggerTarget},
 * reads the response and turns failures into Cognito's errors. Every call is recorded as a {@link TriggerInvocation};
 * the records of one service call are written in their own transaction when the call ends ({@link #end()}), so that
 * an invocation that made the operation fail is kept although the operation's own transaction rolls back.
 *
 * <p>The user-pool operations call it from inside their store transaction; {@link #begin} tells it which operation
 * runs and with which request (for {@code ClientId}, {@code ClientMetadata}, {@code ValidationData} and the trigger
 * sources).
 */
public final class TriggerRunner {

    public static final UserPoolErrorCode USER_LAMBDA_VALIDATION = UserPoolErrorCode.of("UserLambdaValidationException");
    public static final UserPoolErrorCode INVALID_LAMBDA_RESPONSE =
            UserPoolErrorCode.of("InvalidLambdaResponseException");
    public static final UserPoolErrorCode UNEXPECTED_LAMBDA = UserPoolErrorCode.of("UnexpectedLambdaException");
    /** The {@code callerContext.clientId} of administrator operations that name no app client. */
    public static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";
    static final String SDK_VERSION = "aws-sdk-unknown-unknown";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Claims a pre token generation response may not add, change or suppress. */
    private static final Set<String> PROTECTED_CLAIMS = Set.of("acr", "amr", "at_hash", "aud", "auth_time", "azp",
            "client_id", "cognito:username", "event_id", "exp", "iat", "identities", "iss", "jti", "nbf", "nonce",
            "origin_jti", "scope", "sub", "token_use", "username");

    private final Triggers triggers;
    private final UserPoolStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final PasswordHasher hasher;
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();
    private final CustomAuth customAuth;

    private static final class Scope {
        final String operation;
        final JsonNode request;
        final List<TriggerInvocation> recorded = new ArrayList<>();
        int depth = 1;

        Scope(String operation, JsonNode request) {
            this.operation = operation;
            this.request = request;
        }
    }

    public TriggerRunner(Triggers triggers, UserPoolStore store, Clock clock, SecureRandom random,
            PasswordHasher hasher) {
        this.triggers = Objects.requireNonNull(triggers, "triggers");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.customAuth = new CustomAuth(this);
    }

    // ---------------------------------------------------------------- call scope and records

    /** Starts a service call: the operation's AWS name and its request. */
    public void begin(String operation, JsonNode request) {
        Scope current = scope.get();
        if (current != null) {
            current.depth++;
        } else {
            scope.set(new Scope(operation, request));
        }
    }

    /** Ends the call begun last and writes its recorded invocations. */
    public void end() {
        Scope current = scope.get();
        if (current == null || --current.depth > 0) {
            return;
        }
        scope.remove();
        if (!current.recorded.isEmpty()) {
            store.write(tx -> {
                current.recorded.forEach(tx::appendTriggerInvocation);
                return null;
            });
        }
    }

    /** The pool's recorded invocations, oldest first. */
    public List<TriggerInvocation> invocations(String userPoolId) {
        return store.read(q -> q.triggerInvocations(userPoolId));
    }

    public CustomAuth customAuth() {
        return customAuth;
    }

    String operation() {
        Scope s = scope.get();
        return s == null ? "" : s.operation;
    }

    JsonNode requestMember(String member) {
        Scope s = scope.get();
        return s == null ? JSON.missingNode() : s.request.path(member);
    }

    String clientId() {
        JsonNode id = requestMember("ClientId");
        return id.isTextual() ? id.asText() : NO_CLIENT;
    }

    /** Puts the request's {@code ClientMetadata} into an event request, when the caller sent some. */
    void putClientMetadata(ObjectNode request) {
        JsonNode metadata = requestMember("ClientMetadata");
        if (metadata.isObject()) {
            request.set("clientMetadata", metadata.deepCopy());
        }
    }

    /** The request's {@code ValidationData} ({@code [{Name, Value}]}) as a map, or null when it sent none. */
    JsonNode validationData() {
        JsonNode list = requestMember("ValidationData");
        if (!list.isArray()) {
            return JSON.nullNode();
        }
        ObjectNode map = JSON.createObjectNode();
        for (JsonNode item : list) {
            map.put(item.path("Name").asText(), item.path("Value").asText());
        }
        return map;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    SecureRandom random() {
        return random;
    }

    private void record(TriggerInvocation invocation) {
        Scope s = scope.get();
        if (s != null) {
            s.recorded.add(invocation);
        }
    }

    // ---------------------------------------------------------------- invoking

    /**
     * Runs a trigger and returns the {@code response} object of its answer; empty when the pool has no such trigger
     * or its ARN is not bound locally.
     *
     * @throws UserPoolException as Cognito reports a failed trigger
     */
    Optional<JsonNode> invoke(UserPool pool, String trigger, String source, String userName, String version,
            ObjectNode request, ObjectNode response) {
        Optional<String> arn = pool.lambdaConfig().function(trigger);
        if (arn.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("version", version);
        event.put("triggerSource", source);
        event.put("region", pool.region());
        event.put("userPoolId", pool.id());
        event.put("userName", userName);
        ObjectNode caller = event.putObject("callerContext");
        caller.put("awsSdkVersion", SDK_VERSION);
        caller.put("clientId", clientId());
        event.set("request", request);
        event.set("response", response);
        Instant started = clock.instant();
        Optional<TriggerTarget> target = triggers.target(arn.get());
        if (target.isEmpty()) {
            record(new TriggerInvocation(0, pool.id(), trigger, source, arn.get(), null, Outcome.UNBOUND, event, null,
                    "No local function is bound to " + arn.get() + "; the " + trigger
                            + " trigger was skipped as if the pool had none.", started, Duration.ZERO));
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = target.get().invoke(event.deepCopy(), started);
        } catch (TriggerFailure f) {
            record(new TriggerInvocation(0, pool.id(), trigger, source, arn.get(), target.get().describe(),
                    Outcome.FAILED, event, null, f.getMessage(), started, Duration.between(started, clock.instant())));
            UserPoolErrorCode code = f.kind().equals(TriggerFailure.FUNCTION_ERROR) ? USER_LAMBDA_VALIDATION
                    : UNEXPECTED_LAMBDA;
            throw new UserPoolException(code, trigger + " failed with error " + f.getMessage() + ".");
        }
        Duration took = Duration.between(started, clock.instant());
        if (!answer.isObject() || !answer.path("response").isObject()) {
            record(new TriggerInvocation(0, pool.id(), trigger, source, arn.get(), target.get().describe(),
                    Outcome.FAILED, event, answer, "Unrecognizable lambda output", started, took));
            throw new UserPoolException(INVALID_LAMBDA_RESPONSE, "Unrecognizable lambda output");
        }
        record(new TriggerInvocation(0, pool.id(), trigger, source, arn.get(), target.get().describe(),
                Outcome.SUCCEEDED, event, answer, null, started, took));
        return Optional.of(answer.get("response"));
    }

    /** A user's attributes as events carry them: sub, the attributes, then {@code cognito:user_status}. */
    static ObjectNode userAttributes(User user) {
        ObjectNode map = JSON.createObjectNode();
        map.put("sub", user.sub());
        for (UserAttribute a : user.attributes()) {
            map.put(a.name(), a.value());
        }
        map.put("cognito:user_status", user.status().name());
        return map;
    }

    private static ObjectNode attributes(List<UserAttribute> attributes) {
        ObjectNode map = JSON.createObjectNode();
        attributes.forEach(a -> map.put(a.name(), a.value()));
        return map;
    }

    private static boolean flag(JsonNode response, String member) {
        return response.path(member).asBoolean(false);
    }

    // ---------------------------------------------------------------- sign-up and confirmation

    /** What pre sign-up decided: whether the user is confirmed at once, and the attributes with any verifications. */
    public record SignUpDecision(boolean autoConfirmUser, List<UserAttribute> attributes) {
    }

    /**
     * Pre sign-up, on SignUp ({@code PreSignUp_SignUp}) and AdminCreateUser ({@code PreSignUp_AdminCreateUser}, whose
     * response flags Cognito ignores).
     */
    public SignUpDecision preSignUp(UserPool pool, String userName, List<UserAttribute> attributes) {
        boolean admin = operation().equals("AdminCreateUser");
        ObjectNode request = JSON.createObjectNode();
        request.set("userAttributes", attributes(attributes));
        request.set("validationData", validationData());
        putClientMetadata(request);
        ObjectNode response = JSON.createObjectNode();
        response.put("autoConfirmUser", false);
        response.put("autoVerifyEmail", false);
        response.put("autoVerifyPhone", false);
        Optional<JsonNode> answer = invoke(pool, LambdaConfig.PRE_SIGN_UP,
                admin ? "PreSignUp_AdminCreateUser" : "PreSignUp_SignUp", userName, "1", request, response);
        if (answer.isEmpty() || admin) {
            return new SignUpDecision(false, attributes);
        }
        List<UserAttribute> result = new ArrayList<>(attributes);
        if (flag(answer.get(), "autoVerifyEmail")) {
            result = withAttribute(result, "email", "email_verified");
        }
        if (flag(answer.get(), "autoVerifyPhone")) {
            result = withAttribute(result, "phone_number", "phone_number_verified");
        }
        return new SignUpDecision(flag(answer.get(), "autoConfirmUser"), List.copyOf(result));
    }

    private static List<UserAttribute> withAttribute(List<UserAttribute> attributes, String attribute,
            String verified) {
        if (attributes.stream().noneMatch(a -> a.name().equals(attribute))) {
            throw UserPoolException.invalidParameter("Invalid lambda response: " + verified
                    + " cannot be set because the user has no " + attribute + ".");
        }
        List<UserAttribute> result = new ArrayList<>();
        attributes.stream().filter(a -> !a.name().equals(verified)).forEach(result::add);
        result.add(new UserAttribute(verified, "true"));
        return result;
    }

    /** Post confirmation, after ConfirmSignUp/AdminConfirmSignUp/auto-confirmed SignUp or ConfirmForgotPassword. */
    public void postConfirmation(UserPool pool, User user) {
        String source = operation().equals("ConfirmForgotPassword") ? "PostConfirmation_ConfirmForgotPassword"
                : "PostConfirmation_ConfirmSignUp";
        ObjectNode request = JSON.createObjectNode();
        request.set("userAttributes", userAttributes(user));
        putClientMetadata(request);
        invoke(pool, LambdaConfig.POST_CONFIRMATION, source, user.username(), "1", request,
                JSON.createObjectNode());
    }

    // ---------------------------------------------------------------- messages

    /**
     * Custom message: the outbox message with the text the function chose, or unchanged. The function sees
     * {@code {####}} (and, for invitations, {@code {username}}) and its text gets the real values.
     */
    public OutboxMessage customMessage(UserPool pool, User user, OutboxMessage message) {
        String operation = operation();
        String source;
        switch (operation) {
            case "AdminCreateUser": source = "CustomMessage_AdminCreateUser"; break;
            case "ResendConfirmationCode": source = "CustomMessage_ResendCode"; break;
            case "ForgotPassword":
            case "AdminResetUserPassword": source = "CustomMessage_ForgotPassword"; break;
            case "UpdateUserAttributes":
            case "AdminUpdateUserAttributes": source = "CustomMessage_UpdateUserAttribute"; break;
            case "GetUserAttributeVerificationCode": source = "CustomMessage_VerifyUserAttribute"; break;
            case "InitiateAuth":
            case "AdminInitiateAuth":
            case "RespondToAuthChallenge":
            case "AdminRespondToAuthChallenge": source = "CustomMessage_Authentication"; break;
            default: source = "CustomMessage_SignUp";
        }
        boolean invitation = source.equals("CustomMessage_AdminCreateUser");
        ObjectNode request = JSON.createObjectNode();
        request.set("userAttributes", userAttributes(user));
        request.put("codeParameter", "{####}");
        request.put("linkParameter", "{##Click Here##}");
        if (invitation) {
            request.put("usernameParameter", "{username}");
        } else {
            request.putNull("usernameParameter");
        }
        putClientMetadata(request);
        ObjectNode response = JSON.createObjectNode();
        response.putNull("smsMessage");
        response.putNull("emailMessage");
        response.putNull("emailSubject");
        Optional<JsonNode> answer = invoke(pool, LambdaConfig.CUSTOM_MESSAGE, source, user.username(), "1",
                request, response);
        if (answer.isEmpty()) {
            return message;
        }
        boolean email = message.channel() == OutboxMessage.Channel.EMAIL;
        JsonNode text = answer.get().path(email ? "emailMessage" : "smsMessage");
        JsonNode subject = answer.get().path("emailSubject");
        String code = message.code() == null ? "" : message.code();
        String body = text.isTextual()
                ? text.asText().replace("{####}", code).replace("{username}", user.username()) : message.message();
        String newSubject = email && subject.isTextual() ? subject.asText() : message.subject();
        return new OutboxMessage(message.id(), message.userPoolId(), message.username(), message.channel(),
                message.destination(), newSubject, message.code(), body, message.time());
    }

    // ---------------------------------------------------------------- sign-in

    /**
     * Pre authentication, before the password is checked. {@code onReject} runs before the refusal is thrown (the
     * caller's auth-flow transition).
     */
    public void preAuthentication(UserPool pool, String userName, Optional<User> user, Runnable onReject) {
        ObjectNode request = JSON.createObjectNode();
        request.set("userAttributes", user.map(TriggerRunner::userAttributes).orElseGet(JSON::createObjectNode));
        JsonNode metadata = requestMember("ClientMetadata");
        request.set("validationData", metadata.isObject() ? metadata.deepCopy() : JSON.nullNode());
        if (user.isEmpty()) {
            request.put("userNotFound", true);
        }
        try {
            invoke(pool, LambdaConfig.PRE_AUTHENTICATION, "PreAuthentication_Authentication",
                    user.map(User::username).orElse(userName), "1", request, JSON.createObjectNode());
        } catch (UserPoolException e) {
            onReject.run();
            throw e;
        }
    }

    /** Post authentication, after a sign-in succeeded and before its tokens are returned. */
    public void postAuthentication(UserPool pool, User user) {
        ObjectNode request = JSON.createObjectNode();
        request.set("userAttributes", userAttributes(user));
        request.put("newDeviceUsed", false);
        putClientMetadata(request);
        invoke(pool, LambdaConfig.POST_AUTHENTICATION, "PostAuthentication_Authentication", user.username(), "1",
                request, JSON.createObjectNode());
    }

    /**
     * User migration: called for a user name the pool does not know, on sign-in ({@code password} given) or
     * ForgotPassword ({@code password} null). Stores and returns the user the function described, or empty when it
     * described none.
     */
    public Optional<User> userMigration(UserPoolTransaction tx, UserPool pool, String userName, String password) {
        boolean signIn = password != null;
        ObjectNode request = JSON.createObjectNode();
        if (signIn) {
            request.put("password", password);
        }
        request.set("validationData", validationData());
        putClientMetadata(request);
        ObjectNode response = JSON.createObjectNode();
        response.putNull("userAttributes");
        response.putNull("finalUserStatus");
        response.putNull("messageAction");
        response.putNull("desiredDeliveryMediums");
        response.putNull("forceAliasCreation");
        response.putNull("enableSMSMFA");
        Optional<JsonNode> answer;
        try {
            answer = invoke(pool, LambdaConfig.USER_MIGRATION,
                    signIn ? "UserMigration_Authentication" : "UserMigration_ForgotPassword", userName, "1", request,
                    response);
        } catch (UserPoolException e) {
            if (!e.code().equals(USER_LAMBDA_VALIDATION)) {
                throw e;
            }
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND,
                    "Exception migrating user in app client " + clientId());
        }
        if (answer.isEmpty() || !answer.get().path("userAttributes").isObject()) {
            return Optional.empty();
        }
        List<UserAttribute> attributes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : answer.get().get("userAttributes").properties()) {
            if (!e.getKey().equals("sub") && !e.getKey().startsWith("cognito:")
                    && pool.schemaAttribute(e.getKey()).isPresent()) {
                attributes.add(new UserAttribute(e.getKey(), e.getValue().asText()));
            }
        }
        String storedName = userName;
        if (!pool.usernameAttributes().isEmpty()) {
            storedName = uuid();
            String attribute = userName.startsWith("+") ? "phone_number" : "email";
            if (attributes.stream().noneMatch(a -> a.name().equals(attribute))) {
                attributes.add(new UserAttribute(attribute, userName));
            }
        }
        String status = answer.get().path("finalUserStatus").asText("");
        UserStatus finalStatus = status.equals("RESET_REQUIRED") || !signIn ? UserStatus.RESET_REQUIRED
                : UserStatus.CONFIRMED;
        String sub = pool.usernameAttributes().isEmpty() ? uuid() : storedName;
        User.Builder user = new User.Builder(pool.id(), storedName, sub, now()).attributes(attributes)
                .status(finalStatus);
        if (signIn) {
            user.passwordHash(hasher.hash(password));
        }
        User built = user.build();
        tx.insertUser(built);
        return Optional.of(built);
    }

    String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    // ---------------------------------------------------------------- tokens

    /**
     * Pre token generation: how to change the claims of the ID and access tokens about to be signed (identity when
     * the pool has no such trigger). {@code refresh} says whether the tokens come from REFRESH_TOKEN_AUTH.
     */
    public UnaryOperator<JWTClaimsSet> preTokenGeneration(UserPool pool, User user, boolean refresh) {
        String version = pool.lambdaConfig().effectivePreTokenGenerationVersion();
        boolean v1 = version.equals("V1_0");
        String source = refresh ? "TokenGeneration_RefreshTokens"
                : requestMember("ChallengeName").asText("").equals("NEW_PASSWORD_REQUIRED")
                ? "TokenGeneration_NewPasswordChallenge" : "TokenGeneration_Authentication";
        ObjectNode request = JSON.createObjectNode();
        request.set("userAttributes", userAttributes(user));
        ObjectNode groups = request.putObject("groupConfiguration");
        groups.putArray("groupsToOverride");
        groups.putArray("iamRolesToOverride");
        groups.putNull("preferredRole");
        if (!v1) {
            request.putArray("scopes").add("aws.cognito.signin.user.admin");
        }
        putClientMetadata(request);
        ObjectNode response = JSON.createObjectNode();
        response.putNull(v1 ? "claimsOverrideDetails" : "claimsAndScopeOverrideDetails");
        Optional<JsonNode> answer = invoke(pool, LambdaConfig.PRE_TOKEN_GENERATION, source, user.username(),
                version.substring(1, 2), request, response);
        if (answer.isEmpty()) {
            return UnaryOperator.identity();
        }
        JsonNode details = answer.get().path(v1 ? "claimsOverrideDetails" : "claimsAndScopeOverrideDetails");
        if (!details.isObject()) {
            return UnaryOperator.identity();
        }
        JsonNode groupOverride = details.path("groupOverrideDetails");
        return claims -> {
            boolean id = "id".equals(claims.getClaim("token_use"));
            JWTClaimsSet.Builder b = new JWTClaimsSet.Builder(claims);
            JsonNode forToken = v1 ? (id ? details : JSON.missingNode())
                    : details.path(id ? "idTokenGeneration" : "accessTokenGeneration");
            for (Map.Entry<String, JsonNode> e : forToken.path("claimsToAddOrOverride").properties()) {
                if (!PROTECTED_CLAIMS.contains(e.getKey())) {
                    b.claim(e.getKey(), v1 ? e.getValue().asText() : JSON.convertValue(e.getValue(), Object.class));
                }
            }
            for (JsonNode name : forToken.path("claimsToSuppress")) {
                if (!PROTECTED_CLAIMS.contains(name.asText())) {
                    b.claim(name.asText(), null);
                }
            }
            if (!id && (forToken.has("scopesToAdd") || forToken.has("scopesToSuppress"))) {
                Set<String> scopes = new LinkedHashSet<>(List.of(String.valueOf(claims.getClaim("scope")).split(" ")));
                forToken.path("scopesToSuppress").forEach(s -> scopes.remove(s.asText()));
                forToken.path("scopesToAdd").forEach(s -> scopes.add(s.asText()));
                b.claim("scope", String.join(" ", scopes));
            }
            if (groupOverride.isObject()) {
                JsonNode groupsToOverride = groupOverride.path("groupsToOverride");
                if (groupsToOverride.isArray()) {
                    b.claim("cognito:groups", groupsToOverride.isEmpty() ? null : strings(groupsToOverride));
                }
                if (id && groupOverride.path("iamRolesToOverride").isArray()) {
                    JsonNode roles = groupOverride.get("iamRolesToOverride");
                    b.claim("cognito:roles", roles.isEmpty() ? null : strings(roles));
                }
                if (id && groupOverride.path("preferredRole").isTextual()) {
                    b.claim("cognito:preferred_role", groupOverride.get("preferredRole").asText());
                }
            }
            return b.build();
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static ArrayNode copy(ArrayNode array) {
        return array.deepCopy();
    }
}
