package dev.stepwise.engine.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Moves one exchange between the JDK server and the {@link Router}: reads the body within the size limit, gives every
 * response an {@code x-amzn-RequestId}, and turns an escaped exception into a 500 without its details, so that one bad
 * request never stops the endpoint.
 */
final class ExchangeHandler implements HttpHandler {

    /** A request over the limit is read this far and dropped, so that the client can still read our 413. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final Router router;
    private final int maxRequestBytes;
    private final Consumer<Throwable> internalFailures;

    ExchangeHandler(Router router, int maxRequestBytes, Consumer<Throwable> internalFailures) {
        this.router = router;
        this.maxRequestBytes = maxRequestBytes;
        this.internalFailures = internalFailures;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            EndpointResponse response;
            try {
                byte[] body = readBody(exchange.getRequestBody());
                response = body == null ? EndpointResponse.empty(413) : router.handle(request(exchange, body));
            } catch (IOException e) {
                return; // the client went away mid-request: there is nobody to answer
            } catch (RuntimeException | Error e) {
                internalFailures.accept(e);
                response = internalFailure(exchange);
            }
            response = response.withHeader("x-amzn-RequestId", requestId);
            if (exchange.getRequestHeaders().containsKey("Origin")
                    && !response.headers().containsKey("Access-Control-Allow-Origin")) {
                response = response.withHeader("Access-Control-Allow-Origin", "*")
                        .withHeader("Access-Control-Expose-Headers", CorsRoute.EXPOSED_HEADERS);
            }
            write(exchange, response);
        }
    }

    private static EndpointRequest request(HttpExchange exchange, byte[] body) {
        return new EndpointRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    }

    /** The whole body, or null when it is longer than the limit (AWS answers 413 with no body). */
    private byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxRequestBytes) {
                drain(in, total);
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private static void drain(InputStream in, long alreadyRead) throws IOException {
        long total = alreadyRead;
        byte[] buffer = new byte[8192];
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    /** AWS's common InternalFailure, in the request's JSON flavour; never a stack trace. */
    private static EndpointResponse internalFailure(HttpExchange exchange) {
        String requested = exchange.getRequestHeaders().getFirst("Content-Type");
        String contentType = requested != null && requested.startsWith("application/x-amz-json")
                ? requested : "application/json";
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", AwsError.INTERNAL_FAILURE);
        body.put("message", AwsError.INTERNAL_FAILURE_MESSAGE);
        return EndpointResponse.json(500, body, contentType);
    }

    private static void write(HttpExchange exchange, EndpointResponse response) throws IOException {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        // HEAD answers with the headers only (the JDK server refuses a body for it).
        byte[] body = exchange.getRequestMethod().equalsIgnoreCase("HEAD") ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
