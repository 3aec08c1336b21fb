package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a payload's JSON text would pass a size limit, found without printing it. One execution keeps one of
 * these: payloads are never changed once made (every step copies what it changes), so the sizes of the objects and
 * arrays of the last payload checked are remembered, and the parts the next state passes on unchanged are not
 * counted again. Only the last payload's parts are remembered, so nothing is kept alive that the execution dropped.
 */
final class PayloadSize {

    private final long limit;
    private Map<JsonNode, Long> previous = new IdentityHashMap<>();
    private Map<JsonNode, Long> current = new IdentityHashMap<>();
    private JsonNode lastChecked;
    private boolean lastExceeded;

    PayloadSize(long limit) {
        this.limit = limit;
    }

    boolean exceeds(JsonNode node) {
        if (node == lastChecked) {
            return lastExceeded; // a state that passed its input on unchanged
        }
        lastExceeded = size(node) > limit;
        lastChecked = node;
        previous = current;
        current = new IdentityHashMap<>();
        return lastExceeded;
    }

    /** The UTF-8 size of the compact JSON text, or some number past the limit once it is clear it is past. */
    private long size(JsonNode node) {
        if (node.isTextual()) {
            return utf8Length(node.textValue()) + 2;
        }
        if (!node.isContainerNode()) {
            return node.isNumber() ? node.asText().length() : 5;
        }
        if (node.isEmpty()) {
            return 2;
        }
        Long remembered = previous.get(node);
        if (remembered != null) {
            current.put(node, remembered);
            return remembered;
        }
        long total = 2;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext() && total <= limit) {
                Map.Entry<String, JsonNode> field = fields.next();
                total += utf8Length(field.getKey()) + 4 + size(field.getValue());
            }
        } else {
            for (int i = 0; i < node.size() && total <= limit; i++) {
                total += 1 + size(node.get(i));
            }
        }
        if (total <= limit) {
            current.put(node, total);
        }
        return total;
    }

    private static long utf8Length(String text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                length += c >= 0x800 ? 2 : 1;
            }
        }
        return length;
    }
}
