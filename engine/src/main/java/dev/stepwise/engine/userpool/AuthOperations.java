package dev.stepwise.engine.userpool;

import static dev.stepwise.engine.userpool.Wire.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import dev.stepwise.engine.store.UserPoolQueries;
import dev.stepwise.engine.store.UserPoolTransaction;
import dev.stepwise.engine.userpool.auth.AuthFlow;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.Event;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine.State;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.AppClient;
import dev.stepwise.engine.userpool.model.AuthSession;
import dev.stepwise.engine.userpool.model.RefreshToken;
import dev.stepwise.engine.userpool.model.SigningKey;
import dev.stepwise.engine.userpool.model.User;
import dev.stepwise.engine.userpool.model.UserAttribute;
import dev.stepwise.engine.userpool.model.UserPool;
import dev.stepwise.engine.userpool.model.UserStatus;
import dev.stepwise.engine.userpool.token.KeyRing;
import dev.stepwise.engine.userpool.token.TokenIssuer;
import dev.stepwise.engine.userpool.token.TokenVerificationException;
import dev.stepwise.engine.userpool.token.TokenVerifier;
import dev.stepwise.engine.userpool.trigger.CustomAuth;
import dev.stepwise.engine.userpool.auth.Srp;
import dev.stepwise.engine.userpool.model.SrpVerifier;
import dev.stepwise.engine.userpool.auth.Totp;
import dev.stepwise.engine.userpool.model.Group;
import dev.stepwise.engine.userpool.model.Lockout;
import dev.stepwise.engine.userpool.model.MfaConfiguration;
import dev.stepwise.engine.userpool.model.MfaSettings;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.model.PoolMfaConfig;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.OptionalLong;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Password sign-in, the NEW_PASSWORD_REQUIRED challenge, refresh, tokens, GetUser and GlobalSignOut. */
final class AuthOperations {

    static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";
    static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";
    static final String MFA_SETUP = "MFA_SETUP";
    static final String SELECT_MFA_TYPE = "SELECT_MFA_TYPE";
    /** ChallengeNameType, as the API reference lists it. */
    static final List<String> CHALLENGE_NAMES = List.of("SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA",
            "SELECT_MFA_TYPE", "MFA_SETUP", "PASSWORD_VERIFIER", "CUSTOM_CHALLENGE", "SELECT_CHALLENGE",
            "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER", "ADMIN_NO_SRP_AUTH", "NEW_PASSWORD_REQUIRED", "SMS_OTP",
            "PASSWORD", "WEB_AUTHN", "PASSWORD_SRP");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Context ctx;
    private final Consumer<AuthFlowMachine.Transition> observer;
    private final ChoiceSignIn choice;
    private static final int SECRET_BLOCK_BYTES = 96;
    private dev.stepwise.engine.userpool.model.PasswordHash dummyHash;

    AuthOperations(Context ctx, Consumer<AuthFlowMachine.Transition> observer) {
        this.ctx = ctx;
        this.observer = observer;
        this.choice = new ChoiceSignIn(ctx, this);
    }

    // ---------------------------------------------------------------- InitiateAuth

    ObjectNode initiateAuth(JsonNode request, boolean admin) {
        String flowName = required(request, "AuthFlow");
        String clientId = required(request, "ClientId");
        Optional<String> adminPool = admin ? Optional.of(required(request, "UserPoolId")) : Optional.empty();
        AuthFlow flow = AuthFlow.of(flowName).orElseThrow(() -> UserPoolException.invalidParameter(
                "1 validation error detected: Value '" + flowName + "' at 'authFlow' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: " + AuthFlow.known().keySet()));
        JsonNode parameters = Wire.optionalObject(request, "AuthParameters");
        return writeKeepingRefusals(tx -> {
            if (adminPool.isPresent()) {
                Context.requirePool(tx, adminPool.get());
            }
            AppClient client = adminPool.isPresent() ? Context.requireClient(tx, adminPool.get(), clientId)
                    : Context.requireClient(tx, clientId);
            boolean passwordFlow = admin
                    ? flow.equals(AuthFlow.ADMIN_USER_PASSWORD_AUTH) || flow.equals(AuthFlow.ADMIN_NO_SRP_AUTH)
                    : flow.equals(AuthFlow.USER_PASSWORD_AUTH);
            boolean refreshFlow = flow.equals(AuthFlow.REFRESH_TOKEN_AUTH) || flow.equals(AuthFlow.REFRESH_TOKEN);
            boolean srpFlow = flow.equals(AuthFlow.USER_SRP_AUTH);
            boolean customFlow = flow.equals(AuthFlow.CUSTOM_AUTH); // triggers
            boolean choiceFlow = flow.equals(AuthFlow.USER_AUTH);
            if (!passwordFlow && !refreshFlow && !srpFlow && !customFlow && !choiceFlow) {
                throw UserPoolException.invalidParameter("Flow " + flow + " is not supported by Stepwise yet"
                        + (admin ? "" : " or is not an InitiateAuth flow"));
            }
            boolean legacyClient = client.explicitAuthFlows().stream().noneMatch(f -> f.startsWith("ALLOW_"));
            boolean allowed = client.explicitAuthFlows().contains(flow.allowValue())
                    || flow.legacyValue().map(client.explicitAuthFlows()::contains).orElse(false)
                    || (refreshFlow && legacyClient)
                    || (customFlow && client.explicitAuthFlows().contains("CUSTOM_AUTH_FLOW_ONLY")); // triggers
            if (!allowed) {
                throw UserPoolException.invalidParameter(flowName + " flow not enabled for this client");
            }
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            if (customFlow) { // triggers: CUSTOM_AUTH
                return customAuth(tx, pool, client, parameters);
            }
            if (choiceFlow) {
                return choice.initiate(tx, pool, client, parameters);
            }
            if (refreshFlow) {
                return refresh(tx, pool, client, parameters);
            }
            return srpFlow ? srpChallenge(tx, pool, client, parameters) : password(tx, pool, client, parameters, false);
        });
    }

    /** The hosted login page's password step: the USER_PASSWORD_AUTH checks, whatever the client's auth flows. */
    ObjectNode hostedPassword(String clientId, String username, String password) {
        ObjectNode parameters = Wire.object().put("USERNAME", username).put("PASSWORD", password);
        return writeKeepingRefusals(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            return password(tx, pool, client, parameters, true);
        });
    }

    static String parameter(JsonNode parameters, String name) {
        JsonNode value = parameters.get(name);
        if (value == null || !value.isTextual()) {
            throw UserPoolException.invalidParameter("Missing required parameter " + name);
        }
        return value.asText();
    }

    /** @param hosted the hosted login page: no SECRET_HASH, and success means signed in rather than tokens */
    private ObjectNode password(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters,
            boolean hosted) {
        return password(tx, pool, client, parameters, new AuthFlowMachine(State.INITIATED, observer), hosted);
    }

    /** Checks USERNAME and PASSWORD; the flow is in INITIATED, or in SELECT_CHALLENGE for a chosen PASSWORD. */
    ObjectNode password(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters,
            AuthFlowMachine machine) {
        return password(tx, pool, client, parameters, machine, false);
    }

    private ObjectNode password(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters,
            AuthFlowMachine machine, boolean hosted) {
        String username = parameter(parameters, "USERNAME");
        String password = parameter(parameters, "PASSWORD");
        if (!hosted) {
            UserOperations.checkSecretHash(client, username, Optional.ofNullable(parameters.get("SECRET_HASH"))
                    .map(JsonNode::asText));
        }
        Optional<User> found = Context.findUser(tx, pool, username)
                .or(() -> ctx.triggers.userMigration(tx, pool, username, password)); // triggers: UserMigration
        if (found.isPresent() || client.preventUserExistenceErrors()) { // triggers: PreAuthentication
            ctx.triggers.preAuthentication(pool, username, found, () -> machine.apply(Event.LAMBDA_REJECTED));
        }
        if (found.isEmpty()) {
            // Spend the time a real check takes, so that timing does not tell unknown users from wrong passwords.
            ctx.hasher.matches(password, dummyHash());
            machine.apply(Event.PASSWORD_REJECTED);
            if (client.preventUserExistenceErrors()) {
                throw UserPoolException.notAuthorized("Incorrect username or password.");
            }
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND, "User does not exist.");
        }
        User user = found.get();
        checkLockout(tx, pool, user, machine);
        if (user.passwordHash().isEmpty() || !ctx.hasher.matches(password, user.passwordHash().get())) {
            machine.apply(Event.PASSWORD_REJECTED);
            throw failure(tx, pool, user, UserPoolException.notAuthorized("Incorrect username or password."));
        }
        if (user.srpVerifier().isEmpty()) {
            // Made before SRP verifiers were stored: the password is at hand now, so USER_SRP_AUTH works from here on.
            user = new User.Builder(user).srpVerifier(ctx.srpVerifier(pool.id(), user.username(), password)).build();
            tx.updateUser(user);
        }
        return passwordAccepted(tx, pool, client, user, machine, hosted);
    }

    /** What follows a right password (or password claim): the user's state decides between tokens and refusals. */
    private ObjectNode passwordAccepted(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            AuthFlowMachine machine, boolean hosted) {
        if (!user.enabled()) {
            machine.apply(Event.USER_DISABLED);
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        if (user.status() == UserStatus.UNCONFIRMED) {
            machine.apply(Event.USER_NOT_CONFIRMED);
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_CONFIRMED, "User is not confirmed.");
        }
        if (user.status() == UserStatus.RESET_REQUIRED) {
            machine.apply(Event.PASSWORD_RESET_REQUIRED);
            throw new UserPoolException(UserPoolErrorCode.PASSWORD_RESET_REQUIRED,
                    "Password reset required for the user");
        }
        if (user.status() == UserStatus.FORCE_CHANGE_PASSWORD) {
            if (user.temporaryPasswordExpires().map(t -> !ctx.now().isBefore(t)).orElse(false)) {
                machine.apply(Event.TEMPORARY_PASSWORD_EXPIRED);
                throw UserPoolException.notAuthorized(
                        "Temporary password has expired and must be reset by an administrator.");
            }
            machine.apply(Event.TEMPORARY_PASSWORD_VERIFIED);
            return newPasswordChallenge(tx, pool, client, user);
        }
        return secondFactorOrTokens(tx, pool, client, user, machine, Event.PASSWORD_VERIFIED, hosted);
    }

    private synchronized dev.stepwise.engine.userpool.model.PasswordHash dummyHash() {
        if (dummyHash == null) {
            dummyHash = ctx.hasher.hash(ctx.randomString(16, Context.ALNUM));
        }
        return dummyHash;
    }

    AuthFlowMachine machine(State start) {
        return new AuthFlowMachine(start, observer);
    }

    private ObjectNode newPasswordChallenge(UserPoolTransaction tx, UserPool pool, AppClient client, User user) {
        String session = newSession(tx, pool, client, user.username(), NEW_PASSWORD_REQUIRED, null);
        ObjectNode response = Wire.object();
        response.put("ChallengeName", NEW_PASSWORD_REQUIRED);
        response.put("Session", session);
        ObjectNode parameters = response.putObject("ChallengeParameters");
        parameters.put("USER_ID_FOR_SRP", user.username());
        parameters.put("requiredAttributes", "[]");
        ObjectNode attributes = Wire.object();
        for (UserAttribute a : user.attributes()) {
            if (!a.name().endsWith("_verified")) {
                attributes.put(a.name(), a.value());
            }
        }
        parameters.put("userAttributes", attributes.toString());
        return response;
    }

    // ---------------------------------------------------------------- RespondToAuthChallenge

    ObjectNode respondToAuthChallenge(JsonNode request, boolean admin) {
        return respondToAuthChallenge(request, admin, false);
    }

    /** @param hosted the hosted login page: no SECRET_HASH, and success means signed in rather than tokens */
    ObjectNode respondToAuthChallenge(JsonNode request, boolean admin, boolean hosted) {
        String clientId = required(request, "ClientId");
        String challenge = required(request, "ChallengeName");
        Optional<String> adminPool = admin ? Optional.of(required(request, "UserPoolId")) : Optional.empty();
        String session = Wire.optional(request, "Session").orElse("");
        JsonNode responses = Wire.optionalObject(request, "ChallengeResponses");
        JsonNode secretHashFrom = hosted ? null : responses;
        if (challenge.equals(CustomAuth.CUSTOM_CHALLENGE)) { // triggers: CUSTOM_AUTH
            return customChallenge(request, admin, clientId, adminPool, session, responses);
        }
        if (!CHALLENGE_NAMES.contains(challenge)) {
            throw UserPoolException.invalidParameter("1 validation error detected: Value '" + challenge
                    + "' at 'challengeName' failed to satisfy constraint: Member must satisfy enum value set: "
                    + CHALLENGE_NAMES);
        }
        if (challenge.equals(PASSWORD_VERIFIER)) {
            return passwordVerifier(clientId, adminPool, responses);
        }
        String username = parameter(responses, "USERNAME");
        switch (challenge) {
            case NEW_PASSWORD_REQUIRED:
                String newPassword = parameter(responses, "NEW_PASSWORD");
                return writeKeepingRefusals(tx -> {
                    Challenge c = loadSession(tx, clientId, adminPool, session, challenge, username, secretHashFrom,
                            State.NEW_PASSWORD_REQUIRED);
                    try {
                        UserOperations.checkNewPassword(c.pool(), newPassword);
                    } catch (UserPoolException e) {
                        c.machine().apply(Event.NEW_PASSWORD_REJECTED);
                        throw e;
                    }
                    tx.markSessionUsed(c.session().sessionHash());
                    User changed = new User.Builder(c.user()).status(UserStatus.CONFIRMED)
                            .passwordHash(ctx.hasher.hash(newPassword))
                            .srpVerifier(ctx.srpVerifier(c.pool().id(), c.user().username(), newPassword))
                            .temporaryPasswordExpires(null)
                            .lastModifiedDate(ctx.now()).build();
                    tx.updateUser(changed);
                    return secondFactorOrTokens(tx, c.pool(), c.client(), changed, c.machine(),
                            Event.NEW_PASSWORD_ACCEPTED, hosted);
                });
            case ChoiceSignIn.SELECT_CHALLENGE:
                return writeKeepingRefusals(tx -> choice.respond(tx, clientId, adminPool, session, username,
                        responses));
            case MfaSettings.SMS_MFA:
            case ChoiceSignIn.SMS_OTP:
            case MfaSettings.EMAIL_OTP:
            case MfaSettings.SOFTWARE_TOKEN_MFA:
                String code = parameter(responses, challenge + "_CODE");
                return writeKeepingRefusals(tx -> {
                    Challenge c = loadSession(tx, clientId, adminPool, session, challenge, username, secretHashFrom,
                            State.valueOf(challenge));
                    checkLockout(tx, c.pool(), c.user(), c.machine());
                    boolean right;
                    if (challenge.equals(MfaSettings.SOFTWARE_TOKEN_MFA)) {
                        MfaSettings mfa = tx.userMfa(c.pool().id(), c.user().username());
                        OptionalLong step = mfa.secret().filter(x -> mfa.totpVerified())
                                .map(secret -> Totp.verify(secret, code, ctx.clock.instant(), mfa.totpLastStep()))
                                .orElse(OptionalLong.empty());
                        right = step.isPresent();
                        if (right) {
                            tx.putUserMfa(c.pool().id(), c.user().username(), mfa.withVerifiedStep(step.getAsLong()));
                        }
                    } else {
                        right = MessageDigest.isEqual(sha256(code).getBytes(StandardCharsets.UTF_8),
                                readState(c.session()).path("code").asText().getBytes(StandardCharsets.UTF_8));
                    }
                    if (!right) {
                        c.machine().apply(Event.MFA_CODE_REJECTED);
                        throw failure(tx, c.pool(), c.user(), new UserPoolException(UserPoolErrorCode.CODE_MISMATCH,
                                "Invalid code or auth state for the user."));
                    }
                    c.machine().apply(Event.MFA_CODE_ACCEPTED);
                    tx.markSessionUsed(c.session().sessionHash());
                    return authenticated(tx, c.pool(), c.client(), c.user(), true, hosted);
                });
            case MFA_SETUP:
                return writeKeepingRefusals(tx -> {
                    Challenge c = loadSession(tx, clientId, adminPool, session, challenge, username, secretHashFrom,
                            State.MFA_SETUP);
                    if (!readState(c.session()).path("verified").asBoolean()) {
                        c.machine().apply(Event.SESSION_REJECTED);
                        throw UserPoolException.notAuthorized("Invalid session for the user.");
                    }
                    c.machine().apply(Event.MFA_SETUP_COMPLETED);
                    tx.markSessionUsed(c.session().sessionHash());
                    return authenticated(tx, c.pool(), c.client(), c.user(), true, hosted);
                });
            case SELECT_MFA_TYPE:
                String answer = parameter(responses, "ANSWER");
                return writeKeepingRefusals(tx -> {
                    Challenge c = loadSession(tx, clientId, adminPool, session, challenge, username, secretHashFrom,
                            State.SELECT_MFA_TYPE);
                    List<String> choices = new ArrayList<>();
                    readState(c.session()).path("choices").forEach(n -> choices.add(n.asText()));
                    if (!choices.contains(answer)) {
                        c.machine().apply(Event.MFA_SELECTION_REJECTED);
                        throw UserPoolException.invalidParameter("Invalid ANSWER " + answer
                                + ": the user can choose " + choices);
                    }
                    tx.markSessionUsed(c.session().sessionHash());
                    return mfaChallenge(tx, c.pool(), c.client(), c.user(), c.machine(), answer);
                });
            default:
                throw UserPoolException.invalidParameter("Challenge " + challenge
                        + " is not supported by Stepwise yet");
        }
    }

    /** A challenge answer's context: its pool, client, user and stored session, and the flow in its state. */
    record Challenge(UserPool pool, AppClient client, User user, AuthSession session, AuthFlowMachine machine) {
    }

    /**
     * Finds and checks the session a challenge answer names: it must be this client's, for this challenge and user,
     * unused and unexpired, and the user must still be enabled.
     */
    Challenge loadSession(UserPoolTransaction tx, String clientId, Optional<String> adminPool, String session,
            String challenge, String username, JsonNode responses, State state) {
        adminPool.ifPresent(id -> Context.requirePool(tx, id));
        AppClient client = adminPool.isPresent() ? Context.requireClient(tx, adminPool.get(), clientId)
                : Context.requireClient(tx, clientId);
        if (responses != null) {
            UserOperations.checkSecretHash(client, username, Optional.ofNullable(responses.get("SECRET_HASH"))
                    .map(JsonNode::asText));
        }
        UserPool pool = Context.requirePool(tx, client.userPoolId());
        AuthFlowMachine machine = new AuthFlowMachine(state, observer);
        Optional<AuthSession> stored = session.isEmpty() ? Optional.empty() : tx.findSession(sha256(session));
        Optional<User> user = Context.findUser(tx, pool, username);
        String problem = null;
        if (stored.isEmpty() || !stored.get().clientId().equals(clientId)
                || !stored.get().challengeName().equals(challenge) || user.isEmpty()
                || !stored.get().username().equals(user.get().username())) {
            problem = "Invalid session for the user.";
        } else if (stored.get().used()) {
            problem = "Invalid session for the user, session can only be used once.";
        } else if (!ctx.now().isBefore(stored.get().expires())) {
            problem = "Invalid session for the user, session is expired.";
        }
        if (problem != null) {
            machine.apply(Event.SESSION_REJECTED);
            throw UserPoolException.notAuthorized(problem);
        }
        if (!user.get().enabled()) {
            machine.apply(Event.USER_DISABLED);
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        return new Challenge(pool, client, user.get(), stored.get(), machine);
    }

    /**
     * The MFA_SETUP session named in AssociateSoftwareToken or VerifySoftwareToken (which carry no client id): unused,
     * unexpired, and its user still there and enabled.
     */
    Challenge findSetupSession(UserPoolTransaction tx, String session) {
        Optional<AuthSession> stored = tx.findSession(sha256(session)).filter(s -> s.challengeName().equals(MFA_SETUP));
        if (stored.isEmpty()) {
            throw UserPoolException.notAuthorized("Invalid session for the user.");
        }
        if (stored.get().used()) {
            throw UserPoolException.notAuthorized("Invalid session for the user, session can only be used once.");
        }
        if (!ctx.now().isBefore(stored.get().expires())) {
            throw UserPoolException.notAuthorized("Invalid session for the user, session is expired.");
        }
        UserPool pool = Context.requirePool(tx, stored.get().userPoolId());
        AppClient client = Context.requireClient(tx, stored.get().clientId());
        User user = tx.findUser(pool.id(), stored.get().username(), true)
                .orElseThrow(() -> UserPoolException.notAuthorized("Invalid session for the user."));
        if (!user.enabled()) {
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        return new Challenge(pool, client, user, stored.get(), new AuthFlowMachine(State.MFA_SETUP, observer));
    }

    /** Spends an MFA_SETUP session and returns the next one, which records whether the token is verified yet. */
    String continueSetup(UserPoolTransaction tx, Challenge setup, boolean verified) {
        tx.markSessionUsed(setup.session().sessionHash());
        return newSession(tx, setup.pool(), setup.client(), setup.user().username(), MFA_SETUP,
                "{\"verified\":" + verified + "}");
    }

    /** Stores a new session (its hash) for a challenge and returns the string the client gets. */
    String newSession(UserPoolTransaction tx, UserPool pool, AppClient client, String username, String challenge,
            String state) {
        String session = ctx.randomString(64, Context.ALNUM) + "." + ctx.randomString(64, Context.ALNUM);
        tx.insertSession(new AuthSession(sha256(session), pool.id(), client.clientId(), username, challenge,
                ctx.now().plusSeconds(60L * client.authSessionValidityMinutes()), false, state));
        return session;
    }

    // ---------------------------------------------------------------- second factors

    static PoolMfaConfig mfaConfig(UserPoolQueries q, UserPool pool) {
        return q.poolMfaConfig(pool.id()).orElseGet(() -> PoolMfaConfig.legacy(pool.mfaConfiguration()));
    }

    /** The methods a user can be challenged with: enabled by the user, offered by the pool, and deliverable. */
    static List<String> usableMethods(PoolMfaConfig config, User user, MfaSettings mfa) {
        List<String> usable = new ArrayList<>();
        if (mfa.smsEnabled() && config.smsEnabled() && user.attribute("phone_number").isPresent()) {
            usable.add(MfaSettings.SMS_MFA);
        }
        if (mfa.softwareTokenEnabled() && config.softwareTokenEnabled() && mfa.totpVerified()) {
            usable.add(MfaSettings.SOFTWARE_TOKEN_MFA);
        }
        if (mfa.emailEnabled() && config.emailEnabled() && user.attribute("email").isPresent()) {
            usable.add(MfaSettings.EMAIL_OTP);
        }
        return usable;
    }

    /**
     * After the first factor: tokens, or the second factor that is due. With MFA OPTIONAL a user without a usable
     * method gets tokens; with MFA ON such a user gets SMS_MFA if the pool texts and the user has a phone number, and
     * MFA_SETUP otherwise. A user with several usable methods and none preferred chooses (SELECT_MFA_TYPE).
     */
    private ObjectNode secondFactorOrTokens(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            AuthFlowMachine machine, Event noSecondFactor, boolean hosted) {
        if (pool.mfaConfiguration() != MfaConfiguration.OFF) {
            PoolMfaConfig config = mfaConfig(tx, pool);
            MfaSettings mfa = tx.userMfa(pool.id(), user.username());
            List<String> usable = usableMethods(config, user, mfa);
            if (!usable.isEmpty()) {
                Optional<String> chosen = mfa.preferredMfa().filter(usable::contains)
                        .or(() -> usable.size() == 1 ? Optional.of(usable.get(0)) : Optional.empty());
                if (chosen.isPresent()) {
                    return mfaChallenge(tx, pool, client, user, machine, chosen.get());
                }
                machine.apply(Event.MFA_SELECTION_CHALLENGED);
                ObjectNode state = Wire.object();
                state.set("choices", Wire.strings(usable));
                return challengeResponse(SELECT_MFA_TYPE, newSession(tx, pool, client, user.username(),
                        SELECT_MFA_TYPE, state.toString()), Map.of("MFAS_CAN_CHOOSE", Wire.strings(usable).toString()));
            }
            if (pool.mfaConfiguration() == MfaConfiguration.ON) {
                if (config.smsEnabled() && user.attribute("phone_number").isPresent()) {
                    return mfaChallenge(tx, pool, client, user, machine, MfaSettings.SMS_MFA);
                }
                machine.apply(Event.MFA_SETUP_CHALLENGED);
                List<String> canSetUp = new ArrayList<>();
                if (config.smsEnabled()) {
                    canSetUp.add(MfaSettings.SMS_MFA);
                }
                if (config.softwareTokenEnabled()) {
                    canSetUp.add(MfaSettings.SOFTWARE_TOKEN_MFA);
                }
                if (config.emailEnabled()) {
                    canSetUp.add(MfaSettings.EMAIL_OTP);
                }
                return challengeResponse(MFA_SETUP, newSession(tx, pool, client, user.username(), MFA_SETUP,
                        "{\"verified\":false}"), Map.of("MFAS_CAN_SETUP", Wire.strings(canSetUp).toString()));
            }
        }
        machine.apply(noSecondFactor);
        return authenticated(tx, pool, client, user, true, hosted);
    }

    /**
     * Issues an SMS_MFA, EMAIL_OTP, SMS_OTP or SOFTWARE_TOKEN_MFA challenge; codes by SMS and e-mail go to the
     * outbox. EMAIL_OTP and SMS_OTP are also the passwordless first factors of USER_AUTH.
     */
    ObjectNode mfaChallenge(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            AuthFlowMachine machine, String method) {
        if (method.equals(MfaSettings.SOFTWARE_TOKEN_MFA)) {
            machine.apply(Event.SOFTWARE_TOKEN_MFA_CHALLENGED);
            return challengeResponse(method, newSession(tx, pool, client, user.username(), method, null), Map.of());
        }
        PoolMfaConfig config = mfaConfig(tx, pool);
        String code = ctx.digits(6);
        boolean sms = method.equals(MfaSettings.SMS_MFA) || method.equals(ChoiceSignIn.SMS_OTP);
        String attribute = sms ? "phone_number" : "email";
        String destination = user.attribute(attribute).orElseThrow();
        String template = sms ? Optional.ofNullable(config.smsAuthenticationMessage())
                .orElse(PoolMfaConfig.DEFAULT_SMS_MESSAGE)
                : Optional.ofNullable(config.emailMessage()).orElse(PoolMfaConfig.DEFAULT_EMAIL_MESSAGE);
        tx.appendOutbox(new OutboxMessage(0, pool.id(), user.username(),
                sms ? OutboxMessage.Channel.SMS : OutboxMessage.Channel.EMAIL, destination,
                sms ? null : Optional.ofNullable(config.emailSubject()).orElse(PoolMfaConfig.DEFAULT_EMAIL_SUBJECT),
                code, UserOperations.fill(template, user.username(), code), ctx.now()));
        machine.apply(method.equals(ChoiceSignIn.SMS_OTP) ? Event.SMS_OTP_CHALLENGED
                : sms ? Event.SMS_MFA_CHALLENGED : Event.EMAIL_OTP_CHALLENGED);
        ObjectNode state = Wire.object();
        state.put("code", sha256(code));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", sms ? "SMS" : "EMAIL");
        parameters.put("CODE_DELIVERY_DESTINATION", UserOperations.mask(attribute, destination));
        return challengeResponse(method, newSession(tx, pool, client, user.username(), method, state.toString()),
                parameters);
    }

    static ObjectNode challengeResponse(String challenge, String session, Map<String, String> parameters) {
        ObjectNode response = Wire.object();
        response.put("ChallengeName", challenge);
        response.put("Session", session);
        ObjectNode p = response.putObject("ChallengeParameters");
        parameters.forEach(p::put);
        return response;
    }

    // ---------------------------------------------------------------- USER_SRP_AUTH

    private ObjectNode srpChallenge(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters) {
        return srpChallenge(tx, pool, client, parameters, new AuthFlowMachine(State.INITIATED, observer));
    }

    /** Answers USERNAME and SRP_A with PASSWORD_VERIFIER; from INITIATED, or SELECT_CHALLENGE for PASSWORD_SRP. */
    ObjectNode srpChallenge(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters,
            AuthFlowMachine machine) {
        String username = parameter(parameters, "USERNAME");
        String srpA = parameter(parameters, "SRP_A");
        UserOperations.checkSecretHash(client, username, Optional.ofNullable(parameters.get("SECRET_HASH"))
                .map(JsonNode::asText));
        BigInteger largeA = hexInteger(srpA).filter(a -> a.mod(Srp.N).signum() != 0).orElseThrow(() ->
                UserPoolException.invalidParameter("SRP_A is not a valid SRP value"));
        Optional<User> found = Context.findUser(tx, pool, username);
        if (found.isEmpty() && !client.preventUserExistenceErrors()) {
            machine.apply(Event.PASSWORD_REJECTED);
            throw new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND, "User does not exist.");
        }
        // An unknown user (with PreventUserExistenceErrors), or one whose password predates SRP verifiers, gets a
        // challenge that no password can answer, so the answer is refused like a wrong password.
        String userId = found.map(User::username).orElse(username);
        SrpVerifier verifier = found.flatMap(User::srpVerifier).orElseGet(() ->
                Srp.verifier(Srp.poolName(pool.id()), userId, ctx.randomString(32, Context.ALNUM), ctx.random));
        Srp.ServerValues server = Srp.serverValues(verifier, ctx.random);
        byte[] block = new byte[SECRET_BLOCK_BYTES];
        ctx.random.nextBytes(block);
        String secretBlock = Base64.getEncoder().encodeToString(block);
        ObjectNode state = Wire.object();
        state.put("A", largeA.toString(16));
        state.put("b", server.b().toString(16));
        state.put("B", server.largeB().toString(16));
        state.put("salt", verifier.saltHex());
        state.put("v", verifier.verifierHex());
        state.put("known", found.isPresent() && found.get().srpVerifier().isPresent());
        tx.insertSession(new AuthSession(sha256(secretBlock), pool.id(), client.clientId(), userId, PASSWORD_VERIFIER,
                ctx.now().plusSeconds(60L * client.authSessionValidityMinutes()), false, state.toString()));
        machine.apply(Event.SRP_CHALLENGED);
        ObjectNode response = Wire.object();
        response.put("ChallengeName", PASSWORD_VERIFIER);
        ObjectNode challenge = response.putObject("ChallengeParameters");
        challenge.put("SALT", verifier.saltHex());
        challenge.put("SECRET_BLOCK", secretBlock);
        challenge.put("SRP_B", server.largeB().toString(16));
        challenge.put("USERNAME", userId);
        challenge.put("USER_ID_FOR_SRP", userId);
        return response;
    }

    private ObjectNode passwordVerifier(String clientId, Optional<String> adminPool, JsonNode responses) {
        String username = parameter(responses, "USERNAME");
        String secretBlock = parameter(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
        String signature = parameter(responses, "PASSWORD_CLAIM_SIGNATURE");
        String timestamp = parameter(responses, "TIMESTAMP");
        if (Srp.parseTimestamp(timestamp).isEmpty()) {
            throw UserPoolException.invalidParameter(
                    "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
        }
        byte[] block = base64OrEmpty(secretBlock);
        return writeKeepingRefusals(tx -> {
            adminPool.ifPresent(id -> Context.requirePool(tx, id));
            AppClient client = adminPool.isPresent() ? Context.requireClient(tx, adminPool.get(), clientId)
                    : Context.requireClient(tx, clientId);
            UserOperations.checkSecretHash(client, username, Optional.ofNullable(responses.get("SECRET_HASH"))
                    .map(JsonNode::asText));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            AuthFlowMachine machine = new AuthFlowMachine(State.PASSWORD_VERIFIER, observer);
            Optional<AuthSession> stored = tx.findSession(sha256(secretBlock));
            Optional<User> user = Context.findUser(tx, pool, username);
            boolean sameUser = stored.isPresent() && (stored.get().username().equals(username)
                    || user.map(u -> u.username().equals(stored.get().username())).orElse(false));
            if (stored.isEmpty() || !stored.get().clientId().equals(clientId)
                    || !stored.get().challengeName().equals(PASSWORD_VERIFIER) || !sameUser) {
                machine.apply(Event.SESSION_REJECTED);
                throw UserPoolException.notAuthorized("Incorrect username or password.");
            }
            AuthSession session = stored.get();
            if (session.used() || !ctx.now().isBefore(session.expires())) {
                machine.apply(Event.SESSION_REJECTED);
                throw UserPoolException.notAuthorized("Incorrect username or password.");
            }
            // One claim per challenge, right or wrong: a wrong claim is kept (committed) as used.
            tx.markSessionUsed(session.sessionHash());
            Optional<User> claimed = tx.findUser(pool.id(), session.username(), true);
            if (claimed.isPresent()) {
                checkLockout(tx, pool, claimed.get(), machine);
            }
            JsonNode state = readState(session);
            SrpVerifier verifier = new SrpVerifier(state.get("salt").asText(), state.get("v").asText());
            Srp.ServerValues server = new Srp.ServerValues(new BigInteger(state.get("b").asText(), 16),
                    new BigInteger(state.get("B").asText(), 16));
            Optional<byte[]> key = Srp.serverKey(new BigInteger(state.get("A").asText(), 16), server, verifier);
            String expected = key.map(k -> Srp.signature(k, Srp.poolName(pool.id()), session.username(),
                    block, timestamp)).orElse("");
            Optional<User> current = tx.findUser(pool.id(), session.username(), true);
            // A claim signed for another time is as wrong as a wrong password (Cognito answers the same).
            boolean right = block.length > 0 && Srp.isAcceptable(timestamp, ctx.clock.instant())
                    && state.get("known").asBoolean()
                    && current.isPresent()
                    && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                            signature.getBytes(StandardCharsets.UTF_8));
            if (!right) {
                machine.apply(Event.PASSWORD_REJECTED);
                UserPoolException refusal = UserPoolException.notAuthorized("Incorrect username or password.");
                throw current.isPresent() ? failure(tx, pool, current.get(), refusal) : keep(refusal);
            }
            return passwordAccepted(tx, pool, client, current.get(), machine, false);
        });
    }

    // ---------------------------------------------------------------- CUSTOM_AUTH (Lambda triggers)

    private ObjectNode customAuth(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters) {
        String username = parameter(parameters, "USERNAME");
        UserOperations.checkSecretHash(client, username, Optional.ofNullable(parameters.get("SECRET_HASH"))
                .map(JsonNode::asText));
        return ctx.triggers.customAuth().initiate(tx, pool, client, username, name -> Context.findUser(tx, pool, name),
                new AuthFlowMachine(State.INITIATED, observer), u -> authenticated(tx, pool, client, u, true, false));
    }

    private ObjectNode customChallenge(JsonNode request, boolean admin, String clientId, Optional<String> adminPool,
            String session, JsonNode responses) {
        String username = parameter(responses, "USERNAME");
        String answer = parameter(responses, "ANSWER");
        return ctx.store.write(tx -> {
            adminPool.ifPresent(id -> Context.requirePool(tx, id));
            AppClient client = adminPool.isPresent() ? Context.requireClient(tx, adminPool.get(), clientId)
                    : Context.requireClient(tx, clientId);
            UserOperations.checkSecretHash(client, username, Optional.ofNullable(responses.get("SECRET_HASH"))
                    .map(JsonNode::asText));
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            return ctx.triggers.customAuth().respond(tx, pool, client, session, username, answer,
                    name -> Context.findUser(tx, pool, name), new AuthFlowMachine(State.CUSTOM_CHALLENGE, observer),
                    u -> authenticated(tx, pool, client, u, true, false));
        });
    }

    private static byte[] base64OrEmpty(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static Optional<BigInteger> hexInteger(String hex) {
        if (hex.isEmpty() || hex.length() > 2048 || !hex.matches("[0-9a-fA-F]+")) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(hex, 16));
    }

    static JsonNode readState(AuthSession session) {
        try {
            return JSON.readTree(session.challengeState());
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("corrupt challenge state of a " + session.challengeName() + " session", e);
        }
    }

    // ---------------------------------------------------------------- lockout after repeated failures

    /**
     * Refuses a user who is locked out ("Password attempts exceeded"), whatever the credential; the refusal counts as
     * activity (it delays the quiet-time reset) but not as a failure.
     */
    void checkLockout(UserPoolTransaction tx, UserPool pool, User user, AuthFlowMachine machine) {
        Instant now = ctx.now();
        Lockout lockout = tx.lockout(pool.id(), user.username()).at(now);
        if (lockout.lockedAt(now)) {
            tx.putLockout(pool.id(), user.username(), lockout.refused(now));
            machine.apply(Event.PASSWORD_ATTEMPTS_EXCEEDED);
            throw keep(UserPoolException.notAuthorized("Password attempts exceeded"));
        }
    }

    /** Counts a failed password, password claim or MFA code, and returns the refusal to throw (kept). */
    private RuntimeException failure(UserPoolTransaction tx, UserPool pool, User user, UserPoolException refusal) {
        Instant now = ctx.now();
        tx.putLockout(pool.id(), user.username(), tx.lockout(pool.id(), user.username()).at(now).failed(now));
        return keep(refusal);
    }

    // ---------------------------------------------------------------- refusals that keep their writes

    /**
     * A refusal whose writes so far must be kept (a consumed challenge, a failed-attempt count): thrown inside
     * {@link #writeKeepingRefusals}, it commits the transaction and then throws the refusal it carries.
     */
    private static final class KeptRefusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeptRefusal(UserPoolException refusal) {
            super(refusal.getMessage(), refusal, false, false);
        }

        UserPoolException refusal() {
            return (UserPoolException) getCause();
        }
    }

    static RuntimeException keep(UserPoolException refusal) {
        return new KeptRefusal(refusal);
    }

    ObjectNode writeKeepingRefusals(java.util.function.Function<UserPoolTransaction, ObjectNode> work) {
        UserPoolException[] refusal = new UserPoolException[1];
        ObjectNode result = ctx.store.write(tx -> {
            try {
                return work.apply(tx);
            } catch (KeptRefusal kept) {
                refusal[0] = kept.refusal();
                return null;
            }
        });
        if (refusal[0] != null) {
            throw refusal[0];
        }
        return result;
    }

    // ---------------------------------------------------------------- refresh

    private ObjectNode refresh(UserPoolTransaction tx, UserPool pool, AppClient client, JsonNode parameters) {
        String token = parameter(parameters, "REFRESH_TOKEN");
        if (client.refreshTokenRotation()) {
            throw UserPoolException.invalidParameter("REFRESH_TOKEN_AUTH is not allowed when refresh token rotation "
                    + "is enabled for the client; use GetTokensFromRefreshToken");
        }
        return refreshWith(tx, pool, client, token, user -> UserOperations.checkSecretHash(client, user.username(),
                Optional.ofNullable(parameters.get("SECRET_HASH")).map(JsonNode::asText)));
    }

    /**
     * GetTokensFromRefreshToken: new ID and access tokens, and, when the client rotates refresh tokens, a new refresh
     * token; the submitted one then stays good for the client's grace period only.
     */
    ObjectNode getTokensFromRefreshToken(JsonNode request) {
        String token = required(request, "RefreshToken");
        String clientId = required(request, "ClientId");
        Optional<String> secret = Wire.optional(request, "ClientSecret");
        return writeKeepingRefusals(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            UserPool pool = Context.requirePool(tx, client.userPoolId());
            return refreshWith(tx, pool, client, token, user -> checkClientSecret(client, secret));
        });
    }

    static void checkClientSecret(AppClient client, Optional<String> given) {
        if (client.clientSecret().isEmpty()) {
            return;
        }
        if (given.isEmpty()) {
            throw UserPoolException.notAuthorized("Client " + client.clientId()
                    + " is configured with secret but ClientSecret was not received");
        }
        if (!MessageDigest.isEqual(client.clientSecret().get().getBytes(StandardCharsets.UTF_8),
                given.get().getBytes(StandardCharsets.UTF_8))) {
            throw UserPoolException.notAuthorized("Unable to verify secret for client " + client.clientId());
        }
    }

    private ObjectNode refreshWith(UserPoolTransaction tx, UserPool pool, AppClient client, String token,
            Consumer<User> checkSecret) {
        AuthFlowMachine machine = new AuthFlowMachine(State.INITIATED, observer);
        Optional<RefreshToken> stored = tx.findRefreshToken(sha256(token))
                .filter(t -> t.clientId().equals(client.clientId()));
        if (stored.isEmpty() || !ctx.now().isBefore(stored.get().expires())) {
            machine.apply(Event.REFRESH_TOKEN_REJECTED);
            throw UserPoolException.notAuthorized("Invalid Refresh Token");
        }
        if (stored.get().revoked()) {
            machine.apply(Event.REFRESH_TOKEN_REJECTED);
            throw UserPoolException.notAuthorized("Refresh Token has been revoked");
        }
        Optional<User> user = tx.findUser(pool.id(), stored.get().username(), true);
        if (user.isEmpty()) {
            machine.apply(Event.REFRESH_TOKEN_REJECTED);
            throw UserPoolException.notAuthorized("Invalid Refresh Token");
        }
        checkSecret.accept(user.get());
        Instant rotatedAt = stored.get().rotatedAt();
        if (rotatedAt != null
                && !ctx.now().isBefore(rotatedAt.plusSeconds(client.retryGracePeriodSeconds()))) {
            // A rotated-out token used after its grace period: treat the sign-in as stolen and end it.
            machine.apply(Event.REFRESH_TOKEN_REJECTED);
            tx.revokeOrigin(stored.get().originJti());
            throw keep(new UserPoolException(UserPoolErrorCode.REFRESH_TOKEN_REUSE,
                    "Refresh token has been rotated out and can no longer be used"));
        }
        if (!user.get().enabled()) {
            machine.apply(Event.USER_DISABLED);
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        machine.apply(Event.REFRESH_TOKEN_ACCEPTED);
        TokenIssuer.SignIn signIn = new TokenIssuer.SignIn(stored.get().issued(), ctx.now(),
                stored.get().originJti(), ctx.uuid());
        String next = null;
        if (client.refreshTokenRotation()) {
            if (rotatedAt == null) {
                tx.markRotated(stored.get().tokenHash(), ctx.now());
            }
            next = newRefreshToken();
            tx.insertRefreshToken(new RefreshToken(sha256(next), pool.id(), client.clientId(), user.get().username(),
                    stored.get().originJti(), stored.get().issued(),
                    ctx.now().plus(client.refreshTokenValidity().duration()), false));
        }
        return result(tx, pool, client, user.get(), signIn, next);
    }

    private String newRefreshToken() {
        return ctx.randomString(40, Context.ALNUM) + "." + ctx.randomString(80, Context.ALNUM);
    }

    /** RevokeToken: ends the sign-in a refresh token belongs to (its access and ID tokens stop working too). */
    ObjectNode revokeToken(JsonNode request) {
        String token = required(request, "Token");
        String clientId = required(request, "ClientId");
        Optional<String> secret = Wire.optional(request, "ClientSecret");
        return ctx.store.write(tx -> {
            AppClient client = Context.requireClient(tx, clientId);
            if (!client.enableTokenRevocation()) {
                throw new UserPoolException(UserPoolErrorCode.UNSUPPORTED_OPERATION,
                        "Token revocation is not enabled for this app client.");
            }
            checkClientSecret(client, secret);
            // As RFC 7009 asks, an unknown token (or one of another client) is not an error: there is nothing to end.
            tx.findRefreshToken(sha256(token)).filter(t -> t.clientId().equals(clientId))
                    .ifPresent(t -> tx.revokeOrigin(t.originJti()));
            return Wire.object();
        });
    }

    // ---------------------------------------------------------------- tokens

    /** What a completed sign-in on the hosted page answers instead of tokens: {@code {"SignedIn": {...}}}. */
    static final String SIGNED_IN = "SignedIn";

    /**
     * A completed sign-in: tokens, or, on the hosted login page, {@code {"SignedIn": {"Username", "AuthTime"}}}
     * (the token endpoint issues the tokens later, for the authorization code).
     */
    private ObjectNode authenticated(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            boolean withRefreshToken, boolean hosted) {
        if (!hosted) {
            return authenticated(tx, pool, client, user, withRefreshToken);
        }
        signedIn(tx, pool, user);
        ObjectNode response = Wire.object();
        response.putObject(SIGNED_IN).put("Username", user.username()).put("AuthTime", ctx.now().toEpochMilli());
        return response;
    }

    /** The user's failed attempts are forgotten and the PostAuthentication trigger runs. */
    private void signedIn(UserPoolTransaction tx, UserPool pool, User user) {
        if (!tx.lockout(pool.id(), user.username()).equals(Lockout.NONE)) {
            tx.putLockout(pool.id(), user.username(), Lockout.NONE);
        }
        ctx.triggers.postAuthentication(pool, user); // triggers
    }

    /** Tokens for a completed sign-in; the user's failed attempts are forgotten. */
    private ObjectNode authenticated(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            boolean withRefreshToken) {
        signedIn(tx, pool, user);
        Instant now = ctx.now();
        TokenIssuer.SignIn signIn = new TokenIssuer.SignIn(now, now, ctx.uuid(), ctx.uuid());
        String refreshToken = null;
        if (withRefreshToken) {
            refreshToken = newRefreshToken();
            tx.insertRefreshToken(new RefreshToken(sha256(refreshToken), pool.id(), client.clientId(),
                    user.username(), signIn.originJti(), now, now.plus(client.refreshTokenValidity().duration()),
                    false));
        }
        return result(tx, pool, client, user, signIn, refreshToken);
    }

    /**
     * Tokens for a sign-in on the hosted page, redeemed at the token endpoint: its scopes are remembered (a refresh
     * gives the same), the ID token carries the nonce and is issued only for the openid scope.
     */
    ObjectNode oauthTokens(UserPoolTransaction tx, UserPool pool, AppClient client, User user, Instant authTime,
            List<String> scopes, String nonce) {
        Instant now = ctx.now();
        TokenIssuer.SignIn signIn = new TokenIssuer.SignIn(authTime, now, ctx.uuid(), ctx.uuid());
        String refreshToken = newRefreshToken();
        tx.insertRefreshToken(new RefreshToken(sha256(refreshToken), pool.id(), client.clientId(), user.username(),
                signIn.originJti(), now, now.plus(client.refreshTokenValidity().duration()), false));
        tx.insertGrantedScopes(signIn.originJti(), scopes);
        return result(tx, pool, client, user, signIn, refreshToken, nonce);
    }

    /** A refresh at the token endpoint; the caller has authenticated the client. */
    ObjectNode oauthRefresh(UserPoolTransaction tx, UserPool pool, AppClient client, String refreshToken) {
        return refreshWith(tx, pool, client, refreshToken, user -> { });
    }

    /** The client_credentials grant: an access token for the client itself, with these (custom) scopes. */
    ObjectNode clientCredentials(UserPoolTransaction tx, AppClient client, List<String> scopes) {
        TokenIssuer issuer = new TokenIssuer(activeKey(tx, client.userPoolId()), ctx.issuer(client.userPoolId()));
        ObjectNode result = Wire.object();
        result.put("AccessToken", issuer.clientCredentialsToken(client, String.join(" ", scopes), ctx.now(),
                ctx.uuid()));
        result.put("ExpiresIn", client.accessTokenValidity().duration().getSeconds());
        result.put("TokenType", "Bearer");
        return result;
    }

    private ObjectNode result(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            TokenIssuer.SignIn signIn, String refreshToken) {
        return result(tx, pool, client, user, signIn, refreshToken, null);
    }

    private ObjectNode result(UserPoolTransaction tx, UserPool pool, AppClient client, User user,
            TokenIssuer.SignIn signIn, String refreshToken, String nonce) {
        Optional<List<String>> granted = tx.grantedScopes(signIn.originJti()); // oauth: token-endpoint sign-ins
        String scope = granted.map(s -> String.join(" ", s)).orElse(TokenIssuer.USER_ADMIN_SCOPE);
        boolean idToken = granted.map(s -> s.contains("openid")).orElse(true);
        TokenIssuer issuer = new TokenIssuer(activeKey(tx, pool.id()), ctx.issuer(pool.id()),
                ctx.triggers.preTokenGeneration(pool, user, refreshToken == null)); // triggers
        ObjectNode response = Wire.object();
        response.putObject("ChallengeParameters");
        ObjectNode result = response.putObject("AuthenticationResult");
        List<Group> groups = tx.groupsOfUser(pool.id(), user.username());
        result.put("AccessToken", issuer.accessToken(client, user, groups, signIn, ctx.uuid(), scope));
        result.put("ExpiresIn", client.accessTokenValidity().duration().getSeconds());
        result.put("TokenType", "Bearer");
        if (refreshToken != null) {
            result.put("RefreshToken", refreshToken);
        }
        if (idToken) {
            result.put("IdToken", issuer.idToken(pool, client, user, groups, signIn, ctx.uuid(), nonce));
        }
        return response;
    }

    /** The pool's active signing key, made and stored on first use. */
    RSAKey activeKey(UserPoolTransaction tx, String poolId) {
        KeyRing ring = new KeyRing(tx.signingKeys(poolId));
        if (ring.activeKey().isPresent()) {
            return ring.activeKey().get();
        }
        SigningKey key = KeyRing.generate(poolId, ctx.random, ctx.now());
        tx.insertSigningKey(key);
        return new KeyRing(List.of(key)).activeKey().orElseThrow();
    }

    /**
     * Retires the pool's signing keys and makes a new one that signs from now on; the retired keys stay in the JWKS,
     * so tokens they signed keep verifying until they expire. Returns the new key's {@code kid}.
     */
    String rotateSigningKey(String poolId) {
        return ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            tx.retireSigningKeys(poolId);
            SigningKey key = KeyRing.generate(poolId, ctx.random, ctx.now());
            tx.insertSigningKey(key);
            return key.kid();
        });
    }

    /** The pool's JWKS document ({@code {"keys": [...]}}, public keys only). */
    JsonNode jwks(String poolId) {
        Map<String, Object> document = ctx.store.write(tx -> {
            Context.requirePool(tx, poolId);
            activeKey(tx, poolId);
            return new KeyRing(tx.signingKeys(poolId)).publicJwks().toJSONObject(true);
        });
        return JSON.valueToTree(document);
    }

    static String sha256(String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    // ---------------------------------------------------------------- access-token operations

    /** The pool and user an access token belongs to, after checking signature, expiry, use and revocation. */
    record Bearer(UserPool pool, User user, JWTClaimsSet claims) {
    }

    Bearer bearer(UserPoolQueries q, String accessToken) {
        String issuer;
        try {
            issuer = JWTParser.parse(accessToken).getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException e) {
            throw UserPoolException.notAuthorized("Invalid Access Token");
        }
        String prefix = ctx.issuerBase + "/";
        if (issuer == null || !issuer.startsWith(prefix)) {
            throw UserPoolException.notAuthorized("Invalid Access Token");
        }
        Optional<UserPool> pool = q.findPool(issuer.substring(prefix.length()));
        if (pool.isEmpty()) {
            throw UserPoolException.notAuthorized("Invalid Access Token");
        }
        JWTClaimsSet claims;
        try {
            claims = new TokenVerifier(new KeyRing(q.signingKeys(pool.get().id())).publicJwks(),
                    ctx.issuer(pool.get().id()), "access", null, ctx.clock).verify(accessToken);
        } catch (TokenVerificationException e) {
            throw UserPoolException.notAuthorized(e.expired() ? "Access Token has expired" : "Invalid Access Token");
        }
        Object origin = claims.getClaim("origin_jti");
        if (origin instanceof String && q.isOriginRevoked((String) origin)) {
            throw UserPoolException.notAuthorized("Access Token has been revoked");
        }
        User user = q.findUser(pool.get().id(), String.valueOf(claims.getClaim("username")), true)
                .filter(u -> u.sub().equals(claims.getSubject()))
                .orElseThrow(() -> new UserPoolException(UserPoolErrorCode.USER_NOT_FOUND, "User does not exist."));
        if (!user.enabled()) {
            throw UserPoolException.notAuthorized("User is disabled.");
        }
        return new Bearer(pool.get(), user, claims);
    }

    ObjectNode getUser(JsonNode request) {
        String token = required(request, "AccessToken");
        return ctx.store.read(q -> {
            Bearer bearer = bearer(q, token);
            ObjectNode shape = UserOperations.userShape(bearer.user(), "UserAttributes");
            ObjectNode response = Wire.object();
            response.put("Username", shape.get("Username").asText());
            response.set("UserAttributes", shape.get("UserAttributes"));
            MfaOperations.addMfa(response, q.userMfa(bearer.pool().id(), bearer.user().username()));
            return response;
        });
    }

    ObjectNode changePassword(JsonNode request) {
        String token = required(request, "AccessToken");
        String previous = required(request, "PreviousPassword");
        String proposed = required(request, "ProposedPassword");
        return writeKeepingRefusals(tx -> {
            Bearer bearer = bearer(tx, token);
            User user = bearer.user();
            // A wrong previous password counts toward the sign-in lockout; during one, Cognito throttles the call.
            Instant now = ctx.now();
            Lockout lockout = tx.lockout(bearer.pool().id(), user.username()).at(now);
            if (lockout.lockedAt(now)) {
                tx.putLockout(bearer.pool().id(), user.username(), lockout.refused(now));
                throw keep(new UserPoolException(UserPoolErrorCode.LIMIT_EXCEEDED,
                        "Attempt limit exceeded, please try after some time."));
            }
            if (user.passwordHash().isEmpty() || !ctx.hasher.matches(previous, user.passwordHash().get())) {
                throw failure(tx, bearer.pool(), user, UserPoolException.notAuthorized(
                        "Incorrect username or password."));
            }
            UserOperations.checkNewPassword(bearer.pool(), proposed);
            tx.updateUser(new User.Builder(user).passwordHash(ctx.hasher.hash(proposed))
                    .srpVerifier(ctx.srpVerifier(bearer.pool().id(), user.username(), proposed))
                    .lastModifiedDate(ctx.now())
                    .build());
            return Wire.object();
        });
    }

    ObjectNode globalSignOut(JsonNode request) {
        String token = required(request, "AccessToken");
        return ctx.store.write(tx -> {
            Bearer bearer = bearer(tx, token);
            tx.revokeRefreshTokens(bearer.pool().id(), bearer.user().username());
            return Wire.object();
        });
    }
}
