package dev.stepwise.engine.sfn;

import static dev.stepwise.engine.sfn.SfnTestSupport.ROLE_ARN;
import static dev.stepwise.engine.sfn.SfnTestSupport.json;
import static dev.stepwise.engine.sfn.SfnTestSupport.refused;
import static dev.stepwise.engine.sfn.SfnTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.store.h2.H2Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TestState: one state, run once, with AWS's status, next state and inspection data. */
class TestStateOperationTest {

    private final H2Store store = H2Store.inMemory();
    private final StepFunctionsService service = StepFunctionsService.builder(store.stepFunctions()).build();

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    @Test
    void passStateAtDebugShowsEveryProcessingStage() {
        JsonNode out = service.call("TestState", request("roleArn", ROLE_ARN, "inspectionLevel", "DEBUG",
                "input", "{\"order\":{\"id\":7,\"total\":90}}", "definition", """
                        {"Type": "Pass", "InputPath": "$.order", "Parameters": {"orderId.$": "$.id"},
                         "ResultPath": "$.copy", "OutputPath": "$.copy", "Next": "Charge"}"""));
        assertEquals("SUCCEEDED", out.get("status").asText());
        assertEquals("Charge", out.get("nextState").asText());
        assertEquals(json("{\"orderId\":7}"), json(out.get("output").asText()));
        JsonNode data = out.get("inspectionData");
        assertEquals(json("{\"order\":{\"id\":7,\"total\":90}}"), json(data.get("input").asText()));
        assertEquals(json("{\"id\":7,\"total\":90}"), json(data.get("afterInputPath").asText()));
        assertEquals(json("{\"orderId\":7}"), json(data.get("afterParameters").asText()));
        // ResultPath places the result into the state's raw input, as AWS does.
        assertEquals(json("{\"order\":{\"id\":7,\"total\":90},\"copy\":{\"orderId\":7}}"),
                json(data.get("afterResultPath").asText()));
    }

    @Test
    void infoLevelHasNoInspectionData() {
        JsonNode out = service.call("TestState", request("definition", "{\"Type\": \"Pass\", \"End\": true}",
                "input", "{\"a\":1}"));
        assertEquals("SUCCEEDED", out.get("status").asText());
        assertEquals(json("{\"a\":1}"), json(out.get("output").asText()));
        assertFalse(out.has("inspectionData"));
        assertFalse(out.has("nextState"));
    }

    @Test
    void mockedErrorIsRetriableWhenARetrierMatches() {
        JsonNode out = service.call("TestState", request("inspectionLevel", "DEBUG", "definition", """
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                 "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2}],
                 "End": true}""", "mock", json("{\"errorOutput\": {\"error\": \"Lambda.TooManyRequestsException\","
                + " \"cause\": \"slow down\"}}")));
        assertEquals("RETRIABLE", out.get("status").asText());
        assertEquals("Lambda.TooManyRequestsException", out.get("error").asText());
        assertEquals(0, out.get("inspectionData").get("errorDetails").get("retryIndex").asInt());
        assertEquals(2.0, out.get("inspectionData").get("errorDetails").get("retryBackoffIntervalSeconds")
                .asDouble());
    }

    @Test
    void caughtErrorGoesToTheCatchersNextState() {
        JsonNode out = service.call("TestState", request("inspectionLevel", "DEBUG", "definition", """
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                 "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Recover"}],
                 "End": true}""", "input", "{\"x\":1}",
                "mock", json("{\"errorOutput\": {\"error\": \"Boom\", \"cause\": \"bad\"}}")));
        assertEquals("CAUGHT_ERROR", out.get("status").asText());
        assertEquals("Recover", out.get("nextState").asText());
        assertEquals(json("{\"x\":1,\"error\":{\"Error\":\"Boom\",\"Cause\":\"bad\"}}"),
                json(out.get("output").asText()));
        assertEquals(0, out.get("inspectionData").get("errorDetails").get("catchIndex").asInt());
    }

    @Test
    void mockedResultGoesThroughResultSelection() {
        JsonNode out = service.call("TestState", request("inspectionLevel", "DEBUG", "definition", """
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
                 "ResultSelector": {"v.$": "$.Payload.v"}, "End": true}""",
                "mock", json("{\"result\": \"{\\\"Payload\\\": {\\\"v\\\": 3}}\"}")));
        assertEquals("SUCCEEDED", out.get("status").asText());
        assertEquals(json("{\"v\":3}"), json(out.get("output").asText()));
        assertEquals(json("{\"Payload\":{\"v\":3}}"), json(out.get("inspectionData").get("result").asText()));
        assertEquals(json("{\"v\":3}"), json(out.get("inspectionData").get("afterResultSelector").asText()));
    }

    @Test
    void stateNamePicksOneStateOfAWholeMachineAndVariablesAreSeeded() {
        JsonNode out = service.call("TestState", request("inspectionLevel", "DEBUG", "stateName", "Second",
                "variables", "{\"greeting\":\"hi\"}", "definition", """
                        {"QueryLanguage": "JSONata", "StartAt": "First", "States": {
                          "First": {"Type": "Pass", "Next": "Second"},
                          "Second": {"Type": "Pass", "Output": "{% $greeting & ' ' & $states.input.name %}",
                                     "Next": "Third"},
                          "Third": {"Type": "Succeed"}}}""", "input", "{\"name\":\"Ada\"}"));
        assertEquals("SUCCEEDED", out.get("status").asText());
        assertEquals("\"hi Ada\"", out.get("output").asText());
        assertEquals("Third", out.get("nextState").asText());
    }

    @Test
    void unmockedTaskFailsAndBadRequestsAreRefused() {
        JsonNode out = service.call("TestState", request("definition",
                "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}"));
        assertEquals("FAILED", out.get("status").asText());
        assertEquals("States.TaskFailed", out.get("error").asText());
        refused(service, "TestState", request("definition", "{\"Type\": \"Pass\", \"End\": true}",
                "inspectionLevel", "LOUD"), "ValidationException");
        refused(service, "TestState", request("definition", "{\"Type\": "), "InvalidDefinition");
        refused(service, "TestState", request("definition", "{\"Type\": \"Nope\", \"End\": true}"),
                "InvalidDefinition");
    }
}
