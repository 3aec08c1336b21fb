package dev.stepwise.engine.userpool.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Cognito Identity Provider error, named exactly as AWS names the exception ({@code __type} on the wire), with the
 * HTTP status AWS answers with. Extensible constants in the manner of Nimbus' {@code JWSAlgorithm}: the known codes are
 * constants and {@link #of(String)} returns them by name, or a new code for a name we do not know.
 */
public final class UserPoolErrorCode {

    private static final Map<String, UserPoolErrorCode> KNOWN = new LinkedHashMap<>();

    public static final UserPoolErrorCode INVALID_PARAMETER = known("InvalidParameterException", 400);
    public static final UserPoolErrorCode RESOURCE_NOT_FOUND = known("ResourceNotFoundException", 400);
    public static final UserPoolErrorCode USERNAME_EXISTS = known("UsernameExistsException", 400);
    public static final UserPoolErrorCode INVALID_PASSWORD = known("InvalidPasswordException", 400);
    public static final UserPoolErrorCode CODE_MISMATCH = known("CodeMismatchException", 400);
    public static final UserPoolErrorCode EXPIRED_CODE = known("ExpiredCodeException", 400);
    public static final UserPoolErrorCode NOT_AUTHORIZED = known("NotAuthorizedException", 400);
    public static final UserPoolErrorCode USER_NOT_FOUND = known("UserNotFoundException", 400);
    public static final UserPoolErrorCode USER_NOT_CONFIRMED = known("UserNotConfirmedException", 400);
    public static final UserPoolErrorCode TOO_MANY_REQUESTS = known("TooManyRequestsException", 400);
    public static final UserPoolErrorCode TOO_MANY_FAILED_ATTEMPTS = known("TooManyFailedAttemptsException", 400);
    public static final UserPoolErrorCode LIMIT_EXCEEDED = known("LimitExceededException", 400);
    public static final UserPoolErrorCode PASSWORD_RESET_REQUIRED = known("PasswordResetRequiredException", 400);
    public static final UserPoolErrorCode ALIAS_EXISTS = known("AliasExistsException", 400);
    public static final UserPoolErrorCode UNSUPPORTED_USER_STATE = known("UnsupportedUserStateException", 400);
    public static final UserPoolErrorCode UNSUPPORTED_OPERATION = known("UnsupportedOperationException", 400);
    public static final UserPoolErrorCode INVALID_USER_POOL_CONFIGURATION =
            known("InvalidUserPoolConfigurationException", 400);
    public static final UserPoolErrorCode CODE_DELIVERY_FAILURE = known("CodeDeliveryFailureException", 400);
    public static final UserPoolErrorCode CONCURRENT_MODIFICATION = known("ConcurrentModificationException", 400);
    public static final UserPoolErrorCode ENABLE_SOFTWARE_TOKEN_MFA = known("EnableSoftwareTokenMFAException", 400);
    public static final UserPoolErrorCode SOFTWARE_TOKEN_MFA_NOT_FOUND =
            known("SoftwareTokenMFANotFoundException", 400);
    public static final UserPoolErrorCode REFRESH_TOKEN_REUSE = known("RefreshTokenReuseException", 400);
    public static final UserPoolErrorCode GROUP_EXISTS = known("GroupExistsException", 400);
    public static final UserPoolErrorCode INVALID_OAUTH_FLOW = known("InvalidOAuthFlowException", 400);
    public static final UserPoolErrorCode SCOPE_DOES_NOT_EXIST = known("ScopeDoesNotExistException", 400);
    public static final UserPoolErrorCode FEATURE_UNAVAILABLE_IN_TIER =
            known("FeatureUnavailableInTierException", 400);
    public static final UserPoolErrorCode FORBIDDEN = known("ForbiddenException", 403);
    public static final UserPoolErrorCode INTERNAL_ERROR = known("InternalErrorException", 500);
    /** Not a Cognito exception: what the JSON protocol answers for an operation name it does not know. */
    public static final UserPoolErrorCode UNKNOWN_OPERATION = known("UnknownOperationException", 400);

    private final String name;
    private final int httpStatus;

    public UserPoolErrorCode(String name, int httpStatus) {
        this.name = Objects.requireNonNull(name, "name");
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("not an error status: " + httpStatus);
        }
        this.httpStatus = httpStatus;
    }

    private static UserPoolErrorCode known(String name, int httpStatus) {
        UserPoolErrorCode code = new UserPoolErrorCode(name, httpStatus);
        KNOWN.put(name, code);
        return code;
    }

    /** The known code with this name, or a new client-error (400) code for an unknown name. */
    public static UserPoolErrorCode of(String name) {
        UserPoolErrorCode code = KNOWN.get(name);
        return code != null ? code : new UserPoolErrorCode(name, 400);
    }

    /** The AWS exception name, e.g. {@code NotAuthorizedException}. */
    public String name() {
        return name;
    }

    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserPoolErrorCode other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
