package dev.stepwise.engine.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes trees as text. JSON comes out the way {@code JSON.stringify(value, null, 2)} writes it, with
 * object keys in their order and numbers in their source spelling ({@link SpelledNumber}).
 */
public final class JsonPrinter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private JsonPrinter() {
    }

    /** Indented JSON with a final newline. */
    public static String pretty(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, 0, true);
        return out.append('\n').toString();
    }

    /** JSON on one line, no spaces: the form AWS uses in outputs and causes. */
    public static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, 0, false);
        return out.toString();
    }

    public static String print(JsonNode node, JsonFormat format) {
        return format == JsonFormat.YAML ? yaml(node) : pretty(node);
    }

    public static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out, int depth, boolean indent) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                newline(out, depth + 1, indent);
                quote(field.getKey(), out);
                out.append(indent ? ": " : ":");
                write(field.getValue(), out, depth + 1, indent);
                if (fields.hasNext()) {
                    out.append(',');
                }
            }
            newline(out, depth, indent);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                newline(out, depth + 1, indent);
                write(node.get(i), out, depth + 1, indent);
                if (i + 1 < node.size()) {
                    out.append(',');
                }
            }
            newline(out, depth, indent);
            out.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else if (node instanceof SpelledNumber spelled) {
            out.append(spelled.spelling());
        } else if (node.isNumber()) {
            out.append(numberText(node));
        } else if (node.isMissingNode()) {
            out.append("null");
        } else {
            out.append(node.asText());
        }
    }

    private static String numberText(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            double value = node.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "null"; // as JSON.stringify does: JSON has no such numbers
            }
        }
        return node.asText();
    }

    private static void newline(StringBuilder out, int depth, boolean indent) {
        if (indent) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
