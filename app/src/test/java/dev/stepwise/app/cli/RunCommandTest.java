package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADD_ONE = """
            {
              "StartAt": "Add",
              "States": {
                "Add": {"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($.x, 1)"}, "End": true}
              }
            }
            """;
    private static final String FAILS = """
            {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Custom.Error", "Cause": "it broke"}}}
            """;
    private static final String MISSING_TARGET = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Choice", "Default": "Done",
                      "Choices": [{"Variable": "$.go", "BooleanEquals": true, "Next": "Nowhere"}]},
                "Done": {"Type": "Succeed"}
              }
            }
            """;
    private static final String PASS_THEN_SUCCEED = """
            {
              "StartAt": "Shape",
              "States": {
                "Shape": {"Type": "Pass", "InputPath": "$.in", "Parameters": {"v.$": "$.v"}, "ResultPath": "$.out",
                          "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;
    private static final String FLAKY_TASK = """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "ordering"},
                  "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 1, "MaxAttempts": 2}],
                  "End": true
                }
              }
            }
            """;
    private static final String FLAKY_MOCKS = """
            {
              "StateMachines": {"orders": {"TestCases": {"RetryThenSucceed": {"Call": "ThrowThenReturn"}}}},
              "MockedResponses": {
                "ThrowThenReturn": {
                  "0": {"Throw": {"Error": "Lambda.ServiceException", "Cause": "busy"}},
                  "1": {"Return": {"orderId": 42}}
                }
              }
            }
            """;
    private static final String ECHO = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";
    /** 15,000 turns of Step + Check: 30,000 states, 60,000 history events. */
    private static final String LONG_LOOP = """
            {
              "StartAt": "Step",
              "States": {
                "Step": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "Next": "Check"},
                "Check": {
                  "Type": "Choice",
                  "Choices": [{"Variable": "$.i", "NumericLessThan": 15000, "Next": "Step"}],
                  "Default": "Done"
                },
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void successPrintsOutputAndExitsZero() throws IOException {
        Path machine = write("add.asl.json", ADD_ONE);

        CliRun run = CliRun.of("run", machine.toString(), "--input", "{\"x\": 41}");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "{\"status\":\"SUCCEEDED\",\"output\":{\"sum\":42},\"error\":null,\"cause\":null,\"transitions\":1}");
    }

    @Test
    void failurePrintsErrorAndCauseAndExitsOne() throws IOException {
        Path machine = write("fails.asl.json", FAILS);

        CliRun run = CliRun.of("run", machine.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode result = onlyLine(run);
        assertThat(result.get("status").asText()).isEqualTo("FAILED");
        assertThat(result.get("output").isNull()).isTrue();
        assertThat(result.get("error").asText()).isEqualTo("Custom.Error");
        assertThat(result.get("cause").asText()).isEqualTo("it broke");
        assertThat(result.get("transitions").asLong()).isEqualTo(1);
    }

    @Test
    void invalidDefinitionExitsTwoWithALocatedDiagnostic() throws IOException {
        Path machine = write("broken.asl.json", MISSING_TARGET);

        CliRun run = CliRun.of("run", machine.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().asString()
                .startsWith(machine + ":5:")
                .contains(": error MISSING_TRANSITION_TARGET ")
                .contains("Nowhere");
        assertThat(run.errLines()).last().isEqualTo("stepwise: not run: 1 error in " + machine);
    }

    @Test
    void malformedDefinitionExitsTwoWithItsPlace() throws IOException {
        Path machine = write("malformed.json", "{\"StartAt\": \"A\",\n  \"States\": {,}}");

        CliRun run = CliRun.of("run", machine.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().asString()
                .startsWith(machine + ":2:")
                .contains(": error INVALID_JSON_DESCRIPTION ");
    }

    @Test
    void unreadableDefinitionExitsTwo() {
        Path missing = dir.resolve("missing.asl.json");

        CliRun run = CliRun.of("run", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("stepwise: cannot read " + missing + ": no such file");
    }

    @Test
    void yamlDefinitionRuns() throws IOException {
        Path machine = write("hello.asl.yaml", """
                StartAt: Hello
                States:
                  Hello:
                    Type: Pass
                    Result: hi
                    End: true
                """);

        CliRun run = CliRun.of("run", machine.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(onlyLine(run).get("output").asText()).isEqualTo("hi");
    }

    @Test
    void inputDefaultsToAnEmptyObject() throws IOException {
        Path machine = write("echo.asl.json", ECHO);

        assertThat(onlyLine(CliRun.of("run", machine.toString())).get("output")).isEqualTo(JSON.createObjectNode());
    }

    @Test
    void inputIsInlineJsonOrAFile() throws IOException {
        Path machine = write("add.asl.json", ADD_ONE);
        Path inputFile = write("input.json", "{\"x\": 10}");

        assertThat(sum(CliRun.of("run", machine.toString(), "--input", "{\"x\":1}"))).isEqualTo("2");
        assertThat(sum(CliRun.of("run", machine.toString(), "--input", inputFile.toString()))).isEqualTo("11");
        assertThat(sum(CliRun.of("run", machine.toString(), "--input", "@" + inputFile))).isEqualTo("11");
        assertThat(sum(CliRun.of("run", machine.toString(), "--input", inputFile.toUri().toString()))).isEqualTo("11");
    }

    @Test
    void inputMayBeAnyJsonValue() throws IOException {
        Path machine = write("echo.asl.json", ECHO);

        assertThat(onlyLine(CliRun.of("run", machine.toString(), "--input", "7")).get("output").asInt()).isEqualTo(7);
        assertThat(onlyLine(CliRun.of("run", machine.toString(), "--input", "[1, \"two\"]")).get("output"))
                .isEqualTo(JSON.readTree("[1,\"two\"]"));
        assertThat(onlyLine(CliRun.of("run", machine.toString(), "--input", "null")).get("output").isNull()).isTrue();
    }

    @Test
    void inputThatIsNeitherJsonNorAFileIsAUsageError() throws IOException {
        Path machine = write("add.asl.json", ADD_ONE);
        Path notJson = write("input.json", "{x: 1");

        CliRun neither = CliRun.of("run", machine.toString(), "--input", "{not json");
        CliRun missing = CliRun.of("run", machine.toString(), "--input", "@" + dir.resolve("nope.json"));
        CliRun badFile = CliRun.of("run", machine.toString(), "--input", "@" + notJson);

        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.out()).isEmpty();
        assertThat(neither.errLines()).singleElement().asString()
                .startsWith("stepwise: --input is neither JSON nor an existing file: 1:");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(
                "stepwise: cannot read input file " + dir.resolve("nope.json") + ": no such file");
        assertThat(badFile.exitCode()).isEqualTo(2);
        assertThat(badFile.errLines()).singleElement().asString()
                .startsWith("stepwise: input file " + notJson + " is not JSON: 1:");
    }

    @Test
    void mockedTaskIsRetriedThroughAThrowThenReturns() throws IOException {
        Path machine = write("orders.asl.json", FLAKY_TASK);
        Path mocks = write("mocks.json", FLAKY_MOCKS);

        CliRun run = CliRun.of("run", machine.toString(), "--mocks", mocks.toString(),
                "--test-case", "RetryThenSucceed", "--history");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode result = onlyLine(run);
        assertThat(result.get("output")).isEqualTo(JSON.readTree("{\"orderId\":42}"));
        assertThat(eventTypes(result)).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskFailed",
                "TaskScheduled", "TaskStarted", "TaskSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void stateMachineOptionNamesTheMachineInTheMockFile() throws IOException {
        Path machine = write("flaky.asl.json", FLAKY_TASK);
        Path mocks = write("mocks.json", FLAKY_MOCKS);

        CliRun byFileName = CliRun.of("run", machine.toString(), "--mocks", mocks.toString(),
                "--test-case", "RetryThenSucceed");
        CliRun byOption = CliRun.of("run", machine.toString(), "--mocks", mocks.toString(),
                "--test-case", "RetryThenSucceed", "--state-machine", "orders");

        assertThat(byFileName.exitCode()).isEqualTo(2);
        assertThat(byFileName.errLines()).singleElement().asString()
                .isEqualTo("stepwise: " + mocks + ": the mock file has no state machine \"flaky\" (it has [orders])");
        assertThat(byOption.exitCode()).isEqualTo(0);
    }

    @Test
    void unknownTestCaseIsAUsageError() throws IOException {
        Path machine = write("orders.asl.json", FLAKY_TASK);
        Path mocks = write("mocks.json", FLAKY_MOCKS);

        CliRun run = CliRun.of("run", machine.toString(), "--mocks", mocks.toString(), "--test-case", "Nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has no test case \"Nope\" (it has [RetryThenSucceed])");
    }

    @Test
    void stateMachineNameComesFromTheFileName() throws IOException {
        String names = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
                + "\"Parameters\":{\"name.$\":\"$$.StateMachine.Name\"},\"End\":true}}}";

        assertThat(onlyLine(CliRun.of("run", write("billing.asl.json", names).toString()))
                .at("/output/name").asText()).isEqualTo("billing");
        assertThat(onlyLine(CliRun.of("run", write("shipping.json", names).toString()))
                .at("/output/name").asText()).isEqualTo("shipping");
        assertThat(onlyLine(CliRun.of("run", write("shipping.json", names).toString(), "--state-machine", "Other"))
                .at("/output/name").asText()).isEqualTo("Other");
    }

    @Test
    void historyIsOnlyPrintedWhenAskedFor() throws IOException {
        Path machine = write("shape.asl.json", PASS_THEN_SUCCEED);

        JsonNode without = onlyLine(CliRun.of("run", machine.toString(), "--input", "{\"in\":{\"v\":1}}"));
        JsonNode with = onlyLine(CliRun.of("run", machine.toString(), "--input", "{\"in\":{\"v\":1}}", "--history"));

        assertThat(without.has("history")).isFalse();
        assertThat(eventTypes(with)).containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited",
                "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded");
        JsonNode first = with.get("history").get(0);
        assertThat(first.get("id").asInt()).isEqualTo(1);
        assertThat(first.get("previousEventId").asInt()).isEqualTo(0);
        // AWS-shaped: payloads are JSON strings.
        assertThat(first.at("/executionStartedEventDetails/input").asText()).isEqualTo("{\"in\":{\"v\":1}}");
    }

    @Test
    void tracePrintsOneLinePerStepBeforeTheResult() throws IOException {
        Path machine = write("shape.asl.json", PASS_THEN_SUCCEED);

        CliRun run = CliRun.of("run", machine.toString(), "--input", "{\"in\":{\"v\":1}}", "--trace");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.outLines()).hasSize(3);
        JsonNode shape = JSON.readTree(run.outLines().get(0));
        assertThat(fieldNames(shape)).containsExactly("stateName", "input", "afterInputPath", "afterParameters",
                "result", "afterResultPath", "output", "variables", "nextState");
        assertThat(shape.get("stateName").asText()).isEqualTo("Shape");
        assertThat(shape.get("afterInputPath")).isEqualTo(JSON.readTree("{\"v\":1}"));
        assertThat(shape.get("afterParameters")).isEqualTo(JSON.readTree("{\"v\":1}"));
        assertThat(shape.get("afterResultPath")).isEqualTo(JSON.readTree("{\"in\":{\"v\":1},\"out\":{\"v\":1}}"));
        assertThat(shape.get("nextState").asText()).isEqualTo("Done");
        JsonNode done = JSON.readTree(run.outLines().get(1));
        assertThat(done.get("stateName").asText()).isEqualTo("Done");
        assertThat(done.has("nextState")).isFalse();
        assertThat(done.has("scope")).isFalse();
        assertThat(JSON.readTree(run.outLines().get(2)).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void traceShowsRetriesAndErrors() throws IOException {
        Path machine = write("orders.asl.json", FLAKY_TASK);
        Path mocks = write("mocks.json", FLAKY_MOCKS);

        CliRun run = CliRun.of("run", machine.toString(), "--mocks", mocks.toString(),
                "--test-case", "RetryThenSucceed", "--trace");

        JsonNode failedAttempt = JSON.readTree(run.outLines().get(0));
        assertThat(failedAttempt.get("error").asText()).isEqualTo("Lambda.ServiceException");
        assertThat(failedAttempt.get("cause").asText()).isEqualTo("busy");
        assertThat(failedAttempt.at("/errorDetails/retryIndex").asInt()).isEqualTo(0);
        assertThat(failedAttempt.has("output")).isFalse();
        assertThat(JSON.readTree(run.outLines().get(1)).get("output")).isEqualTo(JSON.readTree("{\"orderId\":42}"));
    }

    @Test
    void traceNamesTheScopeOfNestedStates() throws IOException {
        Path machine = write("map.asl.json", """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}},
                  "End": true}}}
                """);

        CliRun run = CliRun.of("run", machine.toString(), "--input", "{\"items\":[1,2]}", "--trace");

        List<String> scopes = new ArrayList<>();
        for (String line : run.outLines().subList(0, run.outLines().size() - 1)) {
            JsonNode step = JSON.readTree(line);
            if (step.get("stateName").asText().equals("Inner")) {
                scopes.add(step.get("scope").asText());
            }
        }
        assertThat(scopes).hasSize(2).allMatch(scope -> !scope.isEmpty());
    }

    @Test
    void repeatRunsSeveralTimesAndStatsRecordsEachRun() throws IOException {
        Path machine = write("shape.asl.json", PASS_THEN_SUCCEED);
        Path stats = dir.resolve("stats.json");

        CliRun run = CliRun.of("run", machine.toString(), "--input", "{\"in\":{\"v\":1}}", "--repeat", "3",
                "--stats", stats.toString(), "--trace");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.outLines()).as("the last run's trace and result only").hasSize(3);
        JsonNode written = JSON.readTree(Files.readString(stats));
        assertThat(fieldNames(written)).containsExactly("transitions", "executions", "runMs");
        assertThat(written.get("transitions").asLong()).isEqualTo(2);
        assertThat(written.get("executions").asInt()).isEqualTo(3);
        assertThat(written.get("runMs")).hasSize(3).allSatisfy(ms -> {
            assertThat(ms.isNumber()).isTrue();
            assertThat(ms.isIntegralNumber()).as("a decimal").isFalse();
            assertThat(ms.doubleValue()).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void standardExecutionsStopAtTheHistoryLimitButExpressOnesDoNot() throws IOException {
        Path machine = write("loop.asl.json", LONG_LOOP);

        CliRun standard = CliRun.of("run", machine.toString(), "--input", "{\"i\":0}", "--type", "STANDARD");
        CliRun express = CliRun.of("run", machine.toString(), "--input", "{\"i\":0}", "--type", "EXPRESS");
        CliRun byDefault = CliRun.of("run", machine.toString(), "--input", "{\"i\":0}");

        assertThat(standard.exitCode()).isEqualTo(1);
        JsonNode failed = onlyLine(standard);
        assertThat(failed.get("error").asText()).isEqualTo("States.Runtime");
        assertThat(failed.get("cause").asText())
                .isEqualTo("The execution reached the maximum number of history events (25000).");
        assertThat(byDefault.out()).isEqualTo(standard.out());
        assertThat(express.exitCode()).isEqualTo(0);
        JsonNode succeeded = onlyLine(express);
        assertThat(succeeded.at("/output/i").asInt()).isEqualTo(15000);
        assertThat(succeeded.get("transitions").asLong()).isEqualTo(30_001);
    }

    @Test
    void realTimeAndSkipWaitsExcludeEachOther() throws IOException {
        Path machine = write("add.asl.json", ADD_ONE);

        CliRun skip = CliRun.of("run", machine.toString(), "--skip-waits", "--input", "{\"x\":1}");
        CliRun both = CliRun.of("run", machine.toString(), "--skip-waits", "--real-time");

        assertThat(skip.exitCode()).isEqualTo(0);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--real-time and --skip-waits exclude each other");
    }

    @Test
    void usageErrors() throws IOException {
        Path machine = write("add.asl.json", ADD_ONE);

        assertThat(CliRun.of("run").err()).contains("Missing required parameter: 'DEFINITION'");
        assertThat(CliRun.of("run").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("run", machine.toString(), "--mocks", "m.json").err())
                .contains("--mocks and --test-case go together");
        assertThat(CliRun.of("run", machine.toString(), "--repeat", "0").err())
                .contains("--repeat must be at least 1");
        assertThat(CliRun.of("run", machine.toString(), "--type", "SYNC").err()).contains("STANDARD, EXPRESS");
        CliRun batchWithFile = CliRun.of("run", "--batch", machine.toString());
        assertThat(batchWithFile.exitCode()).isEqualTo(2);
        assertThat(batchWithFile.err()).contains("give no DEFINITION");
        assertThat(CliRun.of("run", "--batch", "--trace", "--input", "{}").err())
                .contains("--input, --trace cannot be used with --batch");
    }

    @Test
    void runIsACommandWithHelp() {
        CliRun help = CliRun.of("run", "--help");

        assertThat(Cli.isCommandName("run")).isTrue();
        assertThat(CliRun.of("--help").out()).contains("run");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("Usage: stepwise run").contains("--batch").contains("--mocks=FILE");
    }

    @Test
    void batchReportsEveryLineAndGoesOnAfterBadOnes() throws IOException {
        String lines = String.join("\n",
                "{\"name\":\"good\",\"definition\":" + compact(ADD_ONE) + ",\"input\":{\"x\":2}}",
                "{\"name\":\"failing\",\"definition\":" + compact(FAILS) + "}",
                "this is not json",
                "",
                "{\"name\":\"invalid\",\"definition\":" + compact(MISSING_TARGET) + "}",
                "{\"name\":\"as a string\",\"definition\":" + JSON.writeValueAsString(ADD_ONE)
                        + ",\"input\":{\"x\":0}}");

        CliRun run = CliRun.withInput(lines, "run", "--batch");

        assertThat(run.exitCode()).as("some case had status ERROR").isEqualTo(1);
        assertThat(run.outLines()).hasSize(5);
        JsonNode good = JSON.readTree(run.outLines().get(0));
        assertThat(fieldNames(good)).containsExactly("name", "status", "output", "error", "cause", "transitions");
        assertThat(good.get("name").asText()).isEqualTo("good");
        assertThat(good.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(good.get("output")).as("parsed JSON, not a string").isEqualTo(JSON.readTree("{\"sum\":3}"));
        JsonNode failing = JSON.readTree(run.outLines().get(1));
        assertThat(failing.get("status").asText()).isEqualTo("FAILED");
        assertThat(failing.get("error").asText()).isEqualTo("Custom.Error");
        assertThat(failing.get("cause").asText()).isEqualTo("it broke");
        JsonNode garbage = JSON.readTree(run.outLines().get(2));
        assertThat(garbage.get("status").asText()).isEqualTo("ERROR");
        assertThat(garbage.get("cause").asText()).startsWith("line 3 is not JSON: ");
        JsonNode invalid = JSON.readTree(run.outLines().get(3));
        assertThat(invalid.get("name").asText()).isEqualTo("invalid");
        assertThat(invalid.get("status").asText()).isEqualTo("ERROR");
        assertThat(invalid.get("cause").asText())
                .startsWith("invalid definition: MISSING_TRANSITION_TARGET ").contains("(at /States/A/Choices/0/Next)");
        JsonNode asString = JSON.readTree(run.outLines().get(4));
        assertThat(asString.get("output")).isEqualTo(JSON.readTree("{\"sum\":1}"));
    }

    @Test
    void batchOfGoodCasesExitsZeroWhateverTheirStatus() {
        String lines = "{\"name\":\"failing\",\"definition\":" + compact(FAILS) + "}\n";

        CliRun run = CliRun.withInput(lines, "run", "--batch");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.outLines()).singleElement().asString().contains("\"status\":\"FAILED\"");
    }

    @Test
    void batchCaseMayCarryItsMocks() throws IOException {
        String withMocks = "{\"name\":\"mocked\",\"definition\":" + compact(FLAKY_TASK) + ",\"mocks\":"
                + compact(FLAKY_MOCKS) + ",\"testCase\":\"RetryThenSucceed\"}";
        String wrongMachine = "{\"name\":\"wrong machine\",\"definition\":" + compact(FLAKY_TASK) + ",\"mocks\":"
                + compact(FLAKY_MOCKS) + ",\"testCase\":\"RetryThenSucceed\",\"stateMachine\":\"other\"}";

        CliRun run = CliRun.withInput(withMocks + "\n" + wrongMachine + "\n", "run", "--batch");

        JsonNode mocked = JSON.readTree(run.outLines().get(0));
        assertThat(mocked.get("status").asText()).as(mocked.toString()).isEqualTo("SUCCEEDED");
        assertThat(mocked.get("output")).isEqualTo(JSON.readTree("{\"orderId\":42}"));
        JsonNode wrong = JSON.readTree(run.outLines().get(1));
        assertThat(wrong.get("status").asText()).isEqualTo("ERROR");
        assertThat(wrong.get("cause").asText()).isEqualTo(
                "mocks: the mock file has no state machine \"other\" (it has [orders])");
    }

    @Test
    void batchGuardStopsACaseThatTakesTooLong() {
        String slow = "{\"name\":\"slow\",\"definition\":{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
                + "\"Seconds\":20,\"End\":true}}}}";
        String quick = "{\"name\":\"quick\",\"definition\":" + compact(ADD_ONE) + ",\"input\":{\"x\":1}}";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunCommand command = new RunCommand(
                new ByteArrayInputStream((slow + "\n" + quick + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), Duration.ofMillis(300));

        long started = System.nanoTime();
        int exitCode = new CommandLine(command).execute("--batch", "--real-time");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(exitCode).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"name\":\"slow\"").contains("\"status\":\"ERROR\"")
                .contains("\"cause\":\"the case took longer than 300 ms\"");
        assertThat(lines.get(1)).contains("\"name\":\"quick\"").contains("\"status\":\"SUCCEEDED\"");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String compact(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode onlyLine(CliRun run) throws IOException {
        assertThat(run.outLines()).as("stdout; stderr: %s", run.err()).hasSize(1);
        return JSON.readTree(run.outLines().get(0));
    }

    private static String sum(CliRun run) throws IOException {
        return onlyLine(run).at("/output/sum").asText();
    }

    private static List<String> eventTypes(JsonNode result) {
        List<String> types = new ArrayList<>();
        result.get("history").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
