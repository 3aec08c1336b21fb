package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Distributed Map's ItemBatcher: groups the (selected) items so that each child execution gets
 * {@code {"BatchInput": ..., "Items": [...]}} ({@code BatchInput} only when configured). A batch closes when it has
 * MaxItemsPerBatch items or when one more item would make the child's input, as compact UTF-8 JSON, larger than
 * MaxInputBytesPerBatch; unset limits do not apply.
 */
record ItemBatcher(DistributedSetting maxItemsPerBatch, DistributedSetting maxInputBytesPerBatch,
                   DistributedSetting batchInput) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static ItemBatcher compile(JsonNode batcher, boolean jsonata, Compiler compiler) {
        if (batcher == null) {
            return null;
        }
        return new ItemBatcher(DistributedSetting.number(batcher, "MaxItemsPerBatch", jsonata, compiler),
                DistributedSetting.number(batcher, "MaxInputBytesPerBatch", jsonata, compiler),
                DistributedSetting.of(batcher.get("BatchInput"), jsonata, compiler));
    }

    /** The child inputs, one per batch, in item order. */
    List<JsonNode> batch(StepContext step, JsonNode effectiveInput, List<JsonNode> items) {
        int maxItems = limit(maxItemsPerBatch, step, effectiveInput, "MaxItemsPerBatch");
        int maxBytes = limit(maxInputBytesPerBatch, step, effectiveInput, "MaxInputBytesPerBatch");
        JsonNode shared = batchInput == null ? null : batchInput.evaluate(step, effectiveInput, "BatchInput");
        int emptySize = bytes(childInput(shared, NODES.arrayNode()));
        List<JsonNode> batches = new ArrayList<>();
        ArrayNode current = NODES.arrayNode();
        int currentSize = emptySize;
        for (JsonNode item : items) {
            int itemSize = bytes(item);
            int grown = currentSize + itemSize + (current.isEmpty() ? 0 : 1);
            boolean full = (maxItems > 0 && current.size() >= maxItems) || (maxBytes > 0 && grown > maxBytes);
            if (full && !current.isEmpty()) {
                batches.add(childInput(shared, current));
                current = NODES.arrayNode();
                grown = emptySize + itemSize;
            }
            if (maxBytes > 0 && grown > maxBytes) {
                throw ItemReader.failed("An item of " + itemSize + " bytes does not fit in a batch of at most "
                        + maxBytes + " bytes (MaxInputBytesPerBatch), BatchInput and the Items array included.");
            }
            current.add(item);
            currentSize = grown;
        }
        if (!current.isEmpty()) {
            batches.add(childInput(shared, current));
        }
        return batches;
    }

    private static int limit(DistributedSetting setting, StepContext step, JsonNode effectiveInput, String field) {
        if (setting == null) {
            return 0;
        }
        int value = setting.integer(step, effectiveInput, field);
        if (value <= 0) {
            throw StatesException.runtime(field + " must be greater than 0, but was " + value + ".");
        }
        return value;
    }

    private static ObjectNode childInput(JsonNode shared, ArrayNode items) {
        ObjectNode input = NODES.objectNode();
        if (shared != null) {
            input.set("BatchInput", shared);
        }
        input.set("Items", items);
        return input;
    }

    private static int bytes(JsonNode value) {
        return JsonPrinter.compact(value).getBytes(StandardCharsets.UTF_8).length;
    }
}
