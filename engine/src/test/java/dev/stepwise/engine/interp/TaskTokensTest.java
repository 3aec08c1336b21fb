package dev.stepwise.engine.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.TaskInvoker;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.TaskRequest;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code .waitForTaskToken} tasks, answered from another thread through {@link TaskTokens}. */
@Timeout(20)
class TaskTokensTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SEND = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    private final VirtualClock clock = new VirtualClock(START);
    private final TaskTokens tokens = new TaskTokens();
    /** What the task's invoker handed out: the request, as a queue a worker would read. */
    private final BlockingQueue<TaskRequest> queue = new LinkedBlockingQueue<>();
    private final TaskInvoker sqs = request -> {
        queue.add(request);
        return JsonNodeFactory.instance.objectNode().put("MessageId", "m-" + request.attempt());
    };

    private static String machine(String taskFields) {
        return """
                {"StartAt": "Ask", "States": {
                  "Ask": {"Type": "Task", "Resource": "%s",
                    "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
                    %s
                    "End": true},
                  "Recover": {"Type": "Pass", "End": true}}}
                """.formatted(SEND, taskFields);
    }

    private ExecutionResult run(String definition, ExecutionOptions options) throws Exception {
        return new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON))
                .execute(JsonReader.readJson("{\"order\": 7}").root(), options);
    }

    private ExecutionOptions options() {
        return ExecutionOptions.defaults().withClock(clock).withTaskTokens(tokens)
                .withInvokers(new TaskInvokers(List.of(request -> Optional.of(sqs))));
    }

    /** A worker on its own thread: takes the message the task sent and answers it. */
    private CompletableFuture<Void> worker(WorkerScript script) {
        return CompletableFuture.runAsync(() -> {
            try {
                TaskRequest message = queue.poll(10, TimeUnit.SECONDS);
                script.answer(message.payload().get("MessageBody").get("token").textValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @FunctionalInterface
    interface WorkerScript {
        void answer(String token) throws InterruptedException;
    }

    private static List<HistoryEventType> types(ExecutionResult result) {
        return result.history().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void aCallbackTaskWaitsForSendTaskSuccessFromAnotherThread() throws Exception {
        List<String> seen = new ArrayList<>();
        CompletableFuture<Void> worker = worker(token -> {
            seen.add(token);
            seen.add(String.valueOf(tokens.isWaiting(token)));
            tokens.sendTaskSuccess(token, JsonNodeFactory.instance.objectNode().put("shipped", true));
        });

        ExecutionResult result = run(machine(""), options());
        worker.join();

        assertEquals("SUCCEEDED", result.status().awsName());
        assertEquals("{\"shipped\":true}", JsonPrinter.compact(result.output()));
        assertEquals("true", seen.get(1));
        assertEquals(List.of(HistoryEventType.ExecutionStarted, HistoryEventType.TaskStateEntered,
                HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted, HistoryEventType.TaskSubmitted,
                HistoryEventType.TaskSucceeded, HistoryEventType.TaskStateExited, HistoryEventType.ExecutionSucceeded),
                types(result));
        JsonNode parameters = result.history().get(2).details().get("parameters");
        assertEquals(seen.get(0), parameters.get("MessageBody").get("token").textValue());
        assertEquals("{\"MessageId\":\"m-0\"}", JsonPrinter.compact(result.history().get(4).details().get("output")));
        assertThat(tokens.waitingTokens()).isEmpty();
    }

    @Test
    void sendTaskFailureFailsTheTaskAndACatchHandlesIt() throws Exception {
        CompletableFuture<Void> worker = worker(token -> tokens.sendTaskFailure(token, "Warehouse.OutOfStock", "none left"));

        ExecutionResult result = run(machine("""
                "Catch": [{"ErrorEquals": ["Warehouse.OutOfStock"], "ResultPath": "$.error", "Next": "Recover"}],
                """), options());
        worker.join();

        assertEquals("SUCCEEDED", result.status().awsName());
        assertEquals("{\"order\":7,\"error\":{\"Error\":\"Warehouse.OutOfStock\",\"Cause\":\"none left\"}}",
                JsonPrinter.compact(result.output()));
        assertThat(types(result)).containsSubsequence(HistoryEventType.TaskSubmitted, HistoryEventType.TaskFailed,
                HistoryEventType.TaskStateExited, HistoryEventType.PassStateEntered);
    }

    @Test
    void eachRetryWaitsOnANewToken() throws Exception {
        List<String> answered = new ArrayList<>();
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            try {
                String first = queue.poll(10, TimeUnit.SECONDS).taskToken();
                tokens.sendTaskFailure(first, "Worker.Busy", null);
                String second = queue.poll(10, TimeUnit.SECONDS).taskToken();
                tokens.sendTaskSuccess(second, JsonNodeFactory.instance.textNode("ok"));
                answered.add(first);
                answered.add(second);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        ExecutionResult result = run(machine("""
                "Retry": [{"ErrorEquals": ["Worker.Busy"], "IntervalSeconds": 1}],
                """), options());
        worker.join();

        assertEquals("\"ok\"", JsonPrinter.compact(result.output()));
        assertThat(answered.get(0)).isNotEqualTo(answered.get(1));
    }

    @Test
    void heartbeatsKeepATaskAliveLongerThanHeartbeatSeconds() throws Exception {
        CompletableFuture<Void> worker = worker(token -> {
            for (int i = 0; i < 3; i++) {
                clock.sleep(Duration.ofSeconds(3));
                tokens.sendTaskHeartbeat(token);
            }
            tokens.sendTaskSuccess(token, JsonNodeFactory.instance.textNode("done"));
        });

        ExecutionResult result = run(machine("\"HeartbeatSeconds\": 5,"), options());
        worker.join();

        assertEquals("\"done\"", JsonPrinter.compact(result.output()));
        assertEquals(START.plusSeconds(9), result.stopTime());
    }

    @Test
    void withoutAHeartbeatTheTaskFailsWithHeartbeatTimeoutAndItsTokenExpires() throws Exception {
        CompletableFuture<TaskDoesNotExistException> late = new CompletableFuture<>();
        CompletableFuture<Void> worker = worker(token -> {
            clock.sleep(Duration.ofSeconds(6));
            while (tokens.isWaiting(token)) {
                Thread.sleep(5);
            }
            late.complete(assertThrows(TaskDoesNotExistException.class,
                    () -> tokens.sendTaskSuccess(token, JsonNodeFactory.instance.nullNode())));
        });

        ExecutionResult result = run(machine("\"HeartbeatSeconds\": 5,"), options());
        worker.join();

        assertEquals("States.HeartbeatTimeout", result.error().error());
        assertThat(types(result)).containsSubsequence(HistoryEventType.TaskSubmitted, HistoryEventType.TaskTimedOut);
        assertEquals("TaskDoesNotExist", late.get().code());
    }

    @Test
    void timeoutSecondsBoundsTheWaitForACallback() throws Exception {
        CompletableFuture<Void> worker = worker(token -> clock.sleep(Duration.ofSeconds(61)));

        ExecutionResult result = run(machine("""
                "TimeoutSeconds": 60,
                "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Recover"}],
                """), options());
        worker.join();

        assertEquals("{\"Error\":\"States.Timeout\"}", JsonPrinter.compact(result.output()));
    }

    @Test
    void unknownAndAnsweredTokensDoNotExist() {
        JsonNode output = JsonNodeFactory.instance.objectNode();

        TaskDoesNotExistException unknown = assertThrows(TaskDoesNotExistException.class,
                () -> tokens.sendTaskSuccess("no-such-token", output));
        assertThrows(TaskDoesNotExistException.class, () -> tokens.sendTaskFailure("no-such-token", "E", "c"));
        assertThrows(TaskDoesNotExistException.class, () -> tokens.sendTaskHeartbeat("no-such-token"));

        assertEquals("Task does not exist anymore: no execution is waiting on the task token 'no-such-token' (it is"
                + " unknown, or its task already completed, failed or timed out)", unknown.getMessage());
        assertEquals("no-such-token", unknown.token());
        assertFalse(tokens.isWaiting("no-such-token"));
    }

    @Test
    void aTokenIsAnsweredOnlyOnce() throws Exception {
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<Void> worker = worker(token -> {
            tokens.sendTaskSuccess(token, JsonNodeFactory.instance.textNode("first"));
            second.complete(assertThrows(TaskDoesNotExistException.class,
                    () -> tokens.sendTaskFailure(token, "Too.Late", null)).code());
        });

        ExecutionResult result = run(machine(""), options());
        worker.join();

        assertEquals("\"first\"", JsonPrinter.compact(result.output()));
        assertEquals("TaskDoesNotExist", second.get());
    }

    @Test
    void withoutARegistryTheInvokersResultStandsForTheCallbackAndParametersSeeTheToken() throws Exception {
        ExecutionResult result = run(machine(""), ExecutionOptions.defaults().withClock(clock)
                .withInvokers(new TaskInvokers(List.of(request -> Optional.of(sqs)))));

        TaskRequest sent = queue.poll();
        assertEquals("{\"MessageId\":\"m-0\"}", JsonPrinter.compact(result.output()));
        assertEquals(sent.taskToken(), sent.payload().get("MessageBody").get("token").textValue());
        assertThat(sent.taskToken()).isNotBlank();
    }

    @Test
    void aJsonataCallbackTaskSeesItsTokenInArguments() throws Exception {
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            try {
                TaskRequest message = queue.poll(10, TimeUnit.SECONDS);
                tokens.sendTaskSuccess(message.payload().get("token").textValue(), message.payload());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        ExecutionResult result = run("""
                {"QueryLanguage": "JSONata", "StartAt": "Ask", "States": {
                  "Ask": {"Type": "Task", "Resource": "%s",
                    "Arguments": {"token": "{%% $states.context.Task.Token %%}"}, "End": true}}}
                """.formatted(SEND), options());
        worker.join();

        assertEquals("SUCCEEDED", result.status().awsName());
        assertThat(result.output().get("token").textValue()).isNotBlank();
    }

    @Test
    void anInvokerThatAnswersTheCallbackIsNotWaitedOn() throws Exception {
        TaskInvoker mock = new TaskInvoker() {
            @Override
            public JsonNode invoke(TaskRequest request) {
                return JsonNodeFactory.instance.objectNode().put("approved", true);
            }

            @Override
            public boolean answersCallback() {
                return true;
            }
        };
        ExecutionOptions options = ExecutionOptions.defaults().withClock(clock).withTaskTokens(tokens)
                .withInvokers(new TaskInvokers(List.of(request -> Optional.of(mock))));

        ExecutionResult result = run(machine(""), options);

        assertEquals("SUCCEEDED", result.status().awsName());
        assertEquals("{\"approved\":true}", JsonPrinter.compact(result.output()));
        assertFalse(types(result).contains(HistoryEventType.TaskSubmitted));
        assertEquals(Set.of(), tokens.waitingTokens());
    }

    @Test
    void theEventListenerSeesEveryEventAsItIsAppended() throws Exception {
        List<HistoryEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Boolean> waitingWhenScheduled = new ArrayList<>();
        ExecutionOptions options = options().withEventListener(event -> {
            heard.add(event);
            if (event.type() == HistoryEventType.TaskSubmitted) {
                waitingWhenScheduled.add(!tokens.waitingTokens().isEmpty());
            }
        });
        CompletableFuture<Void> worker = worker(token -> {
            // The listener has already heard TaskScheduled while the task waits: a service shows it live.
            while (heard.stream().noneMatch(e -> e.type() == HistoryEventType.TaskSubmitted)) {
                Thread.onSpinWait();
            }
            tokens.sendTaskSuccess(token, JsonNodeFactory.instance.objectNode());
        });

        ExecutionResult result = run(machine(""), options);
        worker.join();

        assertEquals(result.history(), heard);
        assertEquals(List.of(true), waitingWhenScheduled);
    }
}
