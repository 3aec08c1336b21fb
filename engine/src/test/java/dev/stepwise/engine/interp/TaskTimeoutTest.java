package dev.stepwise.engine.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TimeoutSeconds and its path form, measured on the engine clock around the invocation. */
class TaskTimeoutTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final VirtualClock clock = new VirtualClock(START);

    /** A task that "takes" {@code seconds} of engine time, then returns {"done": true}. */
    private TaskInvoker taking(long seconds) {
        return request -> {
            clock.sleep(Duration.ofSeconds(seconds));
            return JsonNodeFactory.instance.objectNode().put("done", true);
        };
    }

    private ExecutionResult run(String task, String input, TaskInvoker invoker) throws Exception {
        String definition = """
                {"StartAt": "T", "States": {
                  "T": %s,
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(task);
        ExecutionOptions options = ExecutionOptions.defaults().withClock(clock)
                .withInvokers(new TaskInvokers(List.of(request -> Optional.of(invoker))));
        return new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON))
                .execute(JsonReader.readJson(input).root(), options);
    }

    private static List<HistoryEventType> types(ExecutionResult result) {
        return result.history().stream().map(HistoryEvent::type).toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            9,  SUCCEEDED
            10, SUCCEEDED
            11, FAILED
            """)
    void aTaskThatTakesLongerThanTimeoutSecondsFailsWithStatesTimeout(long took, String status) throws Exception {
        ExecutionResult result = run("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "TimeoutSeconds": 10, "End": true}
                """, "{}", taking(took));

        assertEquals(status, result.status().awsName());
        if (status.equals("FAILED")) {
            assertEquals("States.Timeout", result.error().error());
            assertThat(types(result)).containsSubsequence(HistoryEventType.TaskStarted, HistoryEventType.TaskTimedOut,
                    HistoryEventType.ExecutionFailed).doesNotContain(HistoryEventType.TaskSucceeded);
        }
    }

    @Test
    void theDefaultTimeoutIsAwsNinetyNineMillionSeconds() throws Exception {
        String task = """
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "End": true}
                """;

        assertEquals("SUCCEEDED", run(task, "{}", taking(99_999_999L)).status().awsName());
        assertEquals("States.Timeout", run(task, "{}", taking(100_000_000L)).error().error());
    }

    @Test
    void timeoutSecondsPathReadsTheEffectiveInput() throws Exception {
        String task = """
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f",
                 "Parameters": {"limit.$": "$.seconds"}, "TimeoutSecondsPath": "$.limit", "End": true}
                """;

        assertEquals("SUCCEEDED", run(task, "{\"seconds\": 5}", taking(5)).status().awsName());
        assertEquals("States.Timeout", run(task, "{\"seconds\": 4}", taking(5)).error().error());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"limit": 0}      | The TimeoutSecondsPath field refers to value "0" which is not a valid positive integer: $.limit
            {"limit": "ten"}  | The TimeoutSecondsPath field refers to value "ten" which is not a valid positive integer: $.limit
            {"limit": 1.5}    | The TimeoutSecondsPath field refers to value "1.5" which is not a valid positive integer: $.limit
            """)
    void aTimeoutSecondsPathThatIsNotAPositiveIntegerIsARuntimeError(String input, String cause) throws Exception {
        ExecutionResult result = run("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "TimeoutSecondsPath": "$.limit",
                 "End": true}
                """, input, taking(1));

        assertEquals("States.Runtime", result.error().error());
        assertThat(result.error().cause()).endsWith(cause);
    }

    @Test
    void aTimeoutCanBeRetriedAndCaught() throws Exception {
        ExecutionResult result = run("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "TimeoutSeconds": 2,
                 "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 1, "IntervalSeconds": 1}],
                 "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "Caught"}],
                 "End": true}
                """, "{\"a\": 1}", taking(3));

        assertEquals("{\"a\":1,\"error\":{\"Error\":\"States.Timeout\"}}", JsonPrinter.compact(result.output()));
        assertEquals(2, types(result).stream().filter(HistoryEventType.TaskTimedOut::equals).count());
        // two attempts of 3 s and one retry interval of 1 s
        assertEquals(START.plusSeconds(7), result.stopTime());
    }

    @Test
    void aTaskFailureAfterTheTimeoutIsATimeout() throws Exception {
        ExecutionResult result = run("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "TimeoutSeconds": 2, "End": true}
                """, "{}", request -> {
                    clock.sleep(Duration.ofSeconds(5));
                    throw new dev.stepwise.engine.interp.error.StatesException("Lambda.Unknown", "late");
                });

        assertEquals("States.Timeout", result.error().error());
    }

    @Test
    void theScheduledEventNamesTheTimeouts() throws Exception {
        ExecutionResult result = run("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "TimeoutSeconds": 30,
                 "HeartbeatSeconds": 10, "End": true}
                """, "{}", taking(1));

        JsonNode scheduled = result.history().get(2).details();
        assertEquals(HistoryEventType.TaskScheduled, result.history().get(2).type());
        assertEquals(30, scheduled.get("timeoutInSeconds").intValue());
        assertEquals(10, scheduled.get("heartbeatInSeconds").intValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "TimeoutSeconds": 0         | Task state 'T': TimeoutSeconds must be a positive integer: 0
            "TimeoutSeconds": "10"      | Task state 'T': TimeoutSeconds must be a positive integer: "10"
            "HeartbeatSeconds": 2.5     | Task state 'T': HeartbeatSeconds must be a positive integer: 2.5
            """)
    void literalTimeoutsMustBePositiveIntegers(String field, String message) {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> run("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", %s, "End": true}
                """.formatted(field), "{}", taking(1)));

        assertEquals(message, rejected.getMessage());
    }
}
