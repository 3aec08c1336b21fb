package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stepwise run` with the local stand-ins for AWS resources: Lambda endpoints, nested machines, an S3 folder. */
class RunCommandResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void lambdaTasksCallALocalFunction(@TempDir Path dir) throws Exception {
        HttpServer function = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        function.createContext("/2015-03-31/functions/function/invocations", exchange -> {
            byte[] reply = "{\"greeting\":\"hello\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        function.start();
        try {
            Path machine = Files.writeString(dir.resolve("greet.asl.json"), """
                    {"StartAt": "Greet", "States": {"Greet": {"Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "greeter"},
                      "OutputPath": "$.Payload", "End": true}}}
                    """);

            CliRun run = CliRun.of("run", machine.toString(), "--lambda",
                    "greeter=http://127.0.0.1:" + function.getAddress().getPort());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(result(run).get("output").toString()).isEqualTo("{\"greeting\":\"hello\"}");
        } finally {
            function.stop(0);
        }
    }

    @Test
    void startExecutionTasksRunMachinesFromTheMachinesFolder(@TempDir Path dir) throws Exception {
        Path machines = Files.createDirectory(dir.resolve("machines"));
        Files.writeString(machines.resolve("double.asl.json"), """
                {"StartAt": "D", "States": {"D": {"Type": "Pass",
                  "Parameters": {"twice.$": "States.MathAdd($.n, $.n)"}, "End": true}}}
                """);
        Path parent = Files.writeString(dir.resolve("parent.asl.json"), """
                {"StartAt": "Child", "States": {"Child": {"Type": "Task",
                  "Resource": "arn:aws:states:::states:startExecution.sync:2",
                  "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:000000000000:stateMachine:double",
                                 "Input": {"n.$": "$.n"}},
                  "OutputPath": "$.Output", "End": true}}}
                """);

        CliRun run = CliRun.of("run", parent.toString(), "--input", "{\"n\": 21}", "--machines", machines.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(result(run).get("output").toString()).isEqualTo("{\"twice\":42}");
        assertThat(result(run).get("transitions").asInt()).as("the child is an execution of its own").isEqualTo(1);
    }

    @Test
    void distributedMapsReadFromTheObjectsFolder(@TempDir Path dir) throws Exception {
        Path objects = Files.createDirectories(dir.resolve("objects/orders"));
        Files.writeString(objects.resolve("today.csv"), "id,amount\n1,10\n2,32\n");
        Path machine = Files.writeString(dir.resolve("sum.asl.json"), """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                    "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                    "Parameters": {"Bucket": "orders", "Key": "today.csv"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                    "StartAt": "Id", "States": {"Id": {"Type": "Pass", "OutputPath": "$.id", "End": true}}},
                  "End": true}}}
                """);

        CliRun run = CliRun.of("run", machine.toString(), "--objects", dir.resolve("objects").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(result(run).get("output").toString()).isEqualTo("[\"1\",\"2\"]");
    }

    private static JsonNode result(CliRun run) throws Exception {
        return JSON.readTree(run.outLines().get(run.outLines().size() - 1));
    }
}
