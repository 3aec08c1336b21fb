package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.userpool.UserPoolService;
import dev.stepwise.engine.userpool.error.UserPoolErrorCode;
import dev.stepwise.engine.userpool.error.UserPoolException;
import java.util.Objects;
import java.util.Optional;

/** The Cognito Identity Provider API ({@code AWSCognitoIdentityProviderService.*}, JSON 1.1) on the user-pool engine. */
public final class CognitoIdpApi implements AwsJsonService {

    public static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService";

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
