package dev.stepwise.engine.http;

import java.util.Objects;

/**
 * An error as the AWS JSON protocols send it: {@code {"__type": type, "message": message}} with an HTTP status.
 * {@code type} is the bare exception name ({@code NotAuthorizedException}); SDKs also accept it with a namespace.
 */
public record AwsError(String type, String message, int status) {

    /** AWS's common error for a failure on the service's side. */
    public static final String INTERNAL_FAILURE = "InternalFailure";
    /** The wording of AWS's common-errors reference for {@link #INTERNAL_FAILURE}. */
    public static final String INTERNAL_FAILURE_MESSAGE =
            "The request processing has failed because of an unknown error, exception or failure.";

    public AwsError {
        Objects.requireNonNull(type, "type");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
    }

    public static AwsError internalFailure() {
        return new AwsError(INTERNAL_FAILURE, INTERNAL_FAILURE_MESSAGE, 500);
    }

    /** A target naming no service or operation we know; AWS answers 400. */
    public static AwsError unknownOperation(String message) {
        return new AwsError("UnknownOperationException", message, 400);
    }

    /** A body that is not a JSON object. */
    public static AwsError serialization(String message) {
        return new AwsError("SerializationException", message, 400);
    }

    /** An unsigned request for an operation that needs AWS credentials. */
    public static AwsError missingAuthenticationToken() {
        return new AwsError("MissingAuthenticationTokenException", "Missing Authentication Token", 400);
    }

    /** An {@code Authorization} header that is not a complete SigV4 signature. */
    public static AwsError incompleteSignature(String message) {
        return new AwsError("IncompleteSignatureException", message, 400);
    }
}
