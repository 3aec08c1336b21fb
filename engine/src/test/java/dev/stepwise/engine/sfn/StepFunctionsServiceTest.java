package dev.stepwise.engine.sfn;

import static dev.stepwise.engine.sfn.SfnTestSupport.ROLE_ARN;
import static dev.stepwise.engine.sfn.SfnTestSupport.awaitEnd;
import static dev.stepwise.engine.sfn.SfnTestSupport.awaitEvent;
import static dev.stepwise.engine.sfn.SfnTestSupport.create;
import static dev.stepwise.engine.sfn.SfnTestSupport.history;
import static dev.stepwise.engine.sfn.SfnTestSupport.json;
import static dev.stepwise.engine.sfn.SfnTestSupport.refused;
import static dev.stepwise.engine.sfn.SfnTestSupport.request;
import static dev.stepwise.engine.sfn.SfnTestSupport.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scenarios of the client-compat suite (shared/client-compat/suites/sfn.mjs), at the wire level. */
class StepFunctionsServiceTest {

    static final String PASS_CHOICE = """
            {"Comment": "compat harness: Pass + Choice", "StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Result": {"greeting": "hello"}, "ResultPath": "$.init", "Next": "Route"},
              "Route": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 10, "Next": "Big"}],
                        "Default": "Small"},
              "Big": {"Type": "Pass", "Result": "big", "ResultPath": "$.size", "End": true},
              "Small": {"Type": "Pass", "Result": "small", "ResultPath": "$.size", "End": true}}}""";
    static final String FAIL_DEF = """
            {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Compat.Boom",
             "Cause": "intentional failure"}}}""";
    static final String WAIT_DEF = """
            {"StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "Seconds": 600, "End": true}}}""";
    static final String TASK_TOKEN_DEF = """
            {"StartAt": "AwaitWorker", "States": {"AwaitWorker": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": {"FunctionName": "compat-harness-worker",
                             "Payload": {"token.$": "$$.Task.Token", "input.$": "$"}},
              "TimeoutSeconds": 120, "End": true}}}""";

    private final H2Store store = H2Store.inMemory();
    private final StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build();

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    @Test
    void listStateMachinesAnswersAnArray() {
        JsonNode out = service.call("ListStateMachines", request("maxResults", 10));
        assertTrue(out.get("stateMachines").isArray());
        assertEquals(0, out.get("stateMachines").size());
    }

    @Test
    void createThenDescribeStateMachine() {
        JsonNode out = service.call("CreateStateMachine", request("name", "compat-sm-1", "definition", PASS_CHOICE,
                "roleArn", ROLE_ARN));
        String arn = out.get("stateMachineArn").asText();
        assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:compat-sm-1", arn);
        assertTrue(out.get("creationDate").isNumber());
        JsonNode d = service.call("DescribeStateMachine", request("stateMachineArn", arn));
        assertEquals("compat-sm-1", d.get("name").asText());
        assertEquals("ACTIVE", d.get("status").asText());
        assertEquals("STANDARD", d.get("type").asText());
        assertEquals(ROLE_ARN, d.get("roleArn").asText());
        assertEquals(json(PASS_CHOICE), json(d.get("definition").asText()));
        assertEquals(PASS_CHOICE, d.get("definition").asText(), "the definition is kept exactly as given");
        StepFunctionsException e = refused(service, "DescribeStateMachine",
                request("stateMachineArn", arn + "-missing"), "StateMachineDoesNotExist");
        assertEquals("State Machine Does Not Exist: '" + arn + "-missing'", e.getMessage());
    }

    @Test
    void startExecutionSucceeds() {
        String arn = create(service, "compat-sm-2", PASS_CHOICE, null);
        JsonNode st = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":42}",
                "name", "exec-1"));
        String executionArn = st.get("executionArn").asText();
        assertEquals("arn:aws:states:us-east-1:000000000000:execution:compat-sm-2:exec-1", executionArn);
        JsonNode d = awaitEnd(service, executionArn);
        assertEquals("SUCCEEDED", d.get("status").asText());
        assertEquals(json("{\"n\":42,\"init\":{\"greeting\":\"hello\"},\"size\":\"big\"}"),
                json(d.get("output").asText()));
        assertEquals(json("{\"n\":42}"), json(d.get("input").asText()));
        assertEquals(arn, d.get("stateMachineArn").asText());
        assertEquals(st.get("startDate"), d.get("startDate"));
        assertTrue(d.get("stopDate").decimalValue().compareTo(d.get("startDate").decimalValue()) >= 0);
    }

    @Test
    void executionHistoryHasTheEventsInOrder() {
        String arn = create(service, "compat-sm-3", PASS_CHOICE, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":42}"))
                .get("executionArn").asText();
        awaitEnd(service, executionArn);
        List<JsonNode> events = history(service, executionArn);
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ChoiceStateEntered",
                "ChoiceStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"), types(events));
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).get("id").asInt());
            assertTrue(events.get(i).get("timestamp").isNumber());
        }
        assertEquals(List.of("Init", "Route", "Big"), events.stream().filter(e -> e.has("stateEnteredEventDetails"))
                .map(e -> e.get("stateEnteredEventDetails").get("name").asText()).toList());
        JsonNode last = events.get(events.size() - 1);
        assertEquals(json("{\"n\":42,\"init\":{\"greeting\":\"hello\"},\"size\":\"big\"}"),
                json(last.get("executionSucceededEventDetails").get("output").asText()));
        JsonNode started = service.call("DescribeExecution", request("executionArn", executionArn)).get("startDate");
        assertEquals(started, events.get(0).get("timestamp"), "ExecutionStarted is at the committed start date");
        assertEquals(ROLE_ARN, events.get(0).get("executionStartedEventDetails").get("roleArn").asText());
        JsonNode reversed = service.call("GetExecutionHistory", request("executionArn", executionArn,
                "reverseOrder", true, "maxResults", 1));
        assertEquals(1, reversed.get("events").size());
        assertEquals("ExecutionSucceeded", reversed.get("events").get(0).get("type").asText());
        assertTrue(reversed.has("nextToken"));
    }

    @Test
    void expressMachineRunsSynchronously() {
        String arn = create(service, "compat-sm-4", PASS_CHOICE, "EXPRESS");
        assertEquals("EXPRESS", service.call("DescribeStateMachine", request("stateMachineArn", arn))
                .get("type").asText());
        JsonNode out = service.call("StartSyncExecution", request("stateMachineArn", arn, "input", "{\"n\":3}"));
        assertEquals("SUCCEEDED", out.get("status").asText());
        assertEquals(json("{\"n\":3,\"init\":{\"greeting\":\"hello\"},\"size\":\"small\"}"),
                json(out.get("output").asText()));
        assertTrue(out.get("executionArn").asText().startsWith(
                "arn:aws:states:us-east-1:000000000000:express:compat-sm-4:"));
        assertEquals(64, out.get("billingDetails").get("billedMemoryUsedInMB").asInt());
        assertTrue(out.get("billingDetails").get("billedDurationInMilliseconds").asLong() >= 100);
        String standard = create(service, "compat-sm-5", PASS_CHOICE, null);
        refused(service, "StartSyncExecution", request("stateMachineArn", standard, "input", "{}"),
                "StateMachineTypeNotSupported");
    }

    @Test
    void failStateFailsTheExecution() {
        String arn = create(service, "compat-sm-6", FAIL_DEF, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{}"))
                .get("executionArn").asText();
        JsonNode d = awaitEnd(service, executionArn);
        assertEquals("FAILED", d.get("status").asText());
        assertEquals("Compat.Boom", d.get("error").asText());
        assertEquals("intentional failure", d.get("cause").asText());
        assertFalse(d.has("output"));
        List<JsonNode> events = history(service, executionArn);
        assertEquals(List.of("ExecutionStarted", "FailStateEntered", "ExecutionFailed"), types(events));
        assertEquals("Compat.Boom", events.get(2).get("executionFailedEventDetails").get("error").asText());
    }

    @Test
    void invalidDefinitionsAreRefused() {
        StepFunctionsException missing = refused(service, "CreateStateMachine", request("name", "compat-bad-1",
                "roleArn", ROLE_ARN, "definition",
                "{\"StartAt\": \"Nowhere\", \"States\": {\"Here\": {\"Type\": \"Pass\", \"End\": true}}}"),
                "InvalidDefinition");
        assertTrue(missing.getMessage().startsWith("Invalid State Machine Definition: '"), missing.getMessage());
        assertTrue(missing.getMessage().contains("at /StartAt"), missing.getMessage());
        StepFunctionsException malformed = refused(service, "CreateStateMachine", request("name", "compat-bad-2",
                "roleArn", ROLE_ARN, "definition", "{\"StartAt\": "), "InvalidDefinition");
        assertTrue(malformed.getMessage().startsWith(
                "Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: "), malformed.getMessage());
        assertEquals(0, service.call("ListStateMachines", request()).get("stateMachines").size());
    }

    @Test
    void listExecutionsFiltersByStatus() {
        String arn = create(service, "compat-sm-7", PASS_CHOICE, null);
        String a = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":1}"))
                .get("executionArn").asText();
        String b = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":99}"))
                .get("executionArn").asText();
        awaitEnd(service, a);
        awaitEnd(service, b);
        JsonNode all = service.call("ListExecutions", request("stateMachineArn", arn));
        List<String> arns = StreamSupport.stream(all.get("executions").spliterator(), false)
                .map(e -> e.get("executionArn").asText()).sorted().toList();
        assertEquals(List.of(a, b).stream().sorted().toList(), arns);
        for (JsonNode e : all.get("executions")) {
            assertEquals("SUCCEEDED", e.get("status").asText());
            assertEquals(arn, e.get("stateMachineArn").asText());
        }
        assertEquals(2, service.call("ListExecutions", request("stateMachineArn", arn, "statusFilter", "SUCCEEDED"))
                .get("executions").size());
        assertEquals(0, service.call("ListExecutions", request("stateMachineArn", arn, "statusFilter", "FAILED"))
                .get("executions").size());
        JsonNode first = service.call("ListExecutions", request("stateMachineArn", arn, "maxResults", 1));
        JsonNode second = service.call("ListExecutions", request("stateMachineArn", arn, "maxResults", 1,
                "nextToken", first.get("nextToken").asText()));
        assertFalse(second.has("nextToken"));
        assertEquals(List.of(a, b).stream().sorted().toList(), List.of(
                first.get("executions").get(0).get("executionArn").asText(),
                second.get("executions").get(0).get("executionArn").asText()).stream().sorted().toList());
    }

    @Test
    void waitForTaskTokenWaitsForSendTaskSuccess() {
        String arn = create(service, "compat-sm-8", TASK_TOKEN_DEF, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn,
                "input", "{\"job\":7}")).get("executionArn").asText();
        JsonNode scheduled = awaitEvent(service, executionArn, e -> e.get("type").asText().equals("TaskScheduled"));
        JsonNode parameters = json(scheduled.get("taskScheduledEventDetails").get("parameters").asText());
        String token = parameters.get("Payload").get("token").asText();
        assertEquals(json("{\"job\":7}"), parameters.get("Payload").get("input"));
        assertEquals("lambda", scheduled.get("taskScheduledEventDetails").get("resourceType").asText());
        assertEquals("RUNNING", service.call("DescribeExecution", request("executionArn", executionArn))
                .get("status").asText());

        refused(service, "SendTaskSuccess", request("taskToken", token + "x", "output", "{}"), "InvalidToken");
        service.call("SendTaskSuccess", request("taskToken", token, "output", "{\"worker\":\"done\",\"job\":7}"));
        JsonNode d = awaitEnd(service, executionArn);
        assertEquals("SUCCEEDED", d.get("status").asText());
        assertEquals(json("{\"worker\":\"done\",\"job\":7}"), json(d.get("output").asText()));
        List<String> types = types(history(service, executionArn));
        assertTrue(types.contains("TaskSucceeded") && types.contains("TaskStateExited"), types.toString());
        StepFunctionsException again = refused(service, "SendTaskSuccess",
                request("taskToken", token, "output", "{}"), "TaskTimedOut");
        assertEquals("Task Timed Out: 'Provided task does not exist anymore'", again.getMessage());
    }

    @Test
    void sendTaskFailureFailsTheTask() {
        String arn = create(service, "compat-sm-9", TASK_TOKEN_DEF, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{}"))
                .get("executionArn").asText();
        JsonNode scheduled = awaitEvent(service, executionArn, e -> e.get("type").asText().equals("TaskScheduled"));
        String token = json(scheduled.get("taskScheduledEventDetails").get("parameters").asText())
                .get("Payload").get("token").asText();
        service.call("SendTaskHeartbeat", request("taskToken", token));
        service.call("SendTaskFailure", request("taskToken", token, "error", "Worker.Broke", "cause", "disk full"));
        JsonNode d = awaitEnd(service, executionArn);
        assertEquals("FAILED", d.get("status").asText());
        assertEquals("Worker.Broke", d.get("error").asText());
        assertEquals("disk full", d.get("cause").asText());
        assertTrue(types(history(service, executionArn)).contains("TaskFailed"));
    }

    @Test
    void stopExecutionAbortsWithTheGivenErrorAndCause() {
        String arn = create(service, "compat-sm-10", WAIT_DEF, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{}"))
                .get("executionArn").asText();
        awaitEvent(service, executionArn, e -> e.get("type").asText().equals("WaitStateEntered"));
        assertEquals("RUNNING", service.call("DescribeExecution", request("executionArn", executionArn))
                .get("status").asText());
        JsonNode stop = service.call("StopExecution", request("executionArn", executionArn, "error", "Compat.Stop",
                "cause", "stopped by harness"));
        assertTrue(stop.get("stopDate").isNumber());
        // Committed before StopExecution returned: no waiting needed.
        JsonNode d = service.call("DescribeExecution", request("executionArn", executionArn));
        assertEquals("ABORTED", d.get("status").asText());
        assertEquals("Compat.Stop", d.get("error").asText());
        assertEquals(stop.get("stopDate"), d.get("stopDate"));
        List<JsonNode> events = history(service, executionArn);
        assertEquals(List.of("ExecutionStarted", "WaitStateEntered", "ExecutionAborted"), types(events));
        JsonNode details = events.get(2).get("executionAbortedEventDetails");
        assertEquals("Compat.Stop", details.get("error").asText());
        assertEquals("stopped by harness", details.get("cause").asText());
        assertEquals(2, events.get(2).get("previousEventId").asInt());
    }

    @Test
    void sameNameAndInputWhileRunningIsIdempotent() {
        String arn = create(service, "compat-sm-11", WAIT_DEF, null);
        JsonNode first = service.call("StartExecution", request("stateMachineArn", arn, "name", "once",
                "input", "{\"a\":1}"));
        JsonNode again = service.call("StartExecution", request("stateMachineArn", arn, "name", "once",
                "input", "{\"a\":1}"));
        assertEquals(first, again);
        StepFunctionsException other = refused(service, "StartExecution", request("stateMachineArn", arn,
                "name", "once", "input", "{\"a\":2}"), "ExecutionAlreadyExists");
        assertEquals("Execution Already Exists: '" + first.get("executionArn").asText() + "'", other.getMessage());
        service.call("StopExecution", request("executionArn", first.get("executionArn").asText()));
        refused(service, "StartExecution", request("stateMachineArn", arn, "name", "once", "input", "{\"a\":1}"),
                "ExecutionAlreadyExists");
    }

    @Test
    void badRequestsGetAwsErrors() {
        refused(service, "StartExecution", request("stateMachineArn", "not-an-arn"), "InvalidArn");
        refused(service, "CreateStateMachine", request("name", "has space", "definition", PASS_CHOICE,
                "roleArn", ROLE_ARN), "InvalidName");
        String arn = create(service, "compat-sm-12", PASS_CHOICE, null);
        refused(service, "StartExecution", request("stateMachineArn", arn, "input", "{nope"),
                "InvalidExecutionInput");
        refused(service, "DescribeExecution", request("executionArn",
                "arn:aws:states:us-east-1:000000000000:execution:compat-sm-12:nope"), "ExecutionDoesNotExist");
        StepFunctionsException wrongKind = refused(service, "DescribeStateMachine", request("stateMachineArn",
                "arn:aws:states:us-east-1:000000000000:execution:compat-sm-12:nope"), "InvalidArn");
        assertEquals("Invalid Arn: 'Resource type not valid in this context: execution'", wrongKind.getMessage());
        refused(service, "CreateStateMachine", request("name", "compat-sm-12", "definition", FAIL_DEF,
                "roleArn", ROLE_ARN), "StateMachineAlreadyExists");
        assertEquals(arn, create(service, "compat-sm-12", PASS_CHOICE, null), "creating it again is idempotent");
        refused(service, "SendTaskSuccess", request("taskToken", "never-issued", "output", "{}"), "InvalidToken");
        refused(service, "Frobnicate", request(), "UnknownOperationException");
        refused(service, "DescribeStateMachine", request(), "ValidationException");
    }

    @Test
    void stoppingAWaitingTaskClosesItsToken() {
        String arn = create(service, "compat-sm-13", TASK_TOKEN_DEF, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{}"))
                .get("executionArn").asText();
        JsonNode scheduled = awaitEvent(service, executionArn, e -> e.get("type").asText().equals("TaskSubmitted"));
        assertTrue(scheduled.has("taskSubmittedEventDetails"));
        String token = json(history(service, executionArn).get(2).get("taskScheduledEventDetails")
                .get("parameters").asText()).get("Payload").get("token").asText();
        service.call("StopExecution", request("executionArn", executionArn));
        JsonNode d = service.call("DescribeExecution", request("executionArn", executionArn));
        assertEquals("ABORTED", d.get("status").asText());
        assertFalse(d.has("error"));
        assertEquals("ExecutionAborted", history(service, executionArn).get(5).get("type").asText());
        awaitTokenReleased(token);
        refused(service, "SendTaskSuccess", request("taskToken", token, "output", "{}"), "TaskTimedOut");
        // Stopping it again changes nothing.
        assertEquals(d.get("stopDate"), service.call("StopExecution", request("executionArn", executionArn))
                .get("stopDate"));
    }

    /** The interrupted run lets go of its token soon after the stop committed. */
    private void awaitTokenReleased(String token) {
        for (int i = 0; i < 3000; i++) {
            try {
                service.call("SendTaskHeartbeat", request("taskToken", token));
            } catch (StepFunctionsException released) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
