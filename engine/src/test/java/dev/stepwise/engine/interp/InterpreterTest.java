package dev.stepwise.engine.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testing.MockConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static final String RETRY_MOCKS = """
            {"StateMachines": {"Order": {"TestCases": {
               "RetryPath": {"Charge": "ChargeFailsThrice"},
               "HappyPath": {"Charge": "ChargeOk"}}}},
             "MockedResponses": {
               "ChargeFailsThrice": {"0": {"Throw": {"Error": "Lambda.ServiceException", "Cause": "busy"}},
                                     "1-2": {"Throw": {"Error": "Lambda.ServiceException", "Cause": "busy"}},
                                     "3": {"Return": {"StatusCode": 200, "Payload": {"charged": 42}}}},
               "ChargeOk": {"0": {"Return": {"StatusCode": 200, "Payload": {"charged": 7}}}}}}
            """;

    private static final String ORDER = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "ResultSelector": {"charged.$": "$.Payload.charged"}, "ResultPath": "$.charge",
                "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "MaxAttempts": 3,
                           "BackoffRate": 2.0}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund"}],
                "Next": "Done"},
              "Refund": {"Type": "Pass", "Result": "refunded", "ResultPath": "$.refund", "End": true},
              "Done": {"Type": "Succeed"}}}
            """;

    private static ExecutionResult run(String definition, String input, ExecutionOptions options) throws Exception {
        return new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON))
                .execute(JsonReader.readJson(input).root(), options);
    }

    private static ExecutionOptions withMocks(String testCase) throws Exception {
        MockConfig mocks = MockConfig.parse(JsonReader.readJson(RETRY_MOCKS).root());
        return ExecutionOptions.defaults().withNames("exec-1", "Order")
                .withClock(new VirtualClock(START))
                .withInvokers(new TaskInvokers(List.of(mocks.route("Order", testCase))));
    }

    @Test
    void retriesAMockedTaskUntilItSucceedsWithBackoffOnTheVirtualClock() throws Exception {
        ExecutionResult result = run(ORDER, "{\"order\": 1}", withMocks("RetryPath"));

        assertEquals("SUCCEEDED", result.status().awsName());
        assertEquals("{\"order\":1,\"charge\":{\"charged\":42}}", JsonPrinter.compact(result.output()));
        // 2 + 4 + 8 seconds of back-off passed, without waiting for them
        assertEquals(START.plusSeconds(14), result.stopTime());
        assertEquals(4, count(result, HistoryEventType.TaskScheduled));
        assertEquals(3, count(result, HistoryEventType.TaskFailed));
    }

    @Test
    void recordsHistoryInAwsOrderWithLinkedIds() throws Exception {
        ExecutionResult result = run(ORDER, "{}", withMocks("HappyPath"));

        assertEquals(List.of(HistoryEventType.ExecutionStarted, HistoryEventType.TaskStateEntered,
                HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted, HistoryEventType.TaskSucceeded,
                HistoryEventType.TaskStateExited, HistoryEventType.SucceedStateEntered,
                HistoryEventType.SucceedStateExited, HistoryEventType.ExecutionSucceeded), types(result));
        for (int i = 0; i < result.history().size(); i++) {
            HistoryEvent event = result.history().get(i);
            assertEquals(i + 1, event.id());
            assertEquals(i, event.previousEventId());
        }
        assertEquals("{\"FunctionName\":\"charge\",\"Payload\":{}}",
                JsonPrinter.compact(result.history().get(2).details().get("parameters")));
        assertEquals(2, result.transitions());
    }

    @Test
    void catchesAnErrorAfterRetriesAreExhausted() throws Exception {
        String mocks = RETRY_MOCKS.replace("\"3\": {\"Return\": {\"StatusCode\": 200, \"Payload\": {\"charged\": 42}}}",
                "\"3\": {\"Throw\": {\"Error\": \"Lambda.ServiceException\", \"Cause\": \"still busy\"}}");
        MockConfig config = MockConfig.parse(JsonReader.readJson(mocks).root());
        ExecutionOptions options = ExecutionOptions.defaults().withNames("e", "Order")
                .withInvokers(new TaskInvokers(List.of(config.route("Order", "RetryPath"))));

        ExecutionResult result = run(ORDER, "{\"order\": 1}", options);

        assertEquals("SUCCEEDED", result.status().awsName());
        assertEquals("{\"order\":1,\"error\":{\"Error\":\"Lambda.ServiceException\",\"Cause\":\"still busy\"},"
                + "\"refund\":\"refunded\"}", JsonPrinter.compact(result.output()));
    }

    @Test
    void aTaskWithNoInvokerFailsAndSaysHowToMockIt() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f",
                  "End": true}}}
                """, "{}", ExecutionOptions.defaults());

        assertEquals("FAILED", result.status().awsName());
        assertEquals("States.TaskFailed", result.error().error());
        assertThat(result.error().cause()).contains("arn:aws:lambda:us-east-1:1:function:f").contains("--mocks");
    }

    @Test
    void runsParallelBranchesAndMapIterationsInOrder() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "M", "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
                    {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": [1, 2, 3], "End": true}}}]},
                  "M": {"Type": "Map", "ItemsPath": "$[1]", "ItemSelector": {"i.$": "$$.Map.Item.Index",
                        "v.$": "$$.Map.Item.Value"},
                    "ItemProcessor": {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}},
                    "End": true}}}
                """, "{}", ExecutionOptions.defaults());

        assertEquals("[{\"i\":0,\"v\":1},{\"i\":1,\"v\":2},{\"i\":2,\"v\":3}]", JsonPrinter.compact(result.output()));
        assertEquals(7, result.transitions());
        assertThat(types(result)).containsSubsequence(HistoryEventType.ParallelStateStarted,
                HistoryEventType.ParallelStateSucceeded, HistoryEventType.MapStateStarted,
                HistoryEventType.MapIterationStarted, HistoryEventType.PassStateEntered,
                HistoryEventType.MapIterationSucceeded, HistoryEventType.MapStateSucceeded);
    }

    @Test
    void aWaitAdvancesTheVirtualClockAndTheExecutionTimesOut() throws Exception {
        ExecutionOptions options = ExecutionOptions.defaults().withClock(new VirtualClock(START));
        ExecutionResult result = run("""
                {"StartAt": "W", "TimeoutSeconds": 60, "States": {
                  "W": {"Type": "Wait", "Seconds": 3600, "Next": "After"},
                  "After": {"Type": "Pass", "End": true}}}
                """, "{}", options);

        assertEquals("TIMED_OUT", result.status().awsName());
        assertEquals("States.Timeout", result.error().error());
        assertEquals(START.plus(Duration.ofHours(1)), result.stopTime());
        assertEquals(HistoryEventType.ExecutionTimedOut, types(result).get(types(result).size() - 1));
    }

    @Test
    void historyOffGivesTheSameOutputAndNoEvents() throws Exception {
        ExecutionResult on = run(ORDER, "{\"x\": [1, 2]}", withMocks("HappyPath"));
        ExecutionResult off = run(ORDER, "{\"x\": [1, 2]}", withMocks("HappyPath").withHistory(false, 0));

        assertEquals(on.output(), off.output());
        assertEquals(on.transitions(), off.transitions());
        assertThat(off.history()).isEmpty();
    }

    @Test
    void theHistoryLimitFailsALongExecution() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "Loop", "States": {"Loop": {"Type": "Pass", "Next": "Loop"}}}
                """, "{}", ExecutionOptions.defaults().withHistory(false, 100));

        assertEquals("FAILED", result.status().awsName());
        assertThat(result.error().cause()).contains("maximum number of history events (100)");
    }

    @Test
    void anExecutionStoppedByTheHistoryLimitStillRecordsHowItEnded() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "Loop", "States": {"Loop": {"Type": "Pass", "Next": "Loop"}}}
                """, "{}", ExecutionOptions.defaults().withHistory(true, 100));

        List<HistoryEvent> history = result.history();
        assertEquals(101, history.size());
        assertEquals(HistoryEventType.ExecutionFailed, history.get(100).type());
        assertEquals(101, history.get(100).id());
        assertEquals(100, history.get(100).previousEventId());
        assertEquals("States.Runtime", history.get(100).details().get("error").textValue());
    }

    @Test
    void tracesEveryPhaseOfAState() throws Exception {
        List<StepTrace> steps = new ArrayList<>();
        run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.in",
                  "Parameters": {"doubled.$": "$.v"}, "ResultPath": "$.out", "OutputPath": "$.out",
                  "Assign": {"seen.$": "$.doubled"}, "End": true}}}
                """, "{\"in\": {\"v\": 2}}", ExecutionOptions.defaults().withListener(steps::add));

        StepTrace step = steps.get(0);
        assertEquals("P", step.stateName());
        assertEquals("{\"v\":2}", JsonPrinter.compact(step.afterInputPath()));
        assertEquals("{\"doubled\":2}", JsonPrinter.compact(step.afterParameters()));
        assertEquals("{\"in\":{\"v\":2},\"out\":{\"doubled\":2}}", JsonPrinter.compact(step.afterResultPath()));
        assertEquals("{\"doubled\":2}", JsonPrinter.compact(step.output()));
        assertEquals("{\"seen\":2}", JsonPrinter.compact(step.variables()));
        assertNull(step.next());
    }

    @Test
    void tracesAMapsItemsAndEachItemsInput() throws Exception {
        List<StepTrace> steps = new ArrayList<>();
        run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
                  "ItemSelector": {"x.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}
                """, "{\"xs\": [\"a\", \"b\"]}", ExecutionOptions.defaults().withListener(steps::add));

        StepTrace map = steps.get(steps.size() - 1);
        assertEquals("M", map.stateName());
        assertEquals("[\"a\",\"b\"]", JsonPrinter.compact(map.afterItemsPath()));
        assertEquals("[{\"x\":\"a\",\"i\":0},{\"x\":\"b\",\"i\":1}]", JsonPrinter.compact(map.afterItemSelector()));
        assertNull(map.afterItemBatcher());
        assertEquals("M[1]", steps.get(1).scope());
    }

    @Test
    void anIndexPastTheEndSelectsNothing() throws Exception {
        ExecutionResult missing = run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"x.$": "$.a[5]"}, "End": true}}}
                """, "{\"a\": [1, 2]}", ExecutionOptions.defaults());
        ExecutionResult present = run("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "No",
                  "Choices": [{"Variable": "$.a[5]", "IsPresent": true, "Next": "Yes"}]},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}
                """, "{\"a\": [1, 2]}", ExecutionOptions.defaults());

        assertEquals("States.Runtime", missing.error().error());
        assertThat(missing.error().cause()).contains("The JSONPath '$.a[5]' specified for the field 'x.$' could not be found");
        assertEquals("\"no\"", JsonPrinter.compact(present.output()));
    }

    private static long count(ExecutionResult result, HistoryEventType type) {
        return result.history().stream().filter(e -> e.type() == type).count();
    }

    private static List<HistoryEventType> types(ExecutionResult result) {
        return result.history().stream().map(HistoryEvent::type).toList();
    }

    @SuppressWarnings("unused")
    private static JsonNode json(String text) throws Exception {
        return JsonReader.readJson(text).root();
    }
}
