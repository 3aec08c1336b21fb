package dev.stepwise.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.TaskRequest;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mocked task responses in AWS Step Functions Local's MockConfigFile format: per state machine, test cases that map
 * Task state names to mocked responses; each response lists what invocation N (counted from 0, retries included)
 * returns or throws.
 */
public final class MockConfig {

    private static final Pattern INVOCATIONS = Pattern.compile("(\\d+)(?:-(\\d+))?");

    /** What one invocation gives: a result to return, or an error to throw. */
    public record MockedResult(JsonNode returned, String error, String cause) {
        boolean isThrow() {
            return returned == null;
        }
    }

    private final Map<String, Map<String, Map<String, String>>> testCases;
    private final Map<String, List<MockedResult>> responses;

    private MockConfig(Map<String, Map<String, Map<String, String>>> testCases, Map<String, List<MockedResult>> responses) {
        this.testCases = testCases;
        this.responses = responses;
    }

    public static MockConfig read(Path file) throws IOException, MockConfigException {
        try {
            return parse(JsonReader.read(file).root());
        } catch (JsonSyntaxException e) {
            throw new MockConfigException(file + ": " + e.getMessage());
        }
    }

    public static MockConfig parse(JsonNode root) throws MockConfigException {
        if (!root.isObject()) {
            throw new MockConfigException("a mock file must be a JSON object with \"StateMachines\" and \"MockedResponses\"");
        }
        Map<String, List<MockedResult>> responses = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> response : entries(root, "MockedResponses", "/")) {
            responses.put(response.getKey(), invocations(response.getKey(), response.getValue()));
        }
        Map<String, Map<String, Map<String, String>>> machines = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> machine : entries(root, "StateMachines", "/")) {
            String at = "/StateMachines/" + machine.getKey();
            Map<String, Map<String, String>> cases = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> testCase : entries(machine.getValue(), "TestCases", at)) {
                Map<String, String> states = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> state : fields(testCase.getValue(), at + "/TestCases/" + testCase.getKey())) {
                    String responseName = state.getValue().asText();
                    if (!state.getValue().isTextual() || !responses.containsKey(responseName)) {
                        throw new MockConfigException(at + "/TestCases/" + testCase.getKey() + "/" + state.getKey()
                                + ": names the mocked response \"" + responseName + "\", which is not in MockedResponses");
                    }
                    states.put(state.getKey(), responseName);
                }
                cases.put(testCase.getKey(), states);
            }
            machines.put(machine.getKey(), cases);
        }
        return new MockConfig(machines, responses);
    }

    /** The names of the state machines the file has test cases for, in its order. */
    public List<String> stateMachines() {
        return List.copyOf(testCases.keySet());
    }

    /** The test case's names, for a state machine. */
    public List<String> testCases(String stateMachine) {
        return List.copyOf(testCases.getOrDefault(stateMachine, Map.of()).keySet());
    }

    /**
     * A route that answers the tasks the test case mocks.
     *
     * @throws MockConfigException when the file has no such state machine or test case
     */
    public TaskInvokers.Route route(String stateMachine, String testCase) throws MockConfigException {
        Map<String, Map<String, String>> cases = testCases.get(stateMachine);
        if (cases == null) {
            throw new MockConfigException("the mock file has no state machine \"" + stateMachine + "\" (it has "
                    + testCases.keySet() + ")");
        }
        Map<String, String> states = cases.get(testCase);
        if (states == null) {
            throw new MockConfigException("state machine \"" + stateMachine + "\" has no test case \"" + testCase
                    + "\" (it has " + cases.keySet() + ")");
        }
        return request -> {
            String responseName = states.get(request.stateName());
            if (responseName == null) {
                return Optional.empty();
            }
            List<MockedResult> results = responses.get(responseName);
            return Optional.of(new MockedInvoker(responseName, results));
        };
    }

    /** One state's mocked response; as in Step Functions Local, it also answers a task token's callback. */
    private record MockedInvoker(String responseName, List<MockedResult> results) implements TaskInvoker {
        @Override
        public JsonNode invoke(TaskRequest request) {
            if (request.invocation() >= results.size()) {
                throw new StatesException(StatesErrorNames.TASK_FAILED, "The mocked response \"" + responseName
                        + "\" has no entry for invocation " + request.invocation() + " of state \""
                        + request.stateName() + "\"");
            }
            MockedResult result = results.get(request.invocation());
            if (result.isThrow()) {
                throw new StatesException(result.error(), result.cause());
            }
            return result.returned();
        }

        @Override
        public boolean answersCallback() {
            return true;
        }
    }

    private static List<MockedResult> invocations(String name, JsonNode response) throws MockConfigException {
        String at = "/MockedResponses/" + name;
        List<MockedResult> results = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(response, at)) {
            Matcher range = INVOCATIONS.matcher(entry.getKey());
            if (!range.matches()) {
                throw new MockConfigException(at + "/" + entry.getKey() + ": invocation keys are numbers (\"0\") or"
                        + " ranges (\"1-2\")");
            }
            int first = Integer.parseInt(range.group(1));
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
            if (first != results.size() || last < first) {
                throw new MockConfigException(at + "/" + entry.getKey() + ": mock responses must be consecutively"
                        + " numbered from 0; expected invocation " + results.size() + " next");
            }
            MockedResult result = result(entry.getValue(), at + "/" + entry.getKey());
            for (int i = first; i <= last; i++) {
                results.add(result);
            }
        }
        return results;
    }

    private static MockedResult result(JsonNode entry, String at) throws MockConfigException {
        boolean returns = entry.has("Return");
        boolean throwsError = entry.has("Throw");
        if (returns == throwsError) {
            throw new MockConfigException(at + ": each entry has exactly one of \"Return\" or \"Throw\"");
        }
        if (returns) {
            return new MockedResult(entry.get("Return"), null, null);
        }
        JsonNode thrown = entry.get("Throw");
        if (!thrown.path("Error").isTextual() || !thrown.path("Cause").isTextual()) {
            throw new MockConfigException(at + "/Throw: needs string fields \"Error\" and \"Cause\"");
        }
        return new MockedResult(null, thrown.get("Error").textValue(), thrown.get("Cause").textValue());
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode parent, String field, String at)
            throws MockConfigException {
        JsonNode value = parent.get(field);
        if (value == null || !value.isObject()) {
            throw new MockConfigException((at.equals("/") ? "" : at) + "/" + field + ": must be an object");
        }
        return fields(value, at + "/" + field);
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode object, String at) throws MockConfigException {
        if (!object.isObject()) {
            throw new MockConfigException(at + ": must be an object");
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> iterator = object.fields();
        iterator.forEachRemaining(fields::add);
        return fields;
    }
}
