package dev.stepwise.engine.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON or YAML into a {@link JsonDocument}: a Jackson tree plus the location of every node.
 * Unlike Jackson's own tree reader it keeps how numbers were spelled and reports duplicate keys.
 */
public final class JsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source: .*$");
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(500)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(LIMITS).build();

    private JsonReader() {
    }

    public static JsonDocument read(String text, JsonFormat format) throws JsonSyntaxException {
        try (JsonParser parser = (format == JsonFormat.YAML ? YAML : JSON).createParser(text)) {
            return new Builder(parser, format).document();
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new JsonSyntaxException(e.getMessage(), SourceLocation.UNKNOWN);
        }
    }

    public static JsonDocument readJson(String text) throws JsonSyntaxException {
        return read(text, JsonFormat.JSON);
    }

    /** Reads a file as UTF-8, choosing YAML or JSON by its extension. */
    public static JsonDocument read(Path file) throws IOException, JsonSyntaxException {
        return read(Files.readString(file, StandardCharsets.UTF_8), JsonFormat.ofFile(file));
    }

    private static JsonSyntaxException syntaxError(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        SourceLocation location = where == null || where.getLineNr() < 1
                ? SourceLocation.UNKNOWN
                : new SourceLocation(where.getLineNr(), Math.max(1, where.getColumnNr()));
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        // Jackson appends where a string or array started, naming its internal source; the location says it better.
        return new JsonSyntaxException(START_MARKER.matcher(firstLine).replaceFirst(""), location);
    }

    /** One pass over the token stream, building nodes and recording their locations. */
    private static final class Builder {
        private final JsonParser parser;
        private final JsonFormat format;
        private final Map<String, SourceLocation> locations = new HashMap<>();
        private final List<JsonDocument.DuplicateKey> duplicates = new ArrayList<>();

        Builder(JsonParser parser, JsonFormat format) {
            this.parser = parser;
            this.format = format;
        }

        JsonDocument document() throws IOException, JsonSyntaxException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("the document is empty", new SourceLocation(1, 1));
            }
            locations.put("", here());
            JsonNode root = value(first, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new JsonSyntaxException("unexpected content after the end of the document", here());
            }
            return new JsonDocument(root, new SourceMap(locations), format, duplicates);
        }

        private SourceLocation here() {
            JsonLocation at = parser.currentTokenLocation();
            return new SourceLocation(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }

        private JsonNode value(JsonToken token, String pointer) throws IOException {
            switch (token) {
                case START_OBJECT:
                    return object(pointer);
                case START_ARRAY:
                    return array(pointer);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return integer();
                case VALUE_NUMBER_FLOAT:
                    return decimal();
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    // YAML may carry embedded binary or other scalars: keep their text.
                    return NODES.textNode(parser.getText());
            }
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode node = NODES.objectNode();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String child = JsonPointers.child(pointer, key);
                SourceLocation keyLocation = here();
                if (node.has(key)) {
                    duplicates.add(new JsonDocument.DuplicateKey(child, keyLocation));
                    node.remove(key); // the last one wins, in its own position
                }
                locations.put(child, keyLocation);
                node.set(key, value(parser.nextToken(), child));
            }
            return node;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode node = NODES.arrayNode();
            JsonToken token;
            int index = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                String child = JsonPointers.child(pointer, index++);
                locations.put(child, here());
                node.add(value(token, child));
            }
            return node;
        }

        private JsonNode integer() throws IOException {
            String text = parser.getText();
            JsonNode node = switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            boolean canonical = text.equals(node.asText());
            if (canonical || !keepsSpelling(text)) {
                return node;
            }
            return new SpelledDecimalNode(new BigDecimal(text.replace("+", "")), text);
        }

        private JsonNode decimal() throws IOException {
            String text = parser.getText();
            double value = parser.getDoubleValue();
            if (text.equals(Double.toString(value)) || !keepsSpelling(text)) {
                return NODES.numberNode(value);
            }
            return new SpelledDoubleNode(value, text);
        }

        /** Only JSON spellings are kept; YAML-only forms ({@code 0x1F}, {@code .inf}) are written the JSON way. */
        private boolean keepsSpelling(String text) {
            return format == JsonFormat.JSON || JSON_NUMBER.matcher(text).matches();
        }
    }
}
