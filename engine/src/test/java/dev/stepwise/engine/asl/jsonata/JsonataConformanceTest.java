package dev.stepwise.engine.asl.jsonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the AWS-recorded {@code jsonata.*} conformance cases that are a chain of JSONata Pass states with only
 * {@code Output} and {@code Assign}, through {@link JsonataTemplate} alone: Assign and Output both see the variables
 * from before the state and {@code $states.input}; the state's output is its Output (or its input).
 */
class JsonataConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PASS_FIELDS = Set.of("Type", "Next", "End", "Output", "Assign", "QueryLanguage",
            "Comment");
    private static final Set<String> TOP_FIELDS = Set.of("StartAt", "States", "QueryLanguage", "Comment");

    static Stream<Named<JsonNode>> passChains() {
        return ConformanceCases.files().stream()
                .filter(f -> f.getFileName().toString().contains("jsonata."))
                .map(JsonataConformanceTest::read)
                .filter(JsonataConformanceTest::isJsonataPassChain)
                .map(c -> Named.of(c.get("name").asText(), c));
    }

    @Test
    void coversTheJsonataPassChains() {
        // 37 of the 92 JSONata cases today; the others need Choice, Map, Wait, Fail or JSONPath states
        assertTrue(passChains().count() >= 37, "fewer JSONata Pass-chain cases than expected");
    }

    @ParameterizedTest
    @MethodSource("passChains")
    void matchesAws(JsonNode testCase) {
        JsonNode definition = testCase.get("definition");
        JsonNode expect = testCase.get("expect");
        JsonNode input = testCase.get("input");
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        String stateName = definition.get("StartAt").asText();
        int eventId = 2;
        String error = null;
        String cause = null;
        while (stateName != null) {
            JsonNode state = definition.get("States").get(stateName);
            JsonataBindings bindings = JsonataBindings.builder()
                    .input(input)
                    .context(context(input, stateName))
                    .variables(variables)
                    .build();
            try {
                Map<String, JsonNode> assigned = new LinkedHashMap<>();
                if (state.has("Assign")) {
                    JsonNode values = JsonataTemplate.compile(state.get("Assign")).evaluate(bindings, "Assign");
                    values.fields().forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
                }
                JsonNode stateOutput = state.has("Output")
                        ? JsonataTemplate.compile(state.get("Output")).evaluate(bindings, "Output")
                        : input;
                variables.putAll(assigned);
                input = stateOutput;
            } catch (StatesException e) {
                error = e.error();
                cause = "An error occurred while executing the state '" + stateName + "' (entered at the event id #"
                        + eventId + "). " + e.causeText();
                break;
            }
            stateName = state.path("End").asBoolean() ? null : state.get("Next").asText();
            eventId += 2;
        }
        JsonNode actual = input;
        String actualError = error;
        assertEquals(expect.get("status").asText(), error == null ? "SUCCEEDED" : "FAILED",
                () -> "status; error " + actualError + ", output " + actual);
        if (error == null) {
            assertTrue(sameJson(expect.get("output"), actual, ignoredKeys(testCase)),
                    () -> "expected " + expect.get("output") + " but was " + actual);
        } else {
            if (expect.has("error")) {
                assertEquals(expect.get("error").isNull() ? null : expect.get("error").asText(), error);
            }
            if (expect.has("cause")) {
                assertEquals(expect.get("cause").isNull() ? null : expect.get("cause").asText(), cause);
            }
        }
    }

    private static boolean isJsonataPassChain(JsonNode testCase) {
        JsonNode definition = testCase.get("definition");
        if (!fieldsWithin(definition, TOP_FIELDS)) {
            return false;
        }
        String top = definition.path("QueryLanguage").asText("JSONPath");
        Iterator<JsonNode> states = definition.get("States").elements();
        while (states.hasNext()) {
            JsonNode state = states.next();
            if (!"Pass".equals(state.path("Type").asText()) || !fieldsWithin(state, PASS_FIELDS)
                    || !"JSONata".equals(state.path("QueryLanguage").asText(top))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fieldsWithin(JsonNode node, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            if (!allowed.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    // Only the ..key form of "ignore" occurs in these cases' context values; compare everything else.
    private static Set<String> ignoredKeys(JsonNode testCase) {
        Set<String> keys = new java.util.HashSet<>();
        for (JsonNode path : testCase.path("ignore")) {
            String text = path.asText();
            int dot = text.lastIndexOf('.');
            keys.add(text.substring(dot + 1));
        }
        return keys;
    }

    /** JSON equality as the conformance checker defines it: key order ignored, numbers by value. */
    static boolean sameJson(JsonNode expected, JsonNode actual, Set<String> ignoredKeys) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    return false;
                }
                if (!ignoredKeys.contains(field.getKey()) && !sameJson(field.getValue(), other, ignoredKeys)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!sameJson(expected.get(i), actual.get(i), ignoredKeys)) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static JsonNode context(JsonNode input, String stateName) {
        ObjectNode context = JSON.createObjectNode();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", "arn:aws:states:us-east-1:000000000000:execution:conformance:run");
        execution.set("Input", input.deepCopy());
        execution.put("StartTime", "2024-01-01T00:00:00.000Z");
        execution.put("Name", "run");
        execution.put("RoleArn", "arn:aws:iam::000000000000:role/stepwise");
        execution.put("RedriveCount", 0);
        context.putObject("StateMachine").put("Id", "arn:aws:states:us-east-1:000000000000:stateMachine:conformance");
        ObjectNode state = context.putObject("State");
        state.put("Name", stateName);
        state.put("EnteredTime", "2024-01-01T00:00:00.000Z");
        return context;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
