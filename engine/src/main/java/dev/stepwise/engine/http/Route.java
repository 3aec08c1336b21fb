package dev.stepwise.engine.http;

/**
 * One kind of request the endpoint answers, such as {@code GET /<poolId>/.well-known/jwks.json}. Routes are asked in
 * order; the first that {@link #matches} a request handles it.
 */
public interface Route {

    boolean matches(EndpointRequest request);

    /**
     * Answers the request. An exception escaping here is our bug: the endpoint answers 500 without its details and
     * keeps serving.
     */
    EndpointResponse handle(EndpointRequest request);
}
