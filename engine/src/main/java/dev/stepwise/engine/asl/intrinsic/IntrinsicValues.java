package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.Iterator;
import java.util.Map;

/** JSON value helpers shared by the functions. */
final class IntrinsicValues {

    private IntrinsicValues() {
    }

    /**
     * JSON equality: numbers compare by value ({@code 1} equals {@code 1.0}), object key order does not matter,
     * array order does.
     */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !same(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * A value as {@code States.Format} splices it in. AWS prints strings bare and other values the way Java's
     * {@code toString} prints maps and lists: {@code {Arg1=1, Arg2=[]}}, {@code [1, 2]}, {@code null}.
     */
    static String formatText(JsonNode value) {
        StringBuilder out = new StringBuilder();
        appendFormatText(value, out);
        return out.toString();
    }

    private static void appendFormatText(JsonNode value, StringBuilder out) {
        if (value.isTextual()) {
            out.append(value.textValue());
        } else if (value.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(field.getKey()).append('=');
                appendFormatText(field.getValue(), out);
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendFormatText(value.get(i), out);
            }
            out.append(']');
        } else {
            out.append(JsonPrinter.compact(value));
        }
    }
}
