package dev.stepwise.engine.debug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.interp.spi.TaskRequest;
import org.junit.jupiter.api.Test;

/** Answers read from histories in the shape AWS's GetExecutionHistory returns. */
class RecordedTasksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two Map iterations of "Pack" that AWS ran out of order, and a legacy Lambda task that timed out. */
    static final String HISTORY = """
            [{"id": 1, "previousEventId": 0, "type": "ExecutionStarted"},
             {"id": 2, "previousEventId": 1, "type": "TaskStateEntered",
              "stateEnteredEventDetails": {"name": "Pack", "input": "\\"b\\""}},
             {"id": 3, "previousEventId": 2, "type": "TaskScheduled",
              "taskScheduledEventDetails": {"resource": "invoke", "parameters": "{ \\"Payload\\" : \\"b\\" }"}},
             {"id": 4, "previousEventId": 3, "type": "TaskStarted", "taskStartedEventDetails": {}},
             {"id": 5, "previousEventId": 2, "type": "TaskStateEntered",
              "stateEnteredEventDetails": {"name": "Pack", "input": "\\"a\\""}},
             {"id": 6, "previousEventId": 5, "type": "TaskScheduled",
              "taskScheduledEventDetails": {"resource": "invoke", "parameters": "{\\"Payload\\":\\"a\\"}"}},
             {"id": 7, "previousEventId": 4, "type": "TaskSucceeded",
              "taskSucceededEventDetails": {"output": "{\\"box\\": \\"B\\"}"}},
             {"id": 8, "previousEventId": 6, "type": "TaskStarted"},
             {"id": 9, "previousEventId": 8, "type": "TaskSucceeded",
              "taskSucceededEventDetails": {"output": "{\\"box\\": \\"A\\"}"}},
             {"id": 10, "previousEventId": 9, "type": "TaskStateEntered",
              "stateEnteredEventDetails": {"name": "Legacy", "input": "{}"}},
             {"id": 11, "previousEventId": 10, "type": "LambdaFunctionScheduled",
              "lambdaFunctionScheduledEventDetails": {"resource": "arn:aws:lambda:us-east-1:1:function:f", "input": "{}"}},
             {"id": 12, "previousEventId": 11, "type": "LambdaFunctionStarted"},
             {"id": 13, "previousEventId": 12, "type": "LambdaFunctionTimedOut",
              "lambdaFunctionTimedOutEventDetails": {}}]""";

    private static JsonNode invoke(RecordedTasks tasks, String state, String payload) throws Exception {
        TaskRequest request = new TaskRequest(state, "r", JSON.readTree(payload), 0, 0, null);
        return tasks.route(request).orElseThrow().invoke(request);
    }

    @Test
    void eachInvocationGetsTheAnswerScheduledWithItsParameters() throws Exception {
        RecordedTasks tasks = RecordedTasks.fromHistory(JSON.readTree(HISTORY));
        assertThat(invoke(tasks, "Pack", "{\"Payload\": \"a\"}").path("box").asText()).isEqualTo("A");
        assertThat(invoke(tasks, "Pack", "{\"Payload\": \"b\"}").path("box").asText()).isEqualTo("B");
        assertThatThrownBy(() -> invoke(tasks, "Pack", "{\"Payload\": \"a\"}"))
                .isInstanceOf(StatesException.class).hasMessageContaining("went another way");
    }

    @Test
    void aTimedOutLegacyLambdaAnswersStatesTimeout() throws Exception {
        RecordedTasks tasks = RecordedTasks.fromHistory(JSON.readTree(HISTORY));
        assertThatThrownBy(() -> invoke(tasks, "Legacy", "{}"))
                .isInstanceOfSatisfying(StatesException.class,
                        e -> assertThat(e.error()).isEqualTo("States.Timeout"));
    }

    @Test
    void aTaskStillRunningWhenTheHistoryWasReadSaysSo() throws Exception {
        RecordedTasks tasks = RecordedTasks.fromHistory(JSON.readTree("""
                [{"id": 1, "previousEventId": 0, "type": "TaskStateEntered",
                  "stateEnteredEventDetails": {"name": "Approve"}},
                 {"id": 2, "previousEventId": 1, "type": "TaskScheduled",
                  "taskScheduledEventDetails": {"parameters": "{}"}},
                 {"id": 3, "previousEventId": 2, "type": "TaskStarted"}]"""));
        assertThatThrownBy(() -> invoke(tasks, "Approve", "{}")).hasMessageContaining("still running");
    }

    @Test
    void aHistoryWithoutExecutionDataSaysSo() throws Exception {
        RecordedTasks tasks = RecordedTasks.fromHistory(JSON.readTree("""
                [{"id": 1, "previousEventId": 0, "type": "TaskStateEntered",
                  "stateEnteredEventDetails": {"name": "T"}},
                 {"id": 2, "previousEventId": 1, "type": "TaskScheduled", "taskScheduledEventDetails": {}},
                 {"id": 3, "previousEventId": 2, "type": "TaskSucceeded", "taskSucceededEventDetails": {}}]"""));
        assertThatThrownBy(() -> invoke(tasks, "T", "{}")).hasMessageContaining("without execution data");
    }
}
