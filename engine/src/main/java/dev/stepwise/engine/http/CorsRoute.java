package dev.stepwise.engine.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CORS preflight ({@code OPTIONS} with an {@code Origin}) for browser apps calling the endpoint from their own
 * origin, as browser SDKs (amazon-cognito-identity-js, Amplify) call Cognito. Any origin may call: the endpoint listens
 * on loopback and holds no user's real credentials. {@link ExchangeHandler} adds the matching headers to the actual
 * responses.
 */
public final class CorsRoute implements Route {

    /** The headers a browser may read from our responses: AWS's request id and error headers. */
    static final String EXPOSED_HEADERS = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";

    @Override
    public boolean matches(EndpointRequest request) {
        return request.method().equals("OPTIONS") && request.header("Origin").isPresent();
    }

    @Override
    public EndpointResponse handle(EndpointRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        // Whatever the browser asks for: SDKs send x-amz-target, x-amz-user-agent, authorization, amz-sdk-*.
        headers.put("Access-Control-Allow-Headers",
                request.header("Access-Control-Request-Headers").orElse("content-type, x-amz-target"));
        headers.put("Access-Control-Max-Age", "86400");
        return new EndpointResponse(200, headers, new byte[0]);
    }
}
