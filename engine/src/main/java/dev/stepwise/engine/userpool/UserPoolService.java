package dev.stepwise.engine.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.store.UserPoolStore;
import dev.stepwise.engine.userpool.auth.AuthFlowMachine;
import dev.stepwise.engine.userpool.auth.PasswordHasher;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import dev.stepwise.engine.userpool.model.OutboxMessage;
import dev.stepwise.engine.userpool.trigger.TriggerInvocation;
import dev.stepwise.engine.userpool.trigger.TriggerRunner;
import dev.stepwise.engine.userpool.trigger.Triggers;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The local Cognito user-pool service. Requests and responses are the Cognito Identity Provider API's JSON shapes, so
 * the HTTP endpoint only has to dispatch {@code X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>} to
 * {@link #call}. Refusals are {@link UserPoolException}s with AWS's exception names and messages. Each operation is one
 * store transaction: it is committed before the response is returned, or nothing of it is kept.
 */
public final class UserPoolService {

    private final Context ctx;
    private final PoolOperations pools;
    private final UserOperations users;
    private final AuthOperations auth;
    private final MfaOperations mfa;
    private final GroupOperations groups;
    private final AttributeOperations attributes;
    private final ResourceServerOperations resourceServers;
    private final OAuthBackend oauthBackend;
    private final Map<String, Function<JsonNode, ObjectNode>> operations = new LinkedHashMap<>();

    private UserPoolService(Builder b) {
        SecureRandom random = b.random != null ? b.random : new SecureRandom();
        PasswordHasher hasher = b.passwordHasher != null ? b.passwordHasher : new PasswordHasher(random);
        String issuerBase = b.issuerBase != null ? b.issuerBase : "https://cognito-idp." + b.region + ".amazonaws.com";
        this.ctx = new Context(Objects.requireNonNull(b.store, "store"), b.clock, random, hasher, b.region,
                b.accountId, issuerBase, new TriggerRunner(b.triggers, b.store, b.clock, random, hasher));
        this.pools = new PoolOperations(ctx);
        this.users = new UserOperations(ctx);
        this.auth = new AuthOperations(ctx, b.authFlowObserver);
        this.mfa = new MfaOperations(ctx, auth);
        this.groups = new GroupOperations(ctx);
        this.attributes = new AttributeOperations(ctx, auth);
        this.resourceServers = new ResourceServerOperations(ctx);
        this.oauthBackend = new OAuthBackend(ctx, auth, mfa);
        operations.put("CreateUserPool", pools::createUserPool);
        operations.put("DescribeUserPool", pools::describeUserPool);
        operations.put("ListUserPools", pools::listUserPools);
        operations.put("UpdateUserPool", pools::updateUserPool);
        operations.put("DeleteUserPool", pools::deleteUserPool);
        operations.put("CreateUserPoolClient", pools::createUserPoolClient);
        operations.put("DescribeUserPoolClient", pools::describeUserPoolClient);
        operations.put("ListUserPoolClients", pools::listUserPoolClients);
        operations.put("UpdateUserPoolClient", pools::updateUserPoolClient);
        operations.put("DeleteUserPoolClient", pools::deleteUserPoolClient);
        operations.put("SignUp", users::signUp);
        operations.put("ConfirmSignUp", users::confirmSignUp);
        operations.put("ResendConfirmationCode", users::resendConfirmationCode);
        operations.put("AdminCreateUser", users::adminCreateUser);
        operations.put("AdminGetUser", users::adminGetUser);
        operations.put("AdminDeleteUser", users::adminDeleteUser);
        operations.put("AdminDisableUser", r -> users.adminSetEnabled(r, false));
        operations.put("AdminEnableUser", r -> users.adminSetEnabled(r, true));
        operations.put("ListUsers", users::listUsers);
        operations.put("ForgotPassword", users::forgotPassword);
        operations.put("ConfirmForgotPassword", users::confirmForgotPassword);
        operations.put("AdminConfirmSignUp", users::adminConfirmSignUp);
        operations.put("AdminSetUserPassword", users::adminSetUserPassword);
        operations.put("AdminResetUserPassword", users::adminResetUserPassword);
        operations.put("AdminUserGlobalSignOut", users::adminUserGlobalSignOut);
        operations.put("ChangePassword", auth::changePassword);
        operations.put("InitiateAuth", r -> auth.initiateAuth(r, false));
        operations.put("AdminInitiateAuth", r -> auth.initiateAuth(r, true));
        operations.put("RespondToAuthChallenge", r -> auth.respondToAuthChallenge(r, false));
        operations.put("AdminRespondToAuthChallenge", r -> auth.respondToAuthChallenge(r, true));
        operations.put("GetUser", auth::getUser);
        operations.put("GlobalSignOut", auth::globalSignOut);
        operations.put("SetUserPoolMfaConfig", mfa::setUserPoolMfaConfig);
        operations.put("GetUserPoolMfaConfig", mfa::getUserPoolMfaConfig);
        operations.put("SetUserMFAPreference", r -> mfa.setUserMfaPreference(r, false));
        operations.put("AdminSetUserMFAPreference", r -> mfa.setUserMfaPreference(r, true));
        operations.put("AssociateSoftwareToken", mfa::associateSoftwareToken);
        operations.put("VerifySoftwareToken", mfa::verifySoftwareToken);
        operations.put("CreateGroup", groups::createGroup);
        operations.put("GetGroup", groups::getGroup);
        operations.put("ListGroups", groups::listGroups);
        operations.put("UpdateGroup", groups::updateGroup);
        operations.put("DeleteGroup", groups::deleteGroup);
        operations.put("AdminAddUserToGroup", groups::adminAddUserToGroup);
        operations.put("AdminRemoveUserFromGroup", groups::adminRemoveUserFromGroup);
        operations.put("AdminListGroupsForUser", groups::adminListGroupsForUser);
        operations.put("ListUsersInGroup", groups::listUsersInGroup);
        operations.put("UpdateUserAttributes", attributes::updateUserAttributes);
        operations.put("AdminUpdateUserAttributes", attributes::adminUpdateUserAttributes);
        operations.put("AdminDeleteUserAttributes", attributes::adminDeleteUserAttributes);
        operations.put("GetUserAttributeVerificationCode", attributes::getUserAttributeVerificationCode);
        operations.put("VerifyUserAttribute", attributes::verifyUserAttribute);
        operations.put("DeleteUser", attributes::deleteUser);
        operations.put("RevokeToken", auth::revokeToken);
        operations.put("GetTokensFromRefreshToken", auth::getTokensFromRefreshToken);
        operations.put("CreateResourceServer", resourceServers::createResourceServer);
        operations.put("DescribeResourceServer", resourceServers::describeResourceServer);
        operations.put("UpdateResourceServer", resourceServers::updateResourceServer);
        operations.put("DeleteResourceServer", resourceServers::deleteResourceServer);
        operations.put("ListResourceServers", resourceServers::listResourceServers);
    }

    /** The operations {@link #call} answers, by their AWS names. */
    public Set<String> operations() {
        return Collections.unmodifiableSet(operations.keySet());
    }

    /**
     * Runs one operation, e.g. {@code call("SignUp", {"ClientId": ..., "Username": ..., "Password": ...})}.
     *
     * @throws UserPoolException with AWS's exception name and message when Cognito would refuse the request
     */
    public JsonNode call(String operation, JsonNode request) {
        Function<JsonNode, ObjectNode> handler = operations.get(operation);
        if (handler == null) {
            throw new UserPoolException(UserPoolErrorCode.UNKNOWN_OPERATION,
                    "Unknown operation " + operation + " for the Cognito Identity Provider service");
        }
        if (request == null || !request.isObject()) {
            throw UserPoolException.invalidParameter("The request body must be a JSON object");
        }
        ctx.triggers.begin(operation, request); // triggers: the call's invocations are recorded at its end
        try {
            return handler.apply(request);
        } finally {
            ctx.triggers.end();
        }
    }

    /** Every Lambda trigger call of this pool, oldest first: event, response, duration, error (the auth lab). */
    public List<TriggerInvocation> triggerInvocations(String userPoolId) {
        return ctx.triggers.invocations(userPoolId);
    }

    /** Messages that would have been e-mailed or texted to this user, oldest first. */
    public List<OutboxMessage> outbox(String userPoolId, String username) {
        return ctx.store.read(q -> q.outbox(userPoolId, username));
    }

    /** Messages of one pool, to one user name, or both (null matches any), oldest first: the endpoint's outbox. */
    public List<OutboxMessage> searchOutbox(String userPoolId, String username) {
        return ctx.store.read(q -> q.searchOutbox(userPoolId, username));
    }

    /** Whether a pool with this id exists. */
    public boolean hasPool(String userPoolId) {
        return ctx.store.read(q -> q.findPool(userPoolId).isPresent());
    }

    /**
     * Starts signing the pool's tokens with a new key (Stepwise's own operation: Cognito rotates its keys itself).
     * The old keys stay in the JWKS, so tokens already issued still verify. Returns the new {@code kid}.
     */
    public String rotateSigningKey(String userPoolId) {
        return auth.rotateSigningKey(userPoolId);
    }

    /**
     * The pool's JWKS document, {@code {"keys": [...]}} with the public half of every signing key (served at
     * {@code <issuer>/.well-known/jwks.json}). Makes the pool's first key if it has none yet.
     */
    public JsonNode jwks(String userPoolId) {
        return auth.jwks(userPoolId);
    }

    /** The token issuer of a pool: {@code <issuer base>/<pool id>}. */
    public String issuer(String userPoolId) {
        return ctx.issuer(userPoolId);
    }

    /** What the OAuth 2.0 endpoints and hosted login page use of this service. */
    public OAuthBackend oauth() {
        return oauthBackend;
    }

    public static Builder builder(UserPoolStore store) {
        return new Builder(store);
    }

    public static final class Builder {
        private final UserPoolStore store;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private PasswordHasher passwordHasher;
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private String issuerBase;
        private Consumer<AuthFlowMachine.Transition> authFlowObserver = t -> { };
        private Triggers triggers = Triggers.NONE;

        private Builder(UserPoolStore store) {
            this.store = store;
        }

        public Builder clock(Clock v) { clock = Objects.requireNonNull(v); return this; }
        public Builder random(SecureRandom v) { random = Objects.requireNonNull(v); return this; }
        /** Defaults to Argon2id at OWASP cost over {@link #random}. */
        public Builder passwordHasher(PasswordHasher v) { passwordHasher = Objects.requireNonNull(v); return this; }
        public Builder region(String v) { region = Objects.requireNonNull(v); return this; }
        public Builder accountId(String v) { accountId = Objects.requireNonNull(v); return this; }
        /** Token issuer without the pool id; {@code https://cognito-idp.<region>.amazonaws.com} by default. */
        public Builder issuerBase(String v) { issuerBase = Objects.requireNonNull(v); return this; }

        /** Sees every auth-flow transition (the flow runner's view; transition coverage in tests). */
        public Builder authFlowObserver(Consumer<AuthFlowMachine.Transition> v) {
            authFlowObserver = Objects.requireNonNull(v);
            return this;
        }

        /** What runs each Lambda ARN of the pools' LambdaConfig; none by default (every trigger is unbound). */
        public Builder triggers(Triggers v) {
            triggers = Objects.requireNonNull(v);
            return this;
        }

        public UserPoolService build() {
            return new UserPoolService(this);
        }
    }
}
