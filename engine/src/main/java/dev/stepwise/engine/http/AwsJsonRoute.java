package dev.stepwise.engine.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The AWS JSON protocols on {@code /}: picks the service by the {@code X-Amz-Target} prefix, checks the request the
 * way AWS does, calls the service and writes its answer or its error. What AWS answers:
 * <ul>
 * <li>not a POST, or a body whose content type is not JSON: 404 with the bare body {@code <UnknownOperationException/>}
 * <li>no target, a garbled one, or one naming no service here: 400 {@code UnknownOperationException}
 * <li>an incomplete SigV4 {@code Authorization} header: 400 {@code IncompleteSignatureException}
 * <li>no signature for an operation that needs AWS credentials: 400 {@code MissingAuthenticationTokenException}
 * <li>a body that is not one JSON object: 400 {@code SerializationException}
 * </ul>
 * Responses carry the request's JSON content type (the protocol's, normally).
 */
public final class AwsJsonRoute implements Route {

    /** AWS's answer, byte for byte: no content type, an XML-looking body. */
    private static final EndpointResponse NOT_FOUND = new EndpointResponse(404, Map.of(),
            "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<String, AwsJsonService> services = new LinkedHashMap<>();
    private final Consumer<Throwable> internalFailures;

    public AwsJsonRoute(List<AwsJsonService> services, Consumer<Throwable> internalFailures) {
        for (AwsJsonService service : services) {
            if (this.services.putIfAbsent(service.targetPrefix(), service) != null) {
                throw new IllegalArgumentException("two services for target prefix " + service.targetPrefix());
            }
        }
        this.internalFailures = internalFailures;
    }

    @Override
    public boolean matches(EndpointRequest request) {
        return request.path().equals("/");
    }

    @Override
    public EndpointResponse handle(EndpointRequest request) {
        Optional<String> mediaType = request.header("Content-Type").flatMap(JsonProtocol::acceptedMediaType);
        if (!request.method().equals("POST") || (request.bodyLength() > 0 && mediaType.isEmpty())) {
            return NOT_FOUND;
        }
        Optional<AmzTarget> target = AmzTarget.parse(request.header("X-Amz-Target").orElse(null));
        String fallbackType = mediaType.orElse(JsonProtocol.PLAIN_JSON);
        if (target.isEmpty()) {
            return error(AwsError.unknownOperation(request.header("X-Amz-Target")
                    .map(t -> "Unknown operation: the X-Amz-Target header '" + t + "' is not <Service>.<Operation>")
                    .orElse("Unknown operation: the X-Amz-Target header is missing")), fallbackType);
        }
        AwsJsonService service = services.get(target.get().prefix());
        if (service == null) {
            return error(AwsError.unknownOperation("Unknown operation " + target.get()
                    + ": no service here answers " + target.get().prefix()), fallbackType);
        }
        String contentType = mediaType.orElse(service.protocol().contentType());
        Optional<AwsError> signature = SigV4Authorization.check(request);
        if (signature.isPresent()) {
            return error(signature.get(), contentType);
        }
        if (!SigV4Authorization.isSigned(request) && service.requiresSignature(target.get().operation())) {
            return error(AwsError.missingAuthenticationToken(), contentType);
        }
        JsonNode body;
        try {
            body = parseBody(request);
        } catch (BadBodyException e) {
            return error(AwsError.serialization(e.getMessage()), contentType);
        }
        return call(service, target.get().operation(), body, contentType);
    }

    private EndpointResponse call(AwsJsonService service, String operation, JsonNode body, String contentType) {
        JsonNode result;
        try {
            result = service.call(operation, body);
        } catch (RuntimeException e) {
            Optional<AwsError> refusal = service.error(e);
            if (refusal.isPresent()) {
                return error(refusal.get(), contentType);
            }
            internalFailures.accept(e);
            return error(service.internalError(), contentType);
        }
        return EndpointResponse.json(200, result == null ? JsonNodeFactory.instance.objectNode() : result,
                contentType);
    }

    private static JsonNode parseBody(EndpointRequest request) throws BadBodyException {
        if (request.bodyLength() == 0) {
            throw new BadBodyException("The request body is empty; send a JSON object, {} at least");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw new BadBodyException("The request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadBodyException("The request body cannot be read: " + e.getMessage());
        }
        if (body == null || body.isMissingNode()) {
            throw new BadBodyException("The request body is empty; send a JSON object, {} at least");
        }
        if (body.isArray()) {
            throw new BadBodyException("Start of list found where not expected");
        }
        if (!body.isObject()) {
            throw new BadBodyException("The request body must be a JSON object, not " + body.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        return body;
    }

    static EndpointResponse error(AwsError error, String contentType) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", error.type());
        if (error.message() != null) {
            body.put("message", error.message());
        }
        return EndpointResponse.json(error.status(), body, contentType).withHeader("x-amzn-ErrorType", error.type());
    }

    private static final class BadBodyException extends Exception {
        private static final long serialVersionUID = 1L;

        BadBodyException(String message) {
            super(message);
        }
    }
}
