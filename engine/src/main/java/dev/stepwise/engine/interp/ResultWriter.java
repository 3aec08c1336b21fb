package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.spi.ObjectStore;
import dev.stepwise.engine.json.JsonPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Distributed Map's ResultWriter. With {@code s3:putObject} and Parameters (JSONata: Arguments) {@code Bucket} and
 * {@code Prefix}, it writes {@code <Prefix>/<map run id>/SUCCEEDED_0.json}, {@code FAILED_0.json} (each only when it
 * has entries) and then {@code manifest.json}, and the Map's result becomes
 * {@code {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}}. WriterConfig's Transformation (NONE, the default
 * when exporting: full entries; COMPACT: outputs only; FLATTEN: outputs with arrays flattened; failed children keep
 * their full entry) and OutputType (JSON array or JSON Lines) shape the files; WriterConfig without a Resource
 * shapes the Map's result instead. Failures are catchable {@code States.ResultWriterFailed}.
 */
record ResultWriter(String resource, DistributedSetting parameters, String outputType, String transformation) {

    static final String PUT_OBJECT = "arn:aws:states:::s3:putObject";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ResultWriter compile(JsonNode writer, boolean jsonata, Compiler compiler) {
        if (writer == null) {
            return null;
        }
        JsonNode config = writer.get("WriterConfig");
        JsonNode parameters = writer.has("Arguments") ? writer.get("Arguments") : writer.get("Parameters");
        return new ResultWriter(text(writer, "Resource"), DistributedSetting.of(parameters, jsonata, compiler),
                text(config, "OutputType"), text(config, "Transformation"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** The Map's result: the export's location, or (WriterConfig only) the transformed outputs. */
    JsonNode finish(StepContext step, JsonNode effectiveInput, MapRun run) {
        if (resource == null) {
            return outputs(run, transformation == null ? "COMPACT" : transformation);
        }
        if (!PUT_OBJECT.equals(resource)) {
            throw failed("The ResultWriter resource \"" + resource + "\" is not supported; use " + PUT_OBJECT + ".");
        }
        JsonNode params = parameters == null ? NODES.objectNode()
                : parameters.evaluate(step, effectiveInput, "Parameters");
        String bucket = text(params, "Bucket");
        if (bucket == null) {
            throw failed("The ResultWriter Parameters need a \"Bucket\" string.");
        }
        String prefix = text(params, "Prefix");
        String folder = (prefix == null || prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/")
                + run.id + "/";
        String mode = transformation == null ? "NONE" : transformation;
        if (!mode.equals("NONE") && !mode.equals("COMPACT") && !mode.equals("FLATTEN")) {
            throw failed("WriterConfig Transformation \"" + mode + "\" is not NONE, COMPACT or FLATTEN.");
        }
        String type = outputType == null ? "JSON" : outputType;
        if (!type.equals("JSON") && !type.equals("JSONL")) {
            throw failed("WriterConfig OutputType \"" + type + "\" is not JSON or JSONL.");
        }
        ObjectStore store = step.run().options.objectStore();
        if (store == null) {
            throw failed("No object store is configured, so the ResultWriter cannot write to s3://" + bucket + "/"
                    + folder + ". Set one with ExecutionOptions.withObjectStore(new LocalFolderObjectStore(folder)); "
                    + "s3://bucket/key is then the file folder/bucket/key.");
        }
        ObjectNode manifest = NODES.objectNode();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", run.arn);
        ObjectNode files = manifest.putObject("ResultFiles");
        files.set("FAILED", write(store, bucket, folder + "FAILED_0.json", entries(run, "NONE", true), type));
        files.putArray("PENDING");
        files.set("SUCCEEDED", write(store, bucket, folder + "SUCCEEDED_0.json", entries(run, mode, false), type));
        String manifestKey = folder + "manifest.json";
        put(store, bucket, manifestKey, JsonPrinter.compact(manifest).getBytes(StandardCharsets.UTF_8));
        ObjectNode result = NODES.objectNode();
        result.put("MapRunArn", run.arn);
        ObjectNode details = result.putObject("ResultWriterDetails");
        details.put("Bucket", bucket);
        details.put("Key", manifestKey);
        return result;
    }

    /** The Map's result without an export: every child in order, succeeded ones shaped by {@code mode}. */
    private static ArrayNode outputs(MapRun run, String mode) {
        ArrayNode outputs = NODES.arrayNode();
        for (MapRun.Child child : run.children) {
            add(outputs, run, child, mode);
        }
        return outputs;
    }

    /** The entries of the failed children (always full), or of the succeeded ones shaped by {@code mode}. */
    private static ArrayNode entries(MapRun run, String mode, boolean failedOnes) {
        ArrayNode entries = NODES.arrayNode();
        for (MapRun.Child child : run.children) {
            if (child.failed() == failedOnes) {
                add(entries, run, child, mode);
            }
        }
        return entries;
    }

    private static void add(ArrayNode target, MapRun run, MapRun.Child child, String mode) {
        if (child.failed() || mode.equals("NONE")) {
            target.add(entry(run, child));
        } else if (mode.equals("FLATTEN") && child.output().isArray()) {
            child.output().forEach(target::add);
        } else {
            target.add(child.output());
        }
    }

    /** One child as AWS exports it; keys in AWS's (alphabetical) order. */
    static ObjectNode entry(MapRun run, MapRun.Child child) {
        ObjectNode entry = NODES.objectNode();
        StatesError error = child.error();
        if (error != null && error.cause() != null) {
            entry.put("Cause", error.cause());
        }
        if (error != null && error.error() != null) {
            entry.put("Error", error.error());
        }
        entry.put("ExecutionArn", run.childExecutionArn(child.name()));
        entry.put("Input", JsonPrinter.compact(child.input()));
        entry.putObject("InputDetails").put("Included", true);
        entry.put("Name", child.name());
        if (error == null) {
            entry.put("Output", JsonPrinter.compact(child.output()));
            entry.putObject("OutputDetails").put("Included", true);
        }
        entry.put("StartDate", ExecutionRun.timestamp(child.start()));
        entry.put("StateMachineArn", run.childStateMachineArn);
        entry.put("Status", error == null ? "SUCCEEDED" : "FAILED");
        entry.put("StopDate", ExecutionRun.timestamp(child.stop()));
        return entry;
    }

    /** Writes one result file when there are entries; the manifest's list of files for it. */
    private static ArrayNode write(ObjectStore store, String bucket, String key, ArrayNode entries, String type) {
        ArrayNode listed = NODES.arrayNode();
        if (entries.isEmpty()) {
            return listed;
        }
        String text;
        if (type.equals("JSONL")) {
            List<String> lines = new ArrayList<>();
            entries.forEach(entry -> lines.add(JsonPrinter.compact(entry)));
            text = String.join("\n", lines) + "\n";
        } else {
            text = JsonPrinter.compact(entries);
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        put(store, bucket, key, content);
        ObjectNode file = listed.addObject();
        file.put("Key", key);
        file.put("Size", content.length);
        return listed;
    }

    private static void put(ObjectStore store, String bucket, String key, byte[] content) {
        try {
            store.write(bucket, key, content);
        } catch (IOException | IllegalArgumentException e) {
            throw failed("Could not write s3://" + bucket + "/" + key + ": " + e.getMessage());
        }
    }

    static StateFailure failed(String cause) {
        return new StateFailure(new StatesError(StatesErrorNames.RESULT_WRITER_FAILED, cause));
    }
}
