package dev.stepwise.engine.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import dev.stepwise.engine.sfn.StepFunctionsService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * An execution that already ran, made ready to debug: its definition, input, names and start time, and a recorded
 * answer for every Task (see {@link RecordedTasks}), so stepping through it does what the execution did, on a virtual
 * clock, and step back lands where it should.
 *
 * @param described  DescribeExecution's response
 * @param definition DescribeStateMachineForExecution's {@code definition}
 * @param events     every event of GetExecutionHistory, with execution data
 */
public record ExecutionReplay(JsonNode described, String definition, ArrayNode events) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Fixed, so every run of a replay draws the same jitter and ids. */
    private static final long SEED = 20_241_124L;

    /** Reads what a replay needs of one execution from the Step Functions service that ran it. */
    public static ExecutionReplay load(StepFunctionsService service, String executionArn) {
        ObjectNode byArn = JSON.objectNode().put("executionArn", executionArn);
        JsonNode described = service.call("DescribeExecution", byArn);
        String definition = service.call("DescribeStateMachineForExecution", byArn).path("definition").asText();
        ArrayNode events = JSON.arrayNode();
        ObjectNode page = byArn.deepCopy().put("includeExecutionData", true).put("maxResults", 1000);
        while (true) {
            JsonNode response = service.call("GetExecutionHistory", page);
            events.addAll((ArrayNode) response.path("events"));
            String next = response.path("nextToken").asText("");
            if (next.isEmpty()) {
                return new ExecutionReplay(described, definition, events);
            }
            page.put("nextToken", next);
        }
    }

    public String executionArn() {
        return described.path("executionArn").asText();
    }

    /** A session that replays the execution, not yet started. */
    public DebugSession session() {
        Interpreter.Program program;
        JsonNode input;
        try {
            program = new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON));
            input = JsonReader.readJson(described.path("input").asText("{}")).root();
        } catch (AslParseException | JsonSyntaxException e) {
            throw new IllegalArgumentException("The execution " + executionArn() + " cannot be replayed: "
                    + e.getMessage(), e);
        }
        // arn:aws:states:<region>:<account>:execution:<state machine>:<execution>
        String[] arn = executionArn().split(":", 8);
        if (arn.length < 8) {
            throw new IllegalArgumentException("Not an execution ARN: " + executionArn());
        }
        Instant started = startDate(described.path("startDate"));
        return new DebugSession(program, input, () -> {
            Random random = new Random(SEED);
            return ExecutionOptions.defaults()
                    .withNames(arn[7], arn[6])
                    .withAccount(arn[3], arn[4])
                    .withClock(new VirtualClock(started))
                    .withRandom(random, () -> new UUID(random.nextLong(), random.nextLong()))
                    .withInvokers(new TaskInvokers(List.of(RecordedTasks.fromHistory(events))));
        });
    }

    /** The wire's epoch seconds (JSON 1.0 timestamps), or an ISO-8601 text as the CLI prints them. */
    private static Instant startDate(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal millis = value.decimalValue().movePointRight(3);
            return Instant.ofEpochMilli(millis.longValue());
        }
        return value.isTextual() ? Instant.parse(value.asText()) : Instant.EPOCH;
    }
}
