package dev.stepwise.engine.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.interp.history.HistoryEvent;
import dev.stepwise.engine.interp.history.HistoryEventType;
import dev.stepwise.engine.interp.spi.LocalFolderObjectStore;
import dev.stepwise.engine.interp.spi.VirtualClock;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributedMapTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path folder;
    private LocalFolderObjectStore store;

    @BeforeEach
    void createStore() {
        store = new LocalFolderObjectStore(folder);
    }

    private ExecutionOptions options() {
        AtomicLong next = new AtomicLong();
        return ExecutionOptions.defaults().withNames("exec-1", "Orders")
                .withClock(new VirtualClock(START))
                .withRandom(new Random(7), () -> new UUID(0, next.incrementAndGet()))
                .withObjectStore(store);
    }

    private static ExecutionResult run(String definition, String input, ExecutionOptions options) throws Exception {
        return new Interpreter().compile(AslParser.parse(definition, JsonFormat.JSON))
                .execute(JsonReader.readJson(input).root(), options);
    }

    private void put(String bucket, String key, String content) throws Exception {
        store.write(bucket, key, content.getBytes(StandardCharsets.UTF_8));
    }

    private String object(String bucket, String key) throws Exception {
        return new String(store.read(bucket, key).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static String output(ExecutionResult result) {
        assertEquals("SUCCEEDED", result.status().awsName(), () -> String.valueOf(result.status()));
        return JsonPrinter.compact(result.output());
    }

    /** A Distributed Map with the given fields and a processor that passes its input through. */
    private static String map(String fields) {
        return map(fields, """
                {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}}""");
    }

    private static String map(String fields, String processor) {
        String config = "\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}, ";
        return "{\"StartAt\": \"Fan\", \"States\": {\"Fan\": {\"Type\": \"Map\", " + fields + ", \"ItemProcessor\": "
                + processor.replaceFirst("\\{", "{" + config) + ", \"End\": true}}}";
    }

    /** Fails items whose {@code fail} is true with Boom / "bad item". */
    private static final String FAILING_PROCESSOR = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.fail", "BooleanEquals": true, "Next": "Boom"}],
                        "Default": "Ok"},
              "Boom": {"Type": "Fail", "Error": "Boom", "Cause": "bad item"},
              "Ok": {"Type": "Pass", "End": true}}}""";

    @Test
    void readsAJsonArrayWithKeyFromTheInputAndSelectsEachItem() throws Exception {
        put("data", "in/orders.json", "[{\"id\": 1}, {\"id\": 2}]");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "ReaderConfig": {"InputType": "JSON"},
                               "Parameters": {"Bucket": "data", "Key.$": "$.key"}},
                "ItemSelector": {"order.$": "$$.Map.Item.Value.id", "index.$": "$$.Map.Item.Index", "tag.$": "$.tag"}
                """), "{\"key\": \"in/orders.json\", \"tag\": \"t\"}", options());

        assertEquals("[{\"order\":1,\"index\":0,\"tag\":\"t\"},{\"order\":2,\"index\":1,\"tag\":\"t\"}]",
                output(result));
    }

    @Test
    void appliesItemsPathToTheObjectRead() throws Exception {
        put("data", "wrapped.json", "{\"rows\": [\"a\", \"b\"]}");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
                               "Parameters": {"Bucket": "data", "Key": "wrapped.json"}},
                "ItemsPath": "$.rows"
                """), "{}", options());

        assertEquals("[\"a\",\"b\"]", output(result));
    }

    @Test
    void readsJsonLinesUpToMaxItems() throws Exception {
        put("data", "events.jsonl", "{\"n\": 1}\n{\"n\": 2}\n\n{\"n\": 3}\n");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "ReaderConfig": {"InputType": "JSONL", "MaxItems": 2},
                               "Parameters": {"Bucket": "data", "Key": "events.jsonl"}}
                """), "{}", options());

        assertEquals("[{\"n\":1},{\"n\":2}]", output(result));
    }

    @Test
    void readsCsvWithTheFirstRowAsHeadersAndEveryValueAString() throws Exception {
        put("data", "ratings.csv", "movie,rating,note\r\nAlien,5,\"scary, good\"\r\nHeat,4\r\n");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                               "Parameters": {"Bucket": "data", "Key": "ratings.csv"}}
                """), "{}", options());

        assertEquals("[{\"movie\":\"Alien\",\"rating\":\"5\",\"note\":\"scary, good\"},"
                + "{\"movie\":\"Heat\",\"rating\":\"4\",\"note\":\"\"}]", output(result));
    }

    @Test
    void readsCsvWithGivenHeadersADelimiterAndMaxItemsPath() throws Exception {
        put("data", "rows.psv", "1|one\n2|two\n3|three\n");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN",
                                                "CSVHeaders": ["n", "word"], "CSVDelimiter": "PIPE",
                                                "MaxItemsPath": "$.limit"},
                               "Parameters": {"Bucket": "data", "Key": "rows.psv"}}
                """), "{\"limit\": 2}", options());

        assertEquals("[{\"n\":\"1\",\"word\":\"one\"},{\"n\":\"2\",\"word\":\"two\"}]", output(result));
    }

    @Test
    void listsObjectsUnderAPrefixInAwsItemShape() throws Exception {
        put("photos", "2026/b.jpg", "bb");
        put("photos", "2026/a.jpg", "a");
        put("photos", "other/c.jpg", "c");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
                               "Parameters": {"Bucket": "photos", "Prefix": "2026/"}}
                """), "{}", options());

        JsonNode items = JsonReader.readJson(output(result)).root();
        assertEquals(2, items.size());
        JsonNode first = items.get(0);
        assertEquals(List.of("Etag", "Key", "LastModified", "Size", "StorageClass"), fieldNames(first));
        assertEquals("2026/a.jpg", first.get("Key").textValue());
        assertEquals(1, first.get("Size").intValue());
        assertEquals("\"0cc175b9c0f1b6a831c399e269772661\"", first.get("Etag").textValue()); // MD5 of "a"
        assertTrue(first.get("LastModified").isIntegralNumber());
        assertEquals("STANDARD", first.get("StorageClass").textValue());
        assertEquals("2026/b.jpg", items.get(1).get("Key").textValue());
    }

    @Test
    void batchesByCountWithBatchInput() throws Exception {
        ExecutionResult result = run(map("""
                "ItemsPath": "$.items",
                "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"run.$": "$.run", "fixed": true}}
                """), "{\"run\": \"r1\", \"items\": [1, 2, 3, 4, 5]}", options());

        assertEquals("[{\"BatchInput\":{\"run\":\"r1\",\"fixed\":true},\"Items\":[1,2]},"
                + "{\"BatchInput\":{\"run\":\"r1\",\"fixed\":true},\"Items\":[3,4]},"
                + "{\"BatchInput\":{\"run\":\"r1\",\"fixed\":true},\"Items\":[5]}]", output(result));
    }

    @Test
    void batchesByBytesCountingTheWholeChildInput() throws Exception {
        // {"Items":["aaaa","bbbb"]} is 25 bytes; a third item would make it 32
        ExecutionResult result = run(map("""
                "ItemBatcher": {"MaxInputBytesPerBatchPath": "$.bytes"},
                "ItemsPath": "$.items"
                """), "{\"bytes\": 25, \"items\": [\"aaaa\", \"bbbb\", \"cccc\"]}", options());

        assertEquals("[{\"Items\":[\"aaaa\",\"bbbb\"]},{\"Items\":[\"cccc\"]}]", output(result));
    }

    @Test
    void anItemLargerThanTheByteLimitFailsTheMapRun() throws Exception {
        ExecutionResult result = run(map("""
                "ItemBatcher": {"MaxInputBytesPerBatch": 12}
                """), "[\"far too long for twelve bytes\"]", options());

        ExecutionStatus.Failed failed = (ExecutionStatus.Failed) result.status();
        assertEquals("States.ItemReaderFailed", failed.error().error());
    }

    @Test
    void resultWriterExportsResultsAndReturnsTheManifestLocation() throws Exception {
        ExecutionResult result = run(map("""
                "Label": "Fanout",
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                 "Parameters": {"Bucket": "results", "Prefix": "jobs"}}
                """), "[{\"n\": 1}, {\"n\": 2}]", options());

        String runId = new UUID(0, 1).toString();
        String mapRunArn = "arn:aws:states:us-east-1:000000000000:mapRun:Orders/Fanout:" + runId;
        assertEquals("{\"MapRunArn\":\"" + mapRunArn + "\",\"ResultWriterDetails\":{\"Bucket\":\"results\","
                + "\"Key\":\"jobs/" + runId + "/manifest.json\"}}", output(result));
        String succeeded = object("results", "jobs/" + runId + "/SUCCEEDED_0.json");
        JsonNode manifest = JsonReader.readJson(object("results", "jobs/" + runId + "/manifest.json")).root();
        assertEquals("{\"DestinationBucket\":\"results\",\"MapRunArn\":\"" + mapRunArn + "\",\"ResultFiles\":{"
                + "\"FAILED\":[],\"PENDING\":[],\"SUCCEEDED\":[{\"Key\":\"jobs/" + runId + "/SUCCEEDED_0.json\","
                + "\"Size\":" + succeeded.getBytes(StandardCharsets.UTF_8).length + "}]}}", JsonPrinter.compact(manifest));
        JsonNode entries = JsonReader.readJson(succeeded).root();
        assertEquals(2, entries.size());
        JsonNode first = entries.get(0);
        String child = new UUID(0, 2).toString();
        assertEquals(List.of("ExecutionArn", "Input", "InputDetails", "Name", "Output", "OutputDetails", "StartDate",
                "StateMachineArn", "Status", "StopDate"), fieldNames(first));
        assertEquals("arn:aws:states:us-east-1:000000000000:execution:Orders/Fanout:" + child,
                first.get("ExecutionArn").textValue());
        assertEquals("{\"n\":1}", first.get("Input").textValue());
        assertEquals("{\"n\":1}", first.get("Output").textValue());
        assertEquals("{\"Included\":true}", JsonPrinter.compact(first.get("InputDetails")));
        assertEquals(child, first.get("Name").textValue());
        assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:Orders/Fanout",
                first.get("StateMachineArn").textValue());
        assertEquals("SUCCEEDED", first.get("Status").textValue());
        assertEquals("2026-01-01T00:00:00.000Z", first.get("StartDate").textValue());
        assertTrue(Files.notExists(folder.resolve("results/jobs/" + runId + "/FAILED_0.json")));
    }

    @Test
    void toleratedFailuresAreWrittenToTheFailedFile() throws Exception {
        ExecutionResult result = run(map("""
                "ToleratedFailureCount": 1,
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                 "Parameters": {"Bucket": "results", "Prefix": ""}}
                """, FAILING_PROCESSOR), "[{\"fail\": false}, {\"fail\": true}]", options());

        output(result);
        String runId = new UUID(0, 1).toString();
        JsonNode failed = JsonReader.readJson(object("results", runId + "/FAILED_0.json")).root();
        assertEquals(1, failed.size());
        JsonNode entry = failed.get(0);
        assertEquals(List.of("Cause", "Error", "ExecutionArn", "Input", "InputDetails", "Name", "StartDate",
                "StateMachineArn", "Status", "StopDate"), fieldNames(entry));
        assertEquals("Boom", entry.get("Error").textValue());
        assertEquals("bad item", entry.get("Cause").textValue());
        assertEquals("FAILED", entry.get("Status").textValue());
        assertEquals("{\"fail\":true}", entry.get("Input").textValue());
        JsonNode manifest = JsonReader.readJson(object("results", runId + "/manifest.json")).root();
        assertEquals(runId + "/FAILED_0.json", manifest.at("/ResultFiles/FAILED/0/Key").textValue());
        assertEquals(runId + "/SUCCEEDED_0.json", manifest.at("/ResultFiles/SUCCEEDED/0/Key").textValue());
    }

    @Test
    void writerConfigCompactsTheExportedOutputs() throws Exception {
        ExecutionResult result = run(map("""
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                 "Parameters": {"Bucket": "results", "Prefix": "p/"},
                                 "WriterConfig": {"OutputType": "JSONL", "Transformation": "COMPACT"}}
                """), "[{\"n\": 1}, {\"n\": 2}]", options());

        output(result);
        assertEquals("{\"n\":1}\n{\"n\":2}\n", object("results", "p/" + new UUID(0, 1) + "/SUCCEEDED_0.json"));
    }

    @Test
    void writerConfigAloneFlattensTheMapResult() throws Exception {
        ExecutionResult result = run(map("""
                "ItemBatcher": {"MaxItemsPerBatch": 2},
                "ResultWriter": {"WriterConfig": {"Transformation": "FLATTEN", "OutputType": "JSON"}}
                """, """
                {"StartAt": "Unwrap", "States": {"Unwrap": {"Type": "Pass", "OutputPath": "$.Items", "End": true}}}"""),
                "[1, 2, 3]", options());

        assertEquals("[1,2,3]", output(result));
    }

    @Test
    void aMissingObjectFailsWithACatchableItemReaderFailed() throws Exception {
        String definition = """
                {"StartAt": "Fan", "States": {
                  "Fan": {"Type": "Map",
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
                                   "Parameters": {"Bucket": "data", "Key": "missing.json"}},
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}},
                    "Catch": [{"ErrorEquals": ["States.ItemReaderFailed"], "Next": "Handled"}],
                    "End": true},
                  "Handled": {"Type": "Pass", "End": true}}}""";

        ExecutionResult result = run(definition, "{}", options());

        assertEquals("{\"Error\":\"States.ItemReaderFailed\",\"Cause\":\"The specified key does not exist: "
                + "s3://data/missing.json (Service: S3, Status Code: 404, Error Code: NoSuchKey)\"}", output(result));
        assertEquals(List.of(HistoryEventType.MapStateEntered, HistoryEventType.MapRunStarted,
                HistoryEventType.MapRunFailed), types(result).subList(1, 4));
    }

    @Test
    void withoutAnObjectStoreTheReaderSaysHowToConfigureOne() throws Exception {
        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "Parameters": {"Bucket": "data", "Key": "k.json"}}
                """), "{}", options().withObjectStore(null));

        ExecutionStatus.Failed failed = (ExecutionStatus.Failed) result.status();
        assertEquals("States.ItemReaderFailed", failed.error().error());
        assertTrue(failed.error().cause().contains("ExecutionOptions.withObjectStore"), failed.error().cause());
    }

    @Test
    void withoutAnObjectStoreTheWriterFailsWithResultWriterFailed() throws Exception {
        ExecutionResult result = run(map("""
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                 "Parameters": {"Bucket": "results", "Prefix": "p"}}
                """), "[1]", options().withObjectStore(null));

        ExecutionStatus.Failed failed = (ExecutionStatus.Failed) result.status();
        assertEquals("States.ResultWriterFailed", failed.error().error());
        assertTrue(failed.error().cause().contains("ExecutionOptions.withObjectStore"), failed.error().cause());
    }

    @Test
    void aKeyThatEscapesTheStoreIsRejected() throws Exception {
        Files.writeString(folder.resolve("secret.json"), "[1]");

        ExecutionResult result = run(map("""
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "Parameters": {"Bucket": "data", "Key": "../secret.json"}}
                """), "{}", options());

        ExecutionStatus.Failed failed = (ExecutionStatus.Failed) result.status();
        assertEquals("States.ItemReaderFailed", failed.error().error());
        assertTrue(failed.error().cause().contains("\"..\""), failed.error().cause());
    }

    @Test
    void recordsTheMapRunInHistoryWithItsArn() throws Exception {
        ExecutionResult result = run(map("\"Label\": \"Batch\""), "[1]", options());

        output(result);
        HistoryEvent started = result.history().stream()
                .filter(event -> event.type() == HistoryEventType.MapRunStarted).findFirst().orElseThrow();
        assertEquals("arn:aws:states:us-east-1:000000000000:mapRun:Orders/Batch:" + new UUID(0, 1),
                started.details().get("mapRunArn").textValue());
        List<HistoryEventType> types = types(result);
        assertTrue(types.indexOf(HistoryEventType.MapRunSucceeded) > types.indexOf(HistoryEventType.MapIterationSucceeded));
        assertEquals(HistoryEventType.MapStateExited, types.get(types.indexOf(HistoryEventType.MapRunSucceeded) + 1));
    }

    @Test
    void jsonataReaderTakesArgumentsAndExpressions() throws Exception {
        put("data", "n.json", "[1, 2, 3]");
        String definition = """
                {"QueryLanguage": "JSONata", "StartAt": "Fan", "States": {
                  "Fan": {"Type": "Map",
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                                   "ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $states.input.max %}"},
                                   "Arguments": {"Bucket": "data", "Key": "{% $states.input.key %}"}},
                    "ItemSelector": {"v": "{% $states.context.Map.Item.Value * 10 %}"},
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                      "StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}},
                    "End": true}}}""";

        ExecutionResult result = run(definition, "{\"key\": \"n.json\", \"max\": 2}", options());

        assertEquals("[{\"v\":10},{\"v\":20}]", output(result));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<HistoryEventType> types(ExecutionResult result) {
        return result.history().stream().map(HistoryEvent::type).toList();
    }
}
