package dev.stepwise.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import dev.stepwise.engine.testing.MockConfig;
import dev.stepwise.engine.testing.MockConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * {@code stepwise run --batch}: runs one case per JSON line of standard input, {@code {"name", "definition", "input",
 * "mocks"?, "testCase"?, "stateMachine"?}}, and writes one result line per case, {@code {"name", "status", "output",
 * "error", "cause", "transitions"}}. A case that cannot run (not JSON, an invalid definition, an engine crash, or
 * longer than the guard allows) gets status {@value #ERROR} with the reason in its cause, and the batch goes on.
 */
final class BatchRunner {

    /** The status of a case that could not run to an execution result. */
    static final String ERROR = "ERROR";
    /** The state machine name mocks are looked up under when nothing else names one. */
    static final String DEFAULT_STATE_MACHINE = "StateMachine";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Definitions definitions;
    private final Supplier<ExecutionOptions> options;
    private final Duration guard;

    /**
     * @param options a fresh set of options per case (clock, history), before names and mocks are applied
     * @param guard   the longest a case may take before it is reported as an error
     */
    BatchRunner(Definitions definitions, Supplier<ExecutionOptions> options, Duration guard) {
        this.definitions = definitions;
        this.options = options;
        this.guard = guard;
    }

    /** Runs every line; returns how many cases could not run ({@value #ERROR}). */
    int run(BufferedReader in, PrintWriter out) throws IOException {
        ExecutorService worker = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "stepwise-batch-case");
            // A case that ignores interruption must not keep the process alive after the batch.
            thread.setDaemon(true);
            return thread;
        });
        int errors = 0;
        try {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = runLine(line, lineNumber, worker);
                if (ERROR.equals(result.path("status").asText())) {
                    errors++;
                }
                out.println(JsonPrinter.compact(result));
                out.flush();
            }
        } finally {
            worker.shutdownNow();
        }
        return errors;
    }

    private ObjectNode runLine(String line, int lineNumber, ExecutorService worker) {
        JsonNode testCase;
        try {
            testCase = JsonReader.readJson(line).root();
        } catch (JsonSyntaxException e) {
            return error(null, "line " + lineNumber + " is not JSON: " + e.getMessage());
        }
        if (!testCase.isObject()) {
            return error(null, "line " + lineNumber + " is not a JSON object");
        }
        String name = testCase.path("name").isTextual() ? testCase.get("name").textValue() : null;
        Future<ObjectNode> running = worker.submit(() -> runCase(name, testCase));
        try {
            return running.get(guard.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return error(name, "the case took longer than " + describe(guard));
        } catch (ExecutionException e) {
            return error(name, "the engine failed: " + e.getCause());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return error(name, "the batch was interrupted");
        }
    }

    private ObjectNode runCase(String name, JsonNode testCase) {
        Interpreter.Program program;
        try {
            program = definitions.compile(definition(testCase.get("definition")));
        } catch (CaseException e) {
            return error(name, e.getMessage());
        } catch (Definitions.InvalidDefinitionException e) {
            return error(name, e.getMessage());
        }
        ExecutionOptions caseOptions;
        try {
            caseOptions = withMocks(options.get(), testCase);
        } catch (CaseException e) {
            return error(name, e.getMessage());
        }
        JsonNode input = testCase.has("input") ? testCase.get("input") : NODES.objectNode();
        ExecutionResult result = program.execute(input, caseOptions);
        ObjectNode json = NODES.objectNode();
        json.put("name", name);
        RunJson.fillResult(json, result);
        return json;
    }

    /** The definition as an object, or as a string that holds one (as AWS's APIs take it). */
    private static JsonDocument definition(JsonNode definition) throws CaseException {
        if (definition == null || definition.isNull()) {
            throw new CaseException("the case has no \"definition\"");
        }
        if (!definition.isTextual()) {
            return JsonDocument.of(definition);
        }
        try {
            return JsonReader.readJson(definition.textValue());
        } catch (JsonSyntaxException e) {
            throw new CaseException("the definition string is not JSON: " + e.getMessage());
        }
    }

    private static ExecutionOptions withMocks(ExecutionOptions caseOptions, JsonNode testCase) throws CaseException {
        JsonNode mocks = testCase.get("mocks");
        String stateMachine = stateMachineName(testCase, mocks);
        ExecutionOptions named = caseOptions.withNames(caseOptions.executionName(), stateMachine);
        if (mocks == null || mocks.isNull()) {
            return named;
        }
        if (!testCase.path("testCase").isTextual()) {
            throw new CaseException("a case with \"mocks\" needs a \"testCase\" naming one of its test cases");
        }
        try {
            String testCaseName = testCase.get("testCase").textValue();
            TaskInvokers.Route route = MockConfig.parse(mocks).route(stateMachine, testCaseName);
            return named.withInvokers(new TaskInvokers(List.of(route)));
        } catch (MockConfigException e) {
            throw new CaseException("mocks: " + e.getMessage());
        }
    }

    /**
     * The case's {@code "stateMachine"} if given, else the only state machine of its mocks, else
     * {@value #DEFAULT_STATE_MACHINE}.
     */
    private static String stateMachineName(JsonNode testCase, JsonNode mocks) {
        if (testCase.path("stateMachine").isTextual()) {
            return testCase.get("stateMachine").textValue();
        }
        JsonNode machines = mocks == null ? null : mocks.get("StateMachines");
        if (machines != null && machines.isObject() && machines.size() == 1) {
            Iterator<String> names = machines.fieldNames();
            return names.next();
        }
        return DEFAULT_STATE_MACHINE;
    }

    private static ObjectNode error(String name, String cause) {
        ObjectNode json = NODES.objectNode();
        json.put("name", name);
        json.put("status", ERROR);
        json.putNull("output");
        json.putNull("error");
        json.put("cause", cause);
        json.putNull("transitions");
        return json;
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A case line that is JSON but not a usable case. */
    private static final class CaseException extends Exception {
        CaseException(String message) {
            super(message);
        }
    }
}
