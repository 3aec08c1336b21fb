package dev.stepwise.engine.http;

import java.util.Optional;

/**
 * Checks that an {@code Authorization} header is a complete AWS Signature Version 4 header. The signature itself is
 * not verified: any credentials are accepted locally. Headers of other schemes are ignored, as unsigned requests
 * (SignUp, InitiateAuth, ...) are ordinary.
 */
final class SigV4Authorization {

    private static final String SIGV4_PREFIX = "AWS4-";
    private static final String[] REQUIRED = {"Credential", "Signature", "SignedHeaders"};

    private SigV4Authorization() {
    }

    /** Whether the request carries a SigV4 {@code Authorization} header (complete or not). */
    static boolean isSigned(EndpointRequest request) {
        return request.header("Authorization").map(h -> h.trim().startsWith(SIGV4_PREFIX)).orElse(false);
    }

    /** AWS's refusal of an incomplete SigV4 header, or empty when the request may go on. */
    static Optional<AwsError> check(EndpointRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty() || !header.get().trim().startsWith(SIGV4_PREFIX)) {
            return Optional.empty();
        }
        String value = header.get().trim();
        int space = value.indexOf(' ');
        String parameters = space < 0 ? "" : value.substring(space + 1);
        StringBuilder problems = new StringBuilder();
        for (String name : REQUIRED) {
            if (!hasParameter(parameters, name)) {
                problems.append("Authorization header requires '").append(name).append("' parameter. ");
            }
        }
        if (request.header("X-Amz-Date").isEmpty() && request.header("Date").isEmpty()) {
            problems.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (problems.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(AwsError.incompleteSignature(problems + "Authorization=" + value));
    }

    private static boolean hasParameter(String parameters, String name) {
        for (String pair : parameters.split(",")) {
            String trimmed = pair.trim();
            if (trimmed.startsWith(name + "=") && trimmed.length() > name.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
