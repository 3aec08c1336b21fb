package dev.stepwise.engine.interp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Whether a payload's JSON text would pass a size limit, found without printing it and stopping early. */
final class PayloadSize {

    private PayloadSize() {
    }

    static boolean exceeds(JsonNode node, long limit) {
        return size(node, limit) > limit;
    }

    /** The approximate UTF-8 size of the compact JSON text; stops counting once past {@code limit}. */
    private static long size(JsonNode node, long limit) {
        if (node.isTextual()) {
            return utf8Length(node.textValue()) + 2;
        }
        if (node.isObject()) {
            long total = 2;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext() && total <= limit) {
                Map.Entry<String, JsonNode> field = fields.next();
                total += utf8Length(field.getKey()) + 4 + size(field.getValue(), limit - total);
            }
            return total;
        }
        if (node.isArray()) {
            long total = 2;
            for (int i = 0; i < node.size() && total <= limit; i++) {
                total += 1 + size(node.get(i), limit - total);
            }
            return total;
        }
        return node.isNumber() ? node.asText().length() : 5;
    }

    private static long utf8Length(String text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                length += text.charAt(i) >= 0x800 ? 2 : 1;
            }
        }
        return length;
    }
}
