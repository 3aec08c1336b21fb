package dev.stepwise.engine.asl.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PathNotFoundException;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Runs the AWS-recorded conformance cases whose whole behaviour is intrinsic calls, without the interpreter. A case
 * qualifies when it is one of these shapes:
 * <ul>
 *   <li>the start state is a Pass with only {@code Parameters} and {@code End}: the output is the evaluated template;</li>
 *   <li>a Pass that only {@code Assign}s constants, then such a Pass: the variables are in scope;</li>
 *   <li>a Fail state whose {@code ErrorPath}/{@code CausePath} are intrinsic calls.</li>
 * </ul>
 * Values at the case's {@code ignore} paths (random numbers, UUIDs) must only be present.
 */
class IntrinsicConformanceTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MACHINE_NAME = "Intrinsic-Conformance-Machine";

    @TestFactory
    Stream<DynamicTest> casesThatAreOnlyIntrinsicCalls() {
        return runnableCases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> c.run()));
    }

    @Test
    void coversEveryIntrinsicCase() {
        List<String> covered = runnableCases().stream().map(Case::name).toList();
        List<String> missed = new ArrayList<>();
        for (Path file : caseFiles()) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            if (name.startsWith("intrinsic.") && !covered.contains(name)) {
                missed.add(name);
            }
        }
        assertEquals(List.of(), missed);
        assertTrue(covered.size() >= 90, "covered " + covered.size() + " cases: " + covered);
    }

    private static List<Case> runnableCases() {
        List<Case> cases = new ArrayList<>();
        for (Path file : caseFiles()) {
            JsonNode root = read(file);
            Optional<Case> runnable = Case.of(root);
            runnable.ifPresent(cases::add);
        }
        return cases;
    }

    /**
     * The case files, through {@link ConformanceCases} where it finds them. That helper looks for the repository's
     * {@code .ci} folder, which a git worktree of a branch made before {@code .ci} existed lacks; then we look for a
     * {@code shared/conformance/asl/cases} beside any parent folder instead.
     */
    private static List<Path> caseFiles() {
        try {
            return ConformanceCases.files();
        } catch (TestAbortedException notBesideCi) {
            for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
                Path cases = dir.resolveSibling("shared").resolve("conformance/asl/cases");
                if (Files.isDirectory(cases)) {
                    try (Stream<Path> files = Files.list(cases)) {
                        return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            throw notBesideCi;
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JsonReader.read(file).root();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private record Case(String name, JsonNode input, Map<String, JsonNode> variables, JsonNode passState,
                        JsonNode failState, JsonNode expect, List<String> ignore) {

        static Optional<Case> of(JsonNode root) {
            JsonNode definition = root.path("definition");
            JsonNode states = definition.path("States");
            JsonNode start = states.path(definition.path("StartAt").asText());
            List<String> ignore = new ArrayList<>();
            root.path("ignore").forEach(p -> ignore.add(p.asText()));
            String name = root.path("name").asText();
            JsonNode input = root.path("input");
            JsonNode expect = root.path("expect");
            Map<String, JsonNode> variables = new HashMap<>();
            JsonNode state = start;
            if (isPass(state, "Assign", "Next") && !hasDynamicKeys(state.get("Assign"))) {
                state.get("Assign").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
                state = states.path(state.get("Next").asText());
            }
            boolean usesIntrinsic = JsonPrinter.compact(definition).contains("States.");
            if (!usesIntrinsic) {
                return Optional.empty();
            }
            if (isPass(state, "Parameters", "End", "ResultPath", "OutputPath")
                    && "SUCCEEDED".equals(expect.path("status").asText())) {
                return Optional.of(new Case(name, input, variables, state, null, expect, ignore));
            }
            if (state == start && "Fail".equals(state.path("Type").asText())
                    && (isIntrinsicText(state.get("ErrorPath")) || isIntrinsicText(state.get("CausePath")))) {
                return Optional.of(new Case(name, input, variables, null, state, expect, ignore));
            }
            return Optional.empty();
        }

        private static boolean isPass(JsonNode state, String... allowed) {
            if (!"Pass".equals(state.path("Type").asText())) {
                return false;
            }
            List<String> keys = new ArrayList<>(List.of(allowed));
            keys.add("Type");
            keys.add("Comment");
            Iterator<String> names = state.fieldNames();
            while (names.hasNext()) {
                if (!keys.contains(names.next())) {
                    return false;
                }
            }
            return state.has(allowed[0]);
        }

        private static boolean hasDynamicKeys(JsonNode node) {
            return JsonPrinter.compact(node).contains(".$\"");
        }

        private static boolean isIntrinsicText(JsonNode node) {
            return node != null && node.isTextual() && IntrinsicParser.isIntrinsic(node.textValue());
        }

        void run() {
            DataScope scope = scope();
            IntrinsicEnvironment environment = IntrinsicEnvironment.seeded(7);
            if (failState != null) {
                assertEquals(expect.get("error").asText(), text(failState, "Error", "ErrorPath", scope, environment));
                assertEquals(expect.get("cause").asText(), text(failState, "Cause", "CausePath", scope, environment));
                return;
            }
            JsonNode actual = evaluate(passState.get("Parameters"), scope, environment);
            if (passState.has("ResultPath")) {
                actual = place(actual, passState.get("ResultPath").asText());
            }
            if (passState.has("OutputPath")) {
                actual = dynamic(passState.get("OutputPath").asText(), actual, scope, environment);
            }
            JsonNode expected = expect.get("output");
            for (String path : ignore) {
                actual = blank(actual, path);
            }
            if (!IntrinsicValues.same(expected, actual)) {
                fail("expected " + JsonPrinter.compact(expected) + " but got " + JsonPrinter.compact(actual));
            }
        }

        private String text(JsonNode state, String staticField, String pathField, DataScope scope,
                            IntrinsicEnvironment environment) {
            if (state.has(staticField)) {
                return state.get(staticField).asText();
            }
            return IntrinsicParser.parse(state.get(pathField).asText()).evaluate(input, scope, environment).asText();
        }

        private DataScope scope() {
            ObjectNode context = NODES.objectNode();
            ObjectNode execution = context.putObject("Execution");
            execution.put("Id", "arn:aws:states:us-east-1:111111111111:execution:" + MACHINE_NAME + ":run-1");
            execution.set("Input", input);
            execution.put("Name", "run-1");
            ObjectNode machine = context.putObject("StateMachine");
            machine.put("Id", "arn:aws:states:us-east-1:111111111111:stateMachine:" + MACHINE_NAME);
            machine.put("Name", MACHINE_NAME);
            return new DataScope() {
                @Override
                public JsonNode contextObject() {
                    return context;
                }

                @Override
                public JsonNode variable(String variable) {
                    return variables.get(variable);
                }
            };
        }

        /** A small payload-template evaluator: enough for these cases, not the engine's. */
        private JsonNode evaluate(JsonNode node, DataScope scope, IntrinsicEnvironment environment) {
            if (node.isObject()) {
                ObjectNode out = NODES.objectNode();
                node.fields().forEachRemaining(field -> {
                    String key = field.getKey();
                    JsonNode value = field.getValue();
                    if (key.endsWith(".$") && value.isTextual()) {
                        out.set(key.substring(0, key.length() - 2), dynamic(value.textValue(), scope, environment));
                    } else {
                        out.set(key, evaluate(value, scope, environment));
                    }
                });
                return out;
            }
            return node;
        }

        /** The input with the result set at a simple {@code $.a.b} ResultPath. */
        private JsonNode place(JsonNode result, String resultPath) {
            if (resultPath.equals("$")) {
                return result;
            }
            ObjectNode document = (ObjectNode) input.deepCopy();
            String[] keys = resultPath.substring(2).split("\\.");
            ObjectNode parent = document;
            for (int i = 0; i < keys.length - 1; i++) {
                parent = parent.with(keys[i]);
            }
            parent.set(keys[keys.length - 1], result);
            return document;
        }

        private JsonNode dynamic(String text, DataScope scope, IntrinsicEnvironment environment) {
            return dynamic(text, input, scope, environment);
        }

        private JsonNode dynamic(String text, JsonNode input, DataScope scope, IntrinsicEnvironment environment) {
            if (IntrinsicParser.isIntrinsic(text)) {
                return IntrinsicParser.parse(text).evaluate(input, scope, environment);
            }
            try {
                return PathExpression.compile(text).read(input, scope);
            } catch (PathNotFoundException e) {
                throw StatesException.runtime(e.getMessage());
            }
        }

        /** Replaces the value at a simple {@code $.a.b} path with "<ignored>", failing if it is absent. */
        private static JsonNode blank(JsonNode actual, String path) {
            String[] keys = path.substring(2).split("\\.");
            JsonNode parent = actual;
            for (int i = 0; i < keys.length - 1; i++) {
                parent = parent.path(keys[i]);
            }
            String last = keys[keys.length - 1];
            if (!(parent instanceof ObjectNode object) || !object.has(last)) {
                fail("no value at ignored path " + path + " in " + JsonPrinter.compact(actual));
                return actual;
            }
            object.put(last, "<ignored>");
            return actual;
        }
    }
}
