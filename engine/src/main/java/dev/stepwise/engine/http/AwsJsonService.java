package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A service that answers AWS JSON-protocol operations ({@code X-Amz-Target: <targetPrefix>.<Operation>}), taking and
 * returning the API's wire shapes. Adapters put an engine service (user pools, Step Functions) behind it.
 */
public interface AwsJsonService {

    /** The part of {@code X-Amz-Target} before the dot, e.g. {@code AWSCognitoIdentityProviderService}. */
    String targetPrefix();

    JsonProtocol protocol();

    /** Runs one operation; refusals are thrown as the service's own exceptions and mapped by {@link #error}. */
    JsonNode call(String operation, JsonNode request);

    /**
     * AWS's error for an exception {@link #call} threw, or empty when it is none of the service's refusals (our bug:
     * answered with {@link #internalError()}).
     */
    Optional<AwsError> error(RuntimeException exception);

    /**
     * Whether AWS refuses this operation without a SigV4 signature ({@code MissingAuthenticationTokenException}).
     * Operations a user calls with a token or nothing (SignUp, InitiateAuth, ...) do not need one.
     */
    default boolean requiresSignature(String operation) {
        return true;
    }

    /** What the service answers when it fails internally. */
    default AwsError internalError() {
        return AwsError.internalFailure();
    }
}
