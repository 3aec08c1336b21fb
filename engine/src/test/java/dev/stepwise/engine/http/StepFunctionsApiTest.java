package dev.stepwise.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.sfn.StepFunctionsService;
import dev.stepwise.engine.store.h2.H2Store;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Step Functions over HTTP: JSON 1.0 in and out, its own error types, and SigV4 on every operation. */
class StepFunctionsApiTest {

    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    private static final String PASS_MACHINE = "{\\\"StartAt\\\": \\\"Hello\\\", \\\"States\\\": {\\\"Hello\\\": "
            + "{\\\"Type\\\": \\\"Pass\\\", \\\"Result\\\": {\\\"greeting\\\": \\\"hi\\\"}, \\\"End\\\": true}}}";

    private final H2Store store = H2Store.inMemory();
    private StepFunctionsService stepFunctions;
    private StepwiseEndpoint endpoint;
    private EndpointClient client;

    @BeforeEach
    void start() {
        stepFunctions = StepFunctionsService.builder(store.stepFunctions()).build();
        endpoint = StepwiseEndpoint.builder(store).service(new StepFunctionsApi(stepFunctions)).start();
        client = new EndpointClient(endpoint.baseUri());
    }

    @AfterEach
    void stop() {
        endpoint.close();
        stepFunctions.close();
        store.close();
    }

    @Test
    void createsAMachineAndRunsItSynchronously() {
        JsonNode created = EndpointClient.parse(sfn("CreateStateMachine", "{\"name\": \"hello\", \"type\": \"EXPRESS\","
                + " \"roleArn\": \"arn:aws:iam::000000000000:role/run\", \"definition\": \"" + PASS_MACHINE + "\"}")
                .body());
        HttpResponse<String> run = sfn("StartSyncExecution",
                "{\"stateMachineArn\": \"" + created.get("stateMachineArn").asText() + "\", \"input\": \"{}\"}");

        assertThat(created.get("stateMachineArn").asText())
                .isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:hello");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(run.headers().firstValue("Content-Type")).hasValue(JSON_1_0);
        JsonNode result = EndpointClient.parse(run.body());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.get("output").asText()).isEqualTo("{\"greeting\":\"hi\"}");
    }

    @Test
    void refusalsKeepStepFunctionsTypes() {
        HttpResponse<String> response = sfn("DescribeStateMachine",
                "{\"stateMachineArn\": \"arn:aws:states:us-east-1:000000000000:stateMachine:missing\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON_1_0);
        assertThat(EndpointClient.parse(response.body()).get("__type").asText()).isEqualTo("StateMachineDoesNotExist");
    }

    @Test
    void everyKnownOperationNeedsASignatureAndUnknownOnesAreNamed() {
        HttpResponse<String> unsigned = client.post(Map.of("X-Amz-Target", "AWSStepFunctions.ListStateMachines",
                "Content-Type", JSON_1_0), "{}");
        HttpResponse<String> unknown = client.post(Map.of("X-Amz-Target", "AWSStepFunctions.Teleport",
                "Content-Type", JSON_1_0), "{}");

        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(EndpointClient.parse(unsigned.body()).get("__type").asText())
                .isEqualTo("MissingAuthenticationTokenException");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(EndpointClient.parse(unknown.body()).get("__type").asText()).isEqualTo("UnknownOperationException");
    }

    private HttpResponse<String> sfn(String operation, String body) {
        return client.post(EndpointClient.signed(Map.of("X-Amz-Target", "AWSStepFunctions." + operation,
                "Content-Type", JSON_1_0)), body);
    }
}
