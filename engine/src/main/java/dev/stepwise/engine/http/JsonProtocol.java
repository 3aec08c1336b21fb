package dev.stepwise.engine.http;

import java.util.Locale;
import java.util.Optional;

/** The two AWS JSON protocols; they differ here only in their content type. */
public enum JsonProtocol {
    /** Step Functions. */
    AWS_JSON_1_0("application/x-amz-json-1.0"),
    /** Cognito Identity Provider. */
    AWS_JSON_1_1("application/x-amz-json-1.1");

    /** Plain JSON, which AWS's JSON-protocol services also accept. */
    public static final String PLAIN_JSON = "application/json";

    private final String contentType;

    JsonProtocol(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The media type of a {@code Content-Type} header when it is one the JSON protocols accept (either protocol's, or
     * plain JSON), without parameters such as {@code charset}.
     */
    public static Optional<String> acceptedMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim().toLowerCase(Locale.ROOT);
        for (JsonProtocol protocol : values()) {
            if (protocol.contentType.equals(mediaType)) {
                return Optional.of(mediaType);
            }
        }
        return PLAIN_JSON.equals(mediaType) ? Optional.of(mediaType) : Optional.empty();
    }
}
