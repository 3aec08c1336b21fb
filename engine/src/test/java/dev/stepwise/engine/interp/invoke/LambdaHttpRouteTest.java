package dev.stepwise.engine.interp.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lambda tasks against a local function served the way the Runtime Interface Emulator serves it. */
class LambdaHttpRouteTest {

    private HttpServer server;
    private final List<String> received = new ArrayList<>();
    private URI base;

    @BeforeEach
    void startFunction() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(LambdaHttpRoute.INVOCATIONS_PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            String reply = body.contains("\"fail\":true")
                    ? "{\"errorMessage\":\"card declined\",\"errorType\":\"PaymentError\"}"
                    : "{\"doubled\":" + 2 * Integer.parseInt(body.replaceAll("\\D", "")) + "}";
            if (body.contains("\"fail\":true")) {
                exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopFunction() {
        server.stop(0);
    }

    private ExecutionResult run(String definition, String input) throws Exception {
        ExecutionOptions options = ExecutionOptions.defaults()
                .withInvokers(new TaskInvokers(List.of(new LambdaHttpRoute(Map.of("double", base)))));
        return new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON))
                .execute(JsonReader.readJson(input).root(), options);
    }

    @Test
    void theOptimisedIntegrationSendsThePayloadAndWrapsTheResponse() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "arn:aws:lambda:us-east-1:000000000000:function:double:$LATEST",
                                 "Payload": {"n.$": "$.n"}},
                  "ResultSelector": {"value.$": "$.Payload.doubled", "status.$": "$.StatusCode"}, "End": true}}}
                """, "{\"n\": 21}");

        assertEquals(List.of("{\"n\":21}"), received);
        assertEquals("{\"value\":42,\"status\":200}", JsonPrinter.compact(result.output()));
    }

    @Test
    void aFunctionArnResourceGetsTheInputAndGivesTheResponse() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:000000000000:function:double", "End": true}}}
                """, "{\"n\": 5}");

        assertEquals("{\"doubled\":10}", JsonPrinter.compact(result.output()));
    }

    @Test
    void aFunctionErrorCanBeCaughtByItsType() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "double", "Payload": {"fail": true}},
                  "Catch": [{"ErrorEquals": ["PaymentError"], "Next": "Declined"}], "End": true},
                  "Declined": {"Type": "Pass", "End": true}}}
                """, "{}");

        assertEquals("SUCCEEDED", result.status().awsName());
        assertEquals("PaymentError", result.output().get("Error").textValue());
        assertEquals("{\"errorMessage\":\"card declined\",\"errorType\":\"PaymentError\"}",
                result.output().get("Cause").textValue());
    }

    @Test
    void anUnmappedFunctionIsLeftToOtherRoutes() throws Exception {
        ExecutionResult result = run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "elsewhere"}, "End": true}}}
                """, "{}");

        assertEquals("States.TaskFailed", result.error().error());
        assertEquals(List.of(), received);
    }

    @Test
    void namesFunctionsFromNamesAndArns() {
        assertEquals("f", LambdaHttpRoute.functionName("f"));
        assertEquals("f", LambdaHttpRoute.functionName("arn:aws:lambda:us-east-1:1:function:f"));
        assertEquals("f", LambdaHttpRoute.functionName("arn:aws:lambda:us-east-1:1:function:f:prod"));
        assertEquals("f", LambdaHttpRoute.functionName("1:function:f"));
    }
}
