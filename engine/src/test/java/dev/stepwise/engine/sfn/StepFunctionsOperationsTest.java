package dev.stepwise.engine.sfn;

import static dev.stepwise.engine.sfn.SfnTestSupport.ROLE_ARN;
import static dev.stepwise.engine.sfn.SfnTestSupport.awaitEnd;
import static dev.stepwise.engine.sfn.SfnTestSupport.create;
import static dev.stepwise.engine.sfn.SfnTestSupport.history;
import static dev.stepwise.engine.sfn.SfnTestSupport.json;
import static dev.stepwise.engine.sfn.SfnTestSupport.refused;
import static dev.stepwise.engine.sfn.SfnTestSupport.request;
import static dev.stepwise.engine.sfn.SfnTestSupport.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import dev.stepwise.engine.testing.MockConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operations beyond the client-compat scenarios: updates, tags, validation, paging, mock test cases. */
class StepFunctionsOperationsTest {

    static final String MOCKS = """
            {"StateMachines": {"orders": {"TestCases": {
               "HappyPath": {"Charge": "Charged", "Approve": "Approved"},
               "Declined": {"Charge": "Declines"}}}},
             "MockedResponses": {
               "Charged": {"0": {"Return": {"StatusCode": 200, "Payload": {"charged": 105}}}},
               "Approved": {"0": {"Return": {"approved": true}}},
               "Declines": {"0": {"Throw": {"Error": "Card.Declined", "Cause": "insufficient funds"}}}}}""";
    static final String ORDERS = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                         "ResultSelector": {"charged.$": "$.Payload.charged"}, "Next": "Approve"},
              "Approve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                          "Parameters": {"FunctionName": "approve", "Payload": {"token.$": "$$.Task.Token"}},
                          "ResultPath": "$.approval", "End": true}}}""";

    private final H2Store store = H2Store.inMemory();
    private final StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions())
            .mocks(mocks()).region("eu-west-1").accountId("123456789012").build();

    private static MockConfig mocks() {
        try {
            return MockConfig.parse(json(MOCKS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    @Test
    void testCaseSuffixRunsWithThatTestCasesMocks() {
        String arn = create(service, "orders", ORDERS, null);
        assertEquals("arn:aws:states:eu-west-1:123456789012:stateMachine:orders", arn);
        String happy = service.call("StartExecution", request("stateMachineArn", arn + "#HappyPath",
                "input", "{\"id\":7}")).get("executionArn").asText();
        JsonNode d = awaitEnd(service, happy);
        // The mocked waitForTaskToken task takes its mocked response as the callback, as Step Functions Local does.
        assertEquals("SUCCEEDED", d.get("status").asText());
        assertEquals(json("{\"charged\":105,\"approval\":{\"approved\":true}}"), json(d.get("output").asText()));
        assertEquals(arn, d.get("stateMachineArn").asText());

        String declined = service.call("StartExecution", request("stateMachineArn", arn + "#Declined",
                "input", "{}")).get("executionArn").asText();
        JsonNode failed = awaitEnd(service, declined);
        assertEquals("FAILED", failed.get("status").asText());
        assertEquals("Card.Declined", failed.get("error").asText());
        assertTrue(types(history(service, declined)).contains("TaskFailed"));

        StepFunctionsException unknown = refused(service, "StartExecution",
                request("stateMachineArn", arn + "#Nope"), "InvalidName");
        assertTrue(unknown.getMessage().contains("Nope"), unknown.getMessage());
    }

    @Test
    void theContextObjectNamesTheExecutionByTheArnTheServiceGaveIt() {
        String definition = "{\"StartAt\": \"Who\", \"States\": {\"Who\": {\"Type\": \"Pass\", \"Parameters\":"
                + " {\"id.$\": \"$$.Execution.Id\", \"name.$\": \"$$.Execution.Name\"}, \"End\": true}}}";
        String express = create(service, "who-express", definition, "EXPRESS");
        JsonNode sync = service.call("StartSyncExecution", request("stateMachineArn", express, "name", "run-1"));
        JsonNode output = json(sync.get("output").asText());
        assertEquals(sync.get("executionArn").asText(), output.get("id").asText());
        String expressPrefix = "arn:aws:states:eu-west-1:123456789012:express:who-express:run-1:";
        assertTrue(output.get("id").asText().startsWith(expressPrefix), output.get("id").asText());
        assertEquals("run-1", output.get("name").asText());

        String standard = create(service, "who-standard", definition, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", standard, "name", "run-2"))
                .get("executionArn").asText();
        JsonNode ended = awaitEnd(service, executionArn);
        assertEquals(executionArn, json(ended.get("output").asText()).get("id").asText());
    }

    @Test
    void unmockedTaskFailsAndSaysHowToMockIt() {
        String arn = create(service, "orders", ORDERS, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn))
                .get("executionArn").asText();
        JsonNode d = awaitEnd(service, executionArn);
        assertEquals("FAILED", d.get("status").asText());
        assertEquals("States.TaskFailed", d.get("error").asText());
        assertTrue(d.get("cause").asText().contains("#<TestCase>"), d.get("cause").asText());
    }

    @Test
    void updateChangesNewExecutionsButNotTheDefinitionAnExecutionRan() {
        String arn = create(service, "changing", StepFunctionsServiceTest.FAIL_DEF, null);
        String before = service.call("StartExecution", request("stateMachineArn", arn)).get("executionArn").asText();
        awaitEnd(service, before);
        String revision = service.call("DescribeStateMachine", request("stateMachineArn", arn))
                .get("revisionId").asText();
        JsonNode updated = service.call("UpdateStateMachine", request("stateMachineArn", arn,
                "definition", StepFunctionsServiceTest.PASS_CHOICE));
        assertNotEquals(revision, updated.get("revisionId").asText());
        assertTrue(updated.get("updateDate").isNumber());
        JsonNode ran = service.call("DescribeStateMachineForExecution", request("executionArn", before));
        assertEquals(StepFunctionsServiceTest.FAIL_DEF, ran.get("definition").asText());
        assertEquals(revision, ran.get("revisionId").asText());
        assertEquals("changing", ran.get("name").asText());
        String after = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":1}"))
                .get("executionArn").asText();
        assertEquals("SUCCEEDED", awaitEnd(service, after).get("status").asText());
        refused(service, "UpdateStateMachine", request("stateMachineArn", arn), "MissingRequiredParameter");
        refused(service, "UpdateStateMachine", request("stateMachineArn", arn, "definition", "{}"),
                "InvalidDefinition");
    }

    @Test
    void deleteRemovesTheMachineButKeepsItsExecutions() {
        String arn = create(service, "short-lived", StepFunctionsServiceTest.PASS_CHOICE, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":1}"))
                .get("executionArn").asText();
        awaitEnd(service, executionArn);
        service.call("DeleteStateMachine", request("stateMachineArn", arn));
        refused(service, "DescribeStateMachine", request("stateMachineArn", arn), "StateMachineDoesNotExist");
        assertEquals("SUCCEEDED", service.call("DescribeExecution", request("executionArn", executionArn))
                .get("status").asText());
        service.call("DeleteStateMachine", request("stateMachineArn", arn)); // AWS: deleting again succeeds
    }

    @Test
    void tagsAreAddedReplacedAndRemoved() {
        String arn = create(service, "tagged", StepFunctionsServiceTest.PASS_CHOICE, null);
        service.call("TagResource", request("resourceArn", arn,
                "tags", json("[{\"key\":\"a\",\"value\":\"1\"},{\"key\":\"b\",\"value\":\"2\"}]")));
        service.call("TagResource", request("resourceArn", arn, "tags", json("[{\"key\":\"a\",\"value\":\"9\"}]")));
        assertEquals(json("[{\"key\":\"a\",\"value\":\"9\"},{\"key\":\"b\",\"value\":\"2\"}]"),
                service.call("ListTagsForResource", request("resourceArn", arn)).get("tags"));
        service.call("UntagResource", request("resourceArn", arn, "tagKeys", json("[\"a\"]")));
        assertEquals(json("[{\"key\":\"b\",\"value\":\"2\"}]"),
                service.call("ListTagsForResource", request("resourceArn", arn)).get("tags"));
        refused(service, "ListTagsForResource", request("resourceArn", arn + "x"), "ResourceNotFound");
        String createdWithTags = service.call("CreateStateMachine", request("name", "born-tagged", "roleArn", ROLE_ARN,
                "definition", StepFunctionsServiceTest.PASS_CHOICE,
                "tags", json("[{\"key\":\"env\",\"value\":\"dev\"}]"))).get("stateMachineArn").asText();
        assertEquals(json("[{\"key\":\"env\",\"value\":\"dev\"}]"),
                service.call("ListTagsForResource", request("resourceArn", createdWithTags)).get("tags"));
    }

    @Test
    void listStateMachinesPagesByName() {
        for (String name : List.of("c", "a", "b")) {
            create(service, name, StepFunctionsServiceTest.PASS_CHOICE, null);
        }
        JsonNode first = service.call("ListStateMachines", request("maxResults", 2));
        assertEquals(List.of("a", "b"), names(first));
        JsonNode second = service.call("ListStateMachines", request("maxResults", 2,
                "nextToken", first.get("nextToken").asText()));
        assertEquals(List.of("c"), names(second));
        assertFalse(second.has("nextToken"));
        assertEquals("STANDARD", second.get("stateMachines").get(0).get("type").asText());
        refused(service, "ListStateMachines", request("maxResults", 1001), "ValidationException");
    }

    private static List<String> names(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.get("stateMachines").spliterator(), false)
                .map(m -> m.get("name").asText()).toList();
    }

    @Test
    void validateReportsDiagnosticsAsAwsDoes() {
        JsonNode ok = service.call("ValidateStateMachineDefinition",
                request("definition", StepFunctionsServiceTest.PASS_CHOICE));
        assertEquals("OK", ok.get("result").asText());
        assertEquals(0, ok.get("diagnostics").size());
        assertFalse(ok.get("truncated").asBoolean());
        JsonNode bad = service.call("ValidateStateMachineDefinition", request("definition",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Missing\"}}}"));
        assertEquals("FAIL", bad.get("result").asText());
        JsonNode diagnostic = java.util.stream.StreamSupport.stream(bad.get("diagnostics").spliterator(), false)
                .filter(d -> d.get("code").asText().equals("MISSING_TRANSITION_TARGET")).findFirst().orElseThrow();
        assertEquals("ERROR", diagnostic.get("severity").asText());
        assertEquals("/States/A/Next", diagnostic.get("location").asText());
        assertTrue(diagnostic.get("message").asText().contains("Missing"), diagnostic.toString());
        JsonNode warnings = service.call("ValidateStateMachineDefinition", request("definition",
                "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": {\"x.$\": \"$.y\"},"
                        + " \"End\": true}}}", "severity", "WARNING"));
        assertEquals("OK", warnings.get("result").asText());
        assertEquals("WARNING", warnings.get("diagnostics").get(0).get("severity").asText());
        JsonNode malformed = service.call("ValidateStateMachineDefinition", request("definition", "{"));
        assertEquals("INVALID_JSON_DESCRIPTION", malformed.get("diagnostics").get(0).get("code").asText());
    }

    @Test
    void historyPagesAndCanLeaveOutExecutionData() {
        String arn = create(service, "paged", StepFunctionsServiceTest.PASS_CHOICE, null);
        String executionArn = service.call("StartExecution", request("stateMachineArn", arn, "input", "{\"n\":1}"))
                .get("executionArn").asText();
        awaitEnd(service, executionArn);
        JsonNode first = service.call("GetExecutionHistory", request("executionArn", executionArn,
                "maxResults", 3, "includeExecutionData", false));
        assertEquals(List.of(1, 2, 3), ids(first));
        assertFalse(first.get("events").get(0).get("executionStartedEventDetails").has("input"));
        JsonNode second = service.call("GetExecutionHistory", request("executionArn", executionArn,
                "maxResults", 3, "nextToken", first.get("nextToken").asText()));
        assertEquals(List.of(4, 5, 6), ids(second));
        assertTrue(second.get("events").get(0).get("stateEnteredEventDetails").has("input"));
        assertEquals(8, history(service, executionArn).size());
        refused(service, "GetExecutionHistory", request("executionArn", executionArn, "nextToken", "!!"),
                "InvalidToken");
    }

    private static List<Integer> ids(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.get("events").spliterator(), false)
                .map(e -> e.get("id").asInt()).toList();
    }

    @Test
    void expressMachinesRefuseIntegrationsThatWait() {
        StepFunctionsException e = refused(service, "CreateStateMachine", request("name", "fast", "type", "EXPRESS",
                "roleArn", ROLE_ARN, "definition", StepFunctionsServiceTest.TASK_TOKEN_DEF), "InvalidDefinition");
        assertEquals("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not"
                + " support '.waitForTaskToken' service integration at /States/AwaitWorker/Resource'", e.getMessage());
        JsonNode validated = service.call("ValidateStateMachineDefinition", request("type", "EXPRESS",
                "definition", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\", \"End\": true,"
                        + " \"Branches\": [{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\","
                        + " \"Resource\": \"arn:aws:states:eu-west-1:123456789012:activity:approve\","
                        + " \"End\": true}}}]}}}"));
        assertEquals("FAIL", validated.get("result").asText());
        assertEquals("/States/P/Branches/0/States/A/Resource",
                validated.get("diagnostics").get(0).get("location").asText());
        assertEquals("OK", service.call("ValidateStateMachineDefinition", request("type", "STANDARD",
                "definition", StepFunctionsServiceTest.TASK_TOKEN_DEF)).get("result").asText());
    }
}
