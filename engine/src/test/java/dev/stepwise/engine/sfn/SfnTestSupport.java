package dev.stepwise.engine.sfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Calls with JSON, as the endpoint does, and waits for background executions. */
final class SfnTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROLE_ARN = "arn:aws:iam::123456789012:role/compat-harness";

    private SfnTestSupport() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A request from alternating member names and values; values that are not strings are put as JSON. */
    static ObjectNode request(Object... members) {
        ObjectNode request = JSON.createObjectNode();
        for (int i = 0; i < members.length; i += 2) {
            Object value = members[i + 1];
            if (value instanceof String text) {
                request.put((String) members[i], text);
            } else if (value instanceof JsonNode node) {
                request.set((String) members[i], node);
            } else {
                request.set((String) members[i], JSON.valueToTree(value));
            }
        }
        return request;
    }

    static StepFunctionsException refused(StepFunctionsService service, String operation, ObjectNode request,
                                          String expectedType) {
        StepFunctionsException e = assertThrows(StepFunctionsException.class, () -> service.call(operation, request));
        assertEquals(expectedType, e.type(), e.getMessage());
        return e;
    }

    static String create(StepFunctionsService service, String name, String definition, String type) {
        ObjectNode request = request("name", name, "definition", definition, "roleArn", ROLE_ARN);
        if (type != null) {
            request.put("type", type);
        }
        return service.call("CreateStateMachine", request).get("stateMachineArn").asText();
    }

    /** Polls DescribeExecution until the execution is no longer RUNNING (a bound only against hanging forever). */
    static JsonNode awaitEnd(StepFunctionsService service, String executionArn) {
        return awaitDescribe(service, executionArn, d -> !d.get("status").asText().equals("RUNNING"));
    }

    static JsonNode awaitDescribe(StepFunctionsService service, String executionArn, Predicate<JsonNode> done) {
        for (int i = 0; i < 3000; i++) {
            JsonNode d = service.call("DescribeExecution", request("executionArn", executionArn));
            if (done.test(d)) {
                return d;
            }
            pause();
        }
        return fail("execution " + executionArn + " never reached the expected state");
    }

    /** Polls the history until it has an event that {@code wanted} accepts, and returns that event. */
    static JsonNode awaitEvent(StepFunctionsService service, String executionArn, Predicate<JsonNode> wanted) {
        for (int i = 0; i < 3000; i++) {
            for (JsonNode event : history(service, executionArn)) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            pause();
        }
        return fail("execution " + executionArn + " never recorded the expected event");
    }

    /** The whole history, page by page. */
    static List<JsonNode> history(StepFunctionsService service, String executionArn) {
        List<JsonNode> events = new ArrayList<>();
        String token = null;
        do {
            ObjectNode request = request("executionArn", executionArn, "maxResults", 1000);
            if (token != null) {
                request.put("nextToken", token);
            }
            JsonNode page = service.call("GetExecutionHistory", request);
            page.get("events").forEach(events::add);
            token = page.has("nextToken") ? page.get("nextToken").asText() : null;
        } while (token != null);
        return events;
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
