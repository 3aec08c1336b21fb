package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesError;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.spi.ObjectStore;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Distributed Map's ItemReader: {@code s3:getObject} of a JSON array, a JSON Lines file or a CSV file, or
 * {@code s3:listObjectsV2} of a bucket and prefix, through the execution's {@link ObjectStore}. Its Parameters
 * (JSONata: Arguments) read the Map's effective input. Every failure is a catchable {@code States.ItemReaderFailed}.
 *
 * @param csvHeaders the GIVEN headers, or null
 * @param maxItems   ReaderConfig MaxItems or MaxItemsPath, or null; 0 means no limit
 */
record ItemReader(String resource, DistributedSetting parameters, String inputType, String csvHeaderLocation,
                  List<String> csvHeaders, String csvDelimiter, DistributedSetting maxItems) {

    static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
    static final String LIST_OBJECTS_V2 = "arn:aws:states:::s3:listObjectsV2";
    private static final Map<String, Character> DELIMITERS = Map.of("COMMA", ',', "PIPE", '|', "SEMICOLON", ';',
            "SPACE", ' ', "TAB", '\t');
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ItemReader compile(JsonNode reader, boolean jsonata, Compiler compiler) {
        if (reader == null) {
            return null;
        }
        JsonNode config = reader.get("ReaderConfig");
        List<String> headers = null;
        JsonNode given = config == null ? null : config.get("CSVHeaders");
        if (given != null && given.isArray()) {
            headers = new ArrayList<>();
            for (JsonNode header : given) {
                headers.add(header.asText());
            }
        }
        JsonNode parameters = reader.has("Arguments") ? reader.get("Arguments") : reader.get("Parameters");
        return new ItemReader(text(reader, "Resource"), DistributedSetting.of(parameters, jsonata, compiler),
                text(config, "InputType"), text(config, "CSVHeaderLocation"), headers, text(config, "CSVDelimiter"),
                DistributedSetting.number(config, "MaxItems", jsonata, compiler));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /**
     * Reads the items, before ItemSelector and batching. The ItemsPath of {@code inputs} selects the array in a JSON
     * object that is not one itself; MaxItems applies after it.
     */
    JsonNode read(StepContext step, JsonNode effectiveInput, MapInputs inputs) {
        JsonNode params = parameters == null ? NODES.objectNode() : parameters.evaluate(step, effectiveInput,
                "Parameters");
        int limit = maxItems == null ? 0 : maxItems.integer(step, effectiveInput, "MaxItems");
        if (limit < 0) {
            throw failed("MaxItems must not be negative, but was " + limit + ".");
        }
        String bucket = textParameter(params, "Bucket", true);
        if (LIST_OBJECTS_V2.equals(resource)) {
            String prefix = textParameter(params, "Prefix", false);
            return limited(listObjects(step, bucket, prefix == null ? "" : prefix), limit);
        }
        if (!GET_OBJECT.equals(resource)) {
            throw failed("The ItemReader resource \"" + resource + "\" is not supported; use " + GET_OBJECT
                    + " or " + LIST_OBJECTS_V2 + ".");
        }
        String key = textParameter(params, "Key", true);
        String content = new String(getObject(step, bucket, key), StandardCharsets.UTF_8);
        String type = inputType == null ? "JSON" : inputType;
        return switch (type) {
            case "JSON" -> limited(jsonArray(step, inputs, content, bucket, key), limit);
            case "JSONL" -> jsonLines(content, bucket, key, limit);
            case "CSV" -> csv(content, limit);
            default -> throw failed("ReaderConfig InputType \"" + type
                    + "\" is not supported here; use JSON, JSONL or CSV.");
        };
    }

    private static String textParameter(JsonNode params, String name, boolean required) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw failed("The ItemReader Parameters need a \"" + name + "\" field.");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw failed("The ItemReader parameter \"" + name + "\" must be a string, not "
                    + JsonPrinter.compact(value) + ".");
        }
        return value.textValue();
    }

    private byte[] getObject(StepContext step, String bucket, String key) {
        ObjectStore store = store(step, GET_OBJECT + " of s3://" + bucket + "/" + key);
        Optional<byte[]> content;
        try {
            content = store.read(bucket, key);
        } catch (IOException | IllegalArgumentException e) {
            throw failed("Could not read s3://" + bucket + "/" + key + ": " + e.getMessage());
        }
        return content.orElseThrow(() -> failed("The specified key does not exist: s3://" + bucket + "/" + key
                + " (Service: S3, Status Code: 404, Error Code: NoSuchKey)"));
    }

    private ArrayNode listObjects(StepContext step, String bucket, String prefix) {
        ObjectStore store = store(step, LIST_OBJECTS_V2 + " of s3://" + bucket + "/" + prefix);
        List<ObjectStore.ObjectSummary> objects;
        try {
            objects = store.list(bucket, prefix);
        } catch (IOException | IllegalArgumentException e) {
            throw failed("Could not list s3://" + bucket + "/" + prefix + ": " + e.getMessage());
        }
        ArrayNode items = NODES.arrayNode();
        for (ObjectStore.ObjectSummary object : objects) {
            ObjectNode item = items.addObject();
            item.put("Etag", object.eTag());
            item.put("Key", object.key());
            item.put("LastModified", object.lastModified().getEpochSecond());
            item.put("Size", object.size());
            item.put("StorageClass", "STANDARD");
        }
        return items;
    }

    /** The configured store, or a failure that says how to configure one. */
    static ObjectStore store(StepContext step, String what) {
        ObjectStore store = step.run().options.objectStore();
        if (store == null) {
            throw failed("No object store is configured, so the ItemReader cannot run " + what + ". "
                    + "Set one with ExecutionOptions.withObjectStore(new LocalFolderObjectStore(folder)); "
                    + "s3://bucket/key is then the file folder/bucket/key.");
        }
        return store;
    }

    private static ArrayNode jsonArray(StepContext step, MapInputs inputs, String content, String bucket,
                                       String key) {
        JsonNode document;
        try {
            document = JsonReader.readJson(content).root();
        } catch (JsonSyntaxException e) {
            throw failed("s3://" + bucket + "/" + key + " is not valid JSON: " + e.getMessage());
        }
        JsonNode items = inputs.readItems(step, document);
        if (!items.isArray()) {
            throw failed("Attempting to map over non-iterable node.");
        }
        return (ArrayNode) items;
    }

    private static ArrayNode jsonLines(String content, String bucket, String key, int limit) {
        ArrayNode items = NODES.arrayNode();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length && (limit == 0 || items.size() < limit); i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(JsonReader.readJson(lines[i]).root());
            } catch (JsonSyntaxException e) {
                throw failed("Line " + (i + 1) + " of s3://" + bucket + "/" + key + " is not valid JSON: "
                        + e.getMessage());
            }
        }
        return items;
    }

    private ArrayNode csv(String content, int limit) {
        String delimiterName = csvDelimiter == null ? "COMMA" : csvDelimiter;
        Character delimiter = DELIMITERS.get(delimiterName);
        if (delimiter == null) {
            throw failed("CSVDelimiter \"" + delimiterName + "\" is not one of COMMA, PIPE, SEMICOLON, SPACE, TAB.");
        }
        List<List<String>> rows = CsvRows.parse(content, delimiter);
        String location = csvHeaderLocation == null ? "FIRST_ROW" : csvHeaderLocation;
        List<String> headers;
        int first;
        if (location.equals("FIRST_ROW")) {
            if (rows.isEmpty()) {
                throw failed("The CSV file has no header row.");
            }
            headers = rows.get(0);
            first = 1;
        } else if (location.equals("GIVEN")) {
            if (csvHeaders == null || csvHeaders.isEmpty()) {
                throw failed("CSVHeaderLocation GIVEN needs CSVHeaders.");
            }
            headers = csvHeaders;
            first = 0;
        } else {
            throw failed("CSVHeaderLocation \"" + location + "\" is not FIRST_ROW or GIVEN.");
        }
        if (new HashSet<>(headers).size() < headers.size()) {
            throw failed("CSV headers cannot contain duplicates.");
        }
        ArrayNode items = NODES.arrayNode();
        for (int r = first; r < rows.size() && (limit == 0 || items.size() < limit); r++) {
            List<String> row = rows.get(r);
            ObjectNode item = items.addObject();
            for (int c = 0; c < headers.size(); c++) {
                item.put(headers.get(c), c < row.size() ? row.get(c) : "");
            }
        }
        return items;
    }

    private static ArrayNode limited(ArrayNode items, int limit) {
        if (limit == 0 || items.size() <= limit) {
            return items;
        }
        ArrayNode kept = NODES.arrayNode(limit);
        for (int i = 0; i < limit; i++) {
            kept.add(items.get(i));
        }
        return kept;
    }

    static StateFailure failed(String cause) {
        return new StateFailure(new StatesError(StatesErrorNames.ITEM_READER_FAILED, cause));
    }
}
