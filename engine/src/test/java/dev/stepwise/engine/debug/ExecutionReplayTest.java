package dev.stepwise.engine.debug;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.debug.DebugSession.Snapshot;
import dev.stepwise.engine.debug.DebugSession.Status;
import dev.stepwise.engine.interp.StepTrace;
import dev.stepwise.engine.sfn.StepFunctionsService;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.testing.MockConfig;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An execution run by the Step Functions service, replayed under the debugger from its recorded history. */
class ExecutionReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    static final String ORDERS = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                         "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 2}],
                         "ResultSelector": {"charged.$": "$.Payload.charged"}, "ResultPath": "$.charge",
                         "Next": "Ship"},
              "Ship": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.packed", "Next": "Approve",
                       "ItemProcessor": {"StartAt": "Pack", "States": {
                         "Pack": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                                  "Parameters": {"FunctionName": "pack", "Payload.$": "$"},
                                  "OutputPath": "$.Payload", "End": true}}}},
              "Approve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                          "Parameters": {"FunctionName": "approve", "Payload": {"token.$": "$$.Task.Token"}},
                          "ResultPath": "$.approval", "End": true}}}""";
    static final String MOCKS = """
            {"StateMachines": {"orders": {"TestCases": {"Happy": {"Charge": "FlakyCharge", "Pack": "Packs"}}}},
             "MockedResponses": {
               "FlakyCharge": {"0": {"Throw": {"Error": "Flaky", "Cause": "try again"}},
                               "1": {"Return": {"Payload": {"charged": 105}}}},
               "Packs": {"0": {"Return": {"Payload": "box-a"}}, "1": {"Return": {"Payload": "box-b"}}}}}""";

    private final H2Store store = H2Store.inMemory();
    private final StepFunctionsService service;

    ExecutionReplayTest() throws Exception {
        service = StepFunctionsService.builder(store.stepFunctions()).mocks(MockConfig.parse(JSON.readTree(MOCKS)))
                .build();
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    /** Runs the order workflow through the service: a retried charge, a Map, and an approval by SendTaskSuccess. */
    private String runOrder() throws Exception {
        String machine = service.call("CreateStateMachine", object("name", "orders", "definition", ORDERS,
                "roleArn", "arn:aws:iam::000000000000:role/r")).path("stateMachineArn").asText();
        String execution = service.call("StartExecution", object("stateMachineArn", machine + "#Happy",
                "name", "order-7", "input", "{\"items\": [\"a\", \"b\"]}")).path("executionArn").asText();
        JsonNode scheduled = await(() -> approvalScheduled(execution), event -> !event.isMissingNode());
        String token = JSON.readTree(scheduled.path("taskScheduledEventDetails").path("parameters").asText())
                .path("Payload").path("token").asText();
        service.call("SendTaskSuccess", object("taskToken", token, "output", "{\"ok\": true}"));
        await(() -> service.call("DescribeExecution", object("executionArn", execution)),
                described -> described.path("status").asText().equals("SUCCEEDED"));
        return execution;
    }

    @Test
    void aReplayDoesWhatTheExecutionDidWithoutCallingAnything() throws Exception {
        String execution = runOrder();
        String output = service.call("DescribeExecution", object("executionArn", execution)).path("output").asText();

        DebugSession session = ExecutionReplay.load(service, execution).session();
        session.start(false);
        Snapshot end = session.awaitHold(WAIT);
        session.close();

        assertThat(end.status()).isEqualTo(Status.ENDED);
        assertThat(end.result().output()).isEqualTo(JSON.readTree(output));
        StepTrace retried = end.steps().get(0);
        assertThat(retried.stateName()).isEqualTo("Charge");
        assertThat(retried.error()).isEqualTo("Flaky");
        assertThat(retried.errorDetails().path("retryIndex").asInt()).isZero();
        assertThat(end.steps()).extracting(StepTrace::stateName)
                .containsExactly("Charge", "Charge", "Pack", "Pack", "Ship", "Approve");
    }

    @Test
    void aReplayHoldsAtBreakpointsInsideTheMapAndStepsBack() throws Exception {
        String execution = runOrder();
        DebugSession session = ExecutionReplay.load(service, execution).session();
        session.toggleBreakpoint("Pack");
        session.start(false);
        Snapshot first = session.awaitHold(WAIT);
        assertThat(first.stop().input().asText()).isEqualTo("a");
        session.resume();
        Snapshot second = session.awaitHold(WAIT);
        assertThat(second.stop().input().asText()).isEqualTo("b");
        assertThat(second.steps().get(2).output().asText()).isEqualTo("box-a");

        assertThat(session.stepBack()).isTrue();
        assertThat(session.awaitHold(WAIT).stop().input().asText()).as("back to the first item").isEqualTo("a");
        session.toggleBreakpoint("Pack");
        session.resume();
        Snapshot end = session.awaitHold(WAIT);
        session.close();
        assertThat(end.result().status().awsName()).isEqualTo("SUCCEEDED");
    }

    private JsonNode approvalScheduled(String execution) {
        JsonNode events = service.call("GetExecutionHistory", object("executionArn", execution,
                "includeExecutionData", true)).path("events");
        for (JsonNode event : events) {
            if (event.path("type").asText().equals("TaskScheduled") && event.toString().contains("approve")) {
                return event;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static ObjectNode object(Object... members) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < members.length; i += 2) {
            node.set((String) members[i], JSON.valueToTree(members[i + 1]));
        }
        return node;
    }

    private static JsonNode await(java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode value = read.get();
            if (done.test(value) || System.nanoTime() > deadline) {
                return value;
            }
            Thread.sleep(20);
        }
    }
}
