package dev.stepwise.engine.interp.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestedExecutionRouteTest {

    private static final String CHILD = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": false, "Next": "No"}],
                        "Default": "Yes"},
              "Yes": {"Type": "Pass", "Parameters": {"approved.$": "$.id"}, "End": true},
              "No": {"Type": "Fail", "Error": "Rejected", "Cause": "not ok"}}}
            """;

    private static ExecutionResult runParent(String resource, String input) throws Exception {
        Interpreter interpreter = new Interpreter();
        Map<String, Interpreter.Program> machines = Map.of("Approve",
                interpreter.compile(AslParser.parse(CHILD, JsonFormat.JSON)));
        ExecutionOptions base = ExecutionOptions.defaults().withNames("parent", "Parent");
        ExecutionOptions options = base.withInvokers(new TaskInvokers(List.of(
                new NestedExecutionRoute(machines, base, child -> child))));
        String parent = """
                {"StartAt": "Start", "States": {"Start": {"Type": "Task", "Resource": "%s",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:000000000000:stateMachine:Approve",
                                 "Input.$": "$", "Name": "child-1"},
                  "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(resource);
        return interpreter.compile(AslParser.parse(parent, JsonFormat.JSON))
                .execute(JsonReader.readJson(input).root(), options);
    }

    @Test
    void syncTwoReturnsTheChildOutputAsJson() throws Exception {
        ExecutionResult result = runParent("arn:aws:states:::states:startExecution.sync:2", "{\"id\": 7, \"ok\": true}");

        assertEquals("SUCCEEDED", result.output().get("Status").textValue());
        assertEquals("{\"approved\":7}", JsonPrinter.compact(result.output().get("Output")));
        assertEquals("arn:aws:states:us-east-1:000000000000:execution:Approve:child-1",
                result.output().get("ExecutionArn").textValue());
    }

    @Test
    void syncReturnsTheChildOutputAsText() throws Exception {
        ExecutionResult result = runParent("arn:aws:states:::states:startExecution.sync", "{\"id\": 7, \"ok\": true}");

        assertEquals("{\"approved\":7}", result.output().get("Output").textValue());
    }

    @Test
    void aFailedChildFailsTheTaskWithItsDescription() throws Exception {
        ExecutionResult result = runParent("arn:aws:states:::states:startExecution.sync", "{\"id\": 7, \"ok\": false}");

        assertEquals("States.TaskFailed", result.output().get("Error").textValue());
        assertThat(result.output().get("Cause").textValue()).contains("\"Status\":\"FAILED\"").contains("\"Error\":\"Rejected\"");
    }

    @Test
    void withoutSyncTheTaskReturnsTheNewExecution() throws Exception {
        ExecutionResult result = runParent("arn:aws:states:::states:startExecution", "{\"id\": 7, \"ok\": true}");

        assertEquals(List.of("ExecutionArn", "StartDate"), List.copyOf(fieldNames(result)));
    }

    private static List<String> fieldNames(ExecutionResult result) {
        List<String> names = new java.util.ArrayList<>();
        result.output().fieldNames().forEachRemaining(names::add);
        return names;
    }
}
