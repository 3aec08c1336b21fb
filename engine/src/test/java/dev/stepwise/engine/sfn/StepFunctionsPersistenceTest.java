package dev.stepwise.engine.sfn;

import static dev.stepwise.engine.sfn.SfnTestSupport.awaitEnd;
import static dev.stepwise.engine.sfn.SfnTestSupport.awaitEvent;
import static dev.stepwise.engine.sfn.SfnTestSupport.create;
import static dev.stepwise.engine.sfn.SfnTestSupport.history;
import static dev.stepwise.engine.sfn.SfnTestSupport.json;
import static dev.stepwise.engine.sfn.SfnTestSupport.request;
import static dev.stepwise.engine.sfn.SfnTestSupport.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.sfn.model.ExecutionRecord;
import dev.stepwise.engine.store.h2.H2Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace database keeps state machines, executions and histories across service restarts. */
class StepFunctionsPersistenceTest {

    @TempDir
    Path workspace;

    @Test
    void machinesExecutionsAndHistoriesSurviveCloseAndReopen() {
        String machineArn;
        String executionArn;
        List<JsonNode> historyBefore;
        try (H2Store store = H2Store.openFile(workspace);
             StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build()) {
            machineArn = create(service, "kept", StepFunctionsServiceTest.PASS_CHOICE, null);
            service.call("TagResource", request("resourceArn", machineArn,
                    "tags", json("[{\"key\":\"team\",\"value\":\"core\"}]")));
            executionArn = service.call("StartExecution", request("stateMachineArn", machineArn,
                    "input", "{\"n\":42}", "name", "run-1")).get("executionArn").asText();
            awaitEnd(service, executionArn);
            historyBefore = history(service, executionArn);
        }
        try (H2Store store = H2Store.openFile(workspace);
             StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build()) {
            JsonNode machine = service.call("DescribeStateMachine", request("stateMachineArn", machineArn));
            assertEquals(StepFunctionsServiceTest.PASS_CHOICE, machine.get("definition").asText());
            assertEquals(json("[{\"key\":\"team\",\"value\":\"core\"}]"),
                    service.call("ListTagsForResource", request("resourceArn", machineArn)).get("tags"));
            JsonNode execution = service.call("DescribeExecution", request("executionArn", executionArn));
            assertEquals("SUCCEEDED", execution.get("status").asText());
            assertEquals(json("{\"n\":42,\"init\":{\"greeting\":\"hello\"},\"size\":\"big\"}"),
                    json(execution.get("output").asText()));
            assertEquals(historyBefore, history(service, executionArn));
            assertEquals(1, service.call("ListExecutions", request("stateMachineArn", machineArn))
                    .get("executions").size());
        }
    }

    @Test
    void closingAbortsRunningExecutionsAndSaysWhy() {
        String executionArn;
        try (H2Store store = H2Store.openFile(workspace)) {
            try (StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build()) {
                String arn = create(service, "sleeper", StepFunctionsServiceTest.WAIT_DEF, null);
                executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{}"))
                        .get("executionArn").asText();
                awaitEvent(service, executionArn, e -> e.get("type").asText().equals("WaitStateEntered"));
            }
            try (StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build()) {
                JsonNode d = service.call("DescribeExecution", request("executionArn", executionArn));
                assertEquals("ABORTED", d.get("status").asText());
                assertEquals(ExecutionRunner.SERVICE_STOPPED, d.get("error").asText());
                assertEquals(ExecutionRunner.CLOSED_CAUSE, d.get("cause").asText());
                assertEquals(List.of("ExecutionStarted", "WaitStateEntered", "ExecutionAborted"),
                        types(history(service, executionArn)));
            }
        }
    }

    @Test
    void executionsLeftRunningByAKilledProcessAreAbortedOnStart() {
        String arn = "arn:aws:states:us-east-1:000000000000:execution:gone:orphan";
        Instant started = Instant.parse("2026-01-02T03:04:05.678Z");
        try (H2Store store = H2Store.openFile(workspace)) {
            // What a process killed mid-run leaves: the row committed by StartExecution, no history yet.
            store.stepFunctions().write(tx -> {
                tx.insertExecution(new ExecutionRecord(arn, "arn:aws:states:us-east-1:000000000000:stateMachine:gone",
                        "orphan", "STANDARD", "RUNNING", "{\"x\":1}", null, null, null, started, null, null,
                        StepFunctionsServiceTest.WAIT_DEF, SfnTestSupport.ROLE_ARN, "rev-1"));
                return null;
            });
        }
        try (H2Store store = H2Store.openFile(workspace);
             StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build()) {
            JsonNode d = service.call("DescribeExecution", request("executionArn", arn));
            assertEquals("ABORTED", d.get("status").asText());
            assertEquals(ExecutionRunner.SERVICE_STOPPED, d.get("error").asText());
            assertEquals(ExecutionRunner.RESTARTED_CAUSE, d.get("cause").asText());
            List<JsonNode> events = history(service, arn);
            assertEquals(List.of("ExecutionStarted", "ExecutionAborted"), types(events));
            assertEquals("{\"x\":1}", events.get(0).get("executionStartedEventDetails").get("input").asText());
            assertEquals(new java.math.BigDecimal("1767323045.678"), events.get(0).get("timestamp").decimalValue());
            assertEquals(1, events.get(1).get("previousEventId").asInt());
        }
    }
}
