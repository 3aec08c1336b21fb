package dev.stepwise.engine.interp.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.TaskRequest;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs Lambda tasks on functions served locally over HTTP, the way the Lambda Runtime Interface Emulator serves them
 * ({@code POST <base>/2015-03-31/functions/function/invocations}). Handles both forms: the optimised integration
 * {@code arn:aws:states:::lambda:invoke} (Parameters {@code FunctionName}, {@code Payload}; the result wraps the
 * response as AWS does) and a function ARN as the resource (the result is the response itself).
 */
public final class LambdaHttpRoute implements TaskInvokers.Route {

    static final String INVOKE_RESOURCE = "arn:aws:states:::lambda:invoke";
    static final String INVOCATIONS_PATH = "/2015-03-31/functions/function/invocations";

    private final Map<String, URI> functions;
    private final HttpClient http;

    /** @param functions function name to the base URL its emulator listens on, e.g. {@code http://127.0.0.1:9000} */
    public LambdaHttpRoute(Map<String, URI> functions) {
        this.functions = Map.copyOf(functions);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Optional<TaskInvoker> route(TaskRequest request) {
        String resource = request.resource();
        boolean integration = resource.equals(INVOKE_RESOURCE) || resource.startsWith(INVOKE_RESOURCE + ".");
        String function = integration ? text(request.payload().get("FunctionName")) : functionArnName(resource);
        if (function == null) {
            return Optional.empty();
        }
        URI base = functions.get(functionName(function));
        if (base == null) {
            return Optional.empty();
        }
        JsonNode payload = integration ? request.payload().path("Payload") : request.payload();
        return Optional.of(ignored -> invoke(base, function, payload.isMissingNode() ? null : payload, integration));
    }

    private JsonNode invoke(URI base, String function, JsonNode payload, boolean integration) throws InterruptedException {
        String body = payload == null ? "{}" : JsonPrinter.compact(payload);
        HttpRequest post = HttpRequest.newBuilder(base.resolve(INVOCATIONS_PATH))
                .timeout(Duration.ofMinutes(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StatesException("Lambda.ServiceException", "Could not reach the local function '" + function
                    + "' at " + base + ": " + e.getMessage());
        }
        JsonNode result = parse(response.body());
        boolean functionError = response.headers().firstValue("X-Amz-Function-Error").isPresent()
                || (result.isObject() && result.has("errorType") && result.has("errorMessage") && result.size() <= 3);
        if (response.statusCode() >= 400 || functionError) {
            String errorType = result.path("errorType").isTextual() ? result.get("errorType").textValue()
                    : response.statusCode() >= 400 ? "Lambda.ServiceException" : StatesErrorNames.TASK_FAILED;
            throw new StatesException(errorType, JsonPrinter.compact(result));
        }
        if (!integration) {
            return result;
        }
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.put("ExecutedVersion", "$LATEST");
        wrapped.set("Payload", result);
        wrapped.put("StatusCode", response.statusCode());
        return wrapped;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return JsonReader.readJson(body).root();
        } catch (JsonSyntaxException e) {
            return JsonNodeFactory.instance.textNode(body);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The function name inside a Lambda ARN resource, or null when the resource is not one. */
    private static String functionArnName(String resource) {
        return resource.startsWith("arn:aws:lambda:") && resource.contains(":function:") ? resource : null;
    }

    /** {@code my-fn}, from a name, a partial ARN or a full ARN (with or without a version or alias). */
    static String functionName(String function) {
        int marker = function.indexOf(":function:");
        String name = marker >= 0 ? function.substring(marker + ":function:".length()) : function;
        int qualifier = name.indexOf(':');
        return qualifier >= 0 ? name.substring(0, qualifier) : name;
    }
}
