package dev.stepwise.engine.interp.choice;

import static dev.stepwise.engine.interp.choice.ChoiceFixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.ChoiceState;
import dev.stepwise.engine.asl.model.DataPaths;
import dev.stepwise.engine.asl.model.FailState;
import dev.stepwise.engine.asl.model.PassState;
import dev.stepwise.engine.asl.model.QueryLanguage;
import dev.stepwise.engine.asl.model.State;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.model.SucceedState;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PathNotFoundException;
import dev.stepwise.engine.interp.error.StatesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Runs every AWS-recorded conformance case that contains a Choice state through {@link ChoiceEvaluator}, with a
 * minimal stand-in for the rest of the machine: Pass ({@code Result}, or {@code Parameters} with plain paths, or the
 * input), Succeed, Fail with static fields, JSONPath {@code Assign} with plain paths. Cases that need more (JSONata,
 * Map, intrinsics, other I/O paths) are skipped and listed. Every {@code choice.*} and {@code spec.choice.*} case must
 * be verified.
 */
class ChoiceConformanceTest {

    private static final Set<String> VERIFIED = new TreeSet<>();
    private static final Map<String, String> SKIPPED = new java.util.TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyCaseWithAChoiceState() {
        return caseFiles().stream()
                .map(ChoiceConformanceTest::read)
                .filter(c -> c.path("definition").toString().contains("\"Type\":\"Choice\""))
                .map(c -> DynamicTest.dynamicTest(c.path("name").asText(), () -> verify(c)));
    }

    @AfterAll
    static void summary() {
        long own = VERIFIED.stream().filter(ChoiceConformanceTest::isChoiceCase).count();
        System.out.printf("Choice conformance: %d verified (%d choice.*/spec.choice.*), %d skipped %s%n",
                VERIFIED.size(), own, SKIPPED.size(), SKIPPED);
    }

    private static boolean isChoiceCase(String name) {
        return name.startsWith("choice.") || name.startsWith("spec.choice.");
    }

    private static void verify(JsonNode testCase) throws Exception {
        String name = testCase.path("name").asText();
        try {
            StateMachine machine = AslParser.parse(testCase.path("definition"));
            Result result = new Runner(machine, testCase.path("input")).run();
            JsonNode expect = testCase.path("expect");
            assertEquals(expect.path("status").asText(), result.status, name + ": " + result);
            if (result.status.equals("SUCCEEDED")) {
                assertTrue(expect.path("output").equals(NUMBERS_BY_VALUE, result.output),
                        name + ": expected " + expect.path("output") + " but was " + result.output);
            } else {
                if (expect.has("error")) {
                    assertEquals(textOrNull(expect.get("error")), result.error, name);
                }
                if (expect.has("cause")) {
                    assertEquals(textOrNull(expect.get("cause")), result.cause, name);
                }
            }
            VERIFIED.add(name);
        } catch (TestAbortedException skipped) {
            SKIPPED.put(name, skipped.getMessage());
            if (isChoiceCase(name)) {
                throw new AssertionError(name + " must be verifiable: " + skipped.getMessage());
            }
            throw skipped;
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }

    private record Result(String status, JsonNode output, String error, String cause) {
    }

    /** Just enough of an interpreter to see where a Choice leads. */
    private static final class Runner {
        private final StateMachine machine;
        private final JsonNode executionInput;
        private final Map<String, JsonNode> variables = new HashMap<>();

        Runner(StateMachine machine, JsonNode executionInput) {
            this.machine = machine;
            this.executionInput = executionInput;
        }

        Result run() {
            JsonNode data = executionInput;
            String name = machine.startAt();
            for (int steps = 0; steps < 100; steps++) {
                State state = machine.state(name);
                if (state.base().queryLanguage() != QueryLanguage.JSONPATH) {
                    Assumptions.abort("JSONata state " + name);
                }
                DataScope scope = ChoiceFixtures.scope(context(name), variables);
                if (state instanceof ChoiceState choice) {
                    requireDefaultPaths(choice.paths(), name);
                    ChoiceOutcome outcome;
                    try {
                        outcome = ChoiceEvaluator.compile(choice).evaluate(data, scope);
                    } catch (StatesException e) {
                        return new Result("FAILED", null, e.error(), e.causeText());
                    }
                    JsonNode assign = outcome.isDefault()
                            ? choice.base().assign() : choice.choices().get(outcome.ruleIndex()).assign();
                    assign(assign, data, scope);
                    name = outcome.next();
                } else if (state instanceof PassState pass) {
                    DataPaths paths = pass.paths();
                    if (!"$".equals(paths.inputPath()) || !"$".equals(paths.resultPath())
                            || !"$".equals(paths.outputPath()) || paths.resultSelector() != null) {
                        Assumptions.abort("Pass " + name + " with InputPath/ResultPath/OutputPath/ResultSelector");
                    }
                    JsonNode result = pass.result() != null ? pass.result()
                            : paths.parameters() != null ? template(paths.parameters(), data, scope) : data;
                    assign(pass.base().assign(), data, scope);
                    data = result;
                    if (pass.transition().end()) {
                        return new Result("SUCCEEDED", data, null, null);
                    }
                    name = pass.transition().next();
                } else if (state instanceof SucceedState succeed) {
                    requireDefaultPaths(succeed.paths(), name);
                    return new Result("SUCCEEDED", data, null, null);
                } else if (state instanceof FailState fail) {
                    if (fail.errorPath() != null || fail.causePath() != null) {
                        Assumptions.abort("Fail " + name + " with ErrorPath/CausePath");
                    }
                    return new Result("FAILED", null, fail.error(), fail.cause());
                } else {
                    Assumptions.abort(state.type() + " state " + name);
                }
            }
            throw new AssertionError("more than 100 transitions");
        }

        private static void requireDefaultPaths(DataPaths paths, String name) {
            if (!"$".equals(paths.inputPath()) || !"$".equals(paths.outputPath())) {
                Assumptions.abort("InputPath/OutputPath on " + name);
            }
        }

        private JsonNode context(String stateName) {
            ObjectNode context = JSON.createObjectNode();
            ObjectNode execution = context.putObject("Execution");
            execution.set("Input", executionInput);
            execution.put("Id", "arn:aws:states:us-east-1:111111111111:execution:machine:run");
            execution.put("Name", "run");
            execution.put("StartTime", "2024-01-01T00:00:00.000Z");
            context.putObject("State").put("Name", stateName).put("EnteredTime", "2024-01-01T00:00:00.000Z");
            context.putObject("StateMachine").put("Id", "arn:aws:states:us-east-1:111111111111:stateMachine:machine")
                    .put("Name", "machine");
            return context;
        }

        /** JSONPath Assign: every value is computed from the old variables, then all are set. */
        private void assign(JsonNode assign, JsonNode input, DataScope scope) {
            if (assign == null) {
                return;
            }
            Map<String, JsonNode> values = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) template(assign, input, scope)).fields();
            fields.forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
            variables.putAll(values);
        }

        /** A payload template whose {@code .$} fields are plain paths. */
        private JsonNode template(JsonNode template, JsonNode input, DataScope scope) {
            if (template.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                template.forEach(item -> items.add(template(item, input, scope)));
                return JSON.createArrayNode().addAll(items);
            }
            if (!template.isObject()) {
                return template;
            }
            ObjectNode result = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (key.endsWith(".$")) {
                    String path = field.getValue().asText();
                    if (!path.startsWith("$")) {
                        Assumptions.abort("intrinsic function " + path);
                    }
                    try {
                        result.set(key.substring(0, key.length() - 2), PathExpression.compile(path).read(input, scope));
                    } catch (PathNotFoundException e) {
                        Assumptions.abort("a template path that selects nothing: " + path);
                    }
                } else {
                    result.set(key, template(field.getValue(), input, scope));
                }
            }
            return result;
        }
    }

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** {@code shared/conformance/asl/cases} beside the repository; the tests are skipped where it is missing. */
    private static List<Path> caseFiles() {
        Path at = Path.of("").toAbsolutePath();
        while (at != null && !Files.isDirectory(at.resolve("shared/conformance/asl/cases"))) {
            at = at.getParent();
        }
        Assumptions.assumeTrue(at != null, "the shared conformance cases are not beside the repository");
        try (Stream<Path> files = Files.list(at.resolve("shared/conformance/asl/cases"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the conformance cases", e);
        }
    }
}
