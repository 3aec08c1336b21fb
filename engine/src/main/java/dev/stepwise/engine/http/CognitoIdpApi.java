package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.UserPoolService;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The Cognito Identity Provider API ({@code AWSCognitoIdentityProviderService.*}, JSON 1.1) on the user pools. */
public final class CognitoIdpApi implements AwsJsonService {

    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService";

    /**
     * The operations Cognito's API model marks as needing no AWS credentials (the SDKs send them unsigned): the user
     * calls them with nothing, a session or an access token. Every other operation needs a SigV4 signature.
     */
    static final Set<String> UNSIGNED_OPERATIONS = Set.of("AssociateSoftwareToken", "ChangePassword",
            "CompleteWebAuthnRegistration", "ConfirmDevice", "ConfirmForgotPassword", "ConfirmSignUp", "DeleteUser",
            "DeleteUserAttributes", "DeleteWebAuthnCredential", "ForgetDevice", "ForgotPassword", "GetDevice",
            "GetTokensFromRefreshToken", "GetUser", "GetUserAttributeVerificationCode", "GetUserAuthFactors",
            "GlobalSignOut", "InitiateAuth", "ListDevices", "ListUserSessions", "ListWebAuthnCredentials",
            "ResendConfirmationCode", "RespondToAuthChallenge", "RevokeToken", "RevokeUserSession",
            "SetUserMFAPreference", "SetUserSettings", "SignUp", "StartWebAuthnRegistration", "UpdateAuthEventFeedback",
            "UpdateDeviceStatus", "UpdateUserAttributes", "VerifySoftwareToken", "VerifyUserAttribute");

    private final UserPoolService userPools;

    public CognitoIdpApi(UserPoolService userPools) {
        this.userPools = Objects.requireNonNull(userPools, "userPools");
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public JsonProtocol protocol() {
        return JsonProtocol.AWS_JSON_1_1;
    }

    @Override
    public JsonNode call(String operation, JsonNode request) {
        return userPools.call(operation, request);
    }

    /** Unknown operations need no signature here: the service names them as unknown instead. */
    @Override
    public boolean requiresSignature(String operation) {
        return userPools.operations().contains(operation) && !UNSIGNED_OPERATIONS.contains(operation);
    }

    @Override
    public Optional<AwsError> error(RuntimeException exception) {
        if (exception instanceof UserPoolException refusal) {
            return Optional.of(new AwsError(refusal.type(), refusal.getMessage(), refusal.code().httpStatus()));
        }
        return Optional.empty();
    }

    /** Cognito's own 500: {@code InternalErrorException}. */
    @Override
    public AwsError internalError() {
        return new AwsError(UserPoolErrorCode.INTERNAL_ERROR.name(), "An internal error occurred.",
                UserPoolErrorCode.INTERNAL_ERROR.httpStatus());
    }
}
