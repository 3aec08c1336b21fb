package dev.stepwise.engine.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled {@code ResultPath}: where a state's result goes in its raw input. {@code null} discards the result,
 * {@code $} replaces the input, and {@code $.a.b} sets that field, creating objects on the way. The input is never
 * changed: the objects along the path are copied.
 */
public final class ResultPath {

    private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[\\]]+)|\\['([^']*)']|\\[(\\d+)]");

    private final String text;
    /** Field names (String) and array indexes (Integer); null for "discard the result". */
    private final List<Object> segments;

    private ResultPath(String text, List<Object> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** Compiles a reference path; null means "discard the result". */
    public static ResultPath compile(String text) {
        if (text == null) {
            return new ResultPath(null, null);
        }
        if (!text.startsWith("$") || text.startsWith("$$")) {
            throw new InvalidPathException("ResultPath must be a reference path starting with '$': " + text);
        }
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(text);
        int at = 1;
        while (at < text.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new InvalidPathException("ResultPath must be a reference path (names and indexes only): " + text);
            }
            if (matcher.group(1) != null) {
                segments.add(matcher.group(1));
            } else if (matcher.group(2) != null) {
                segments.add(matcher.group(2));
            } else {
                segments.add(Integer.valueOf(matcher.group(3)));
            }
            at = matcher.end();
        }
        return new ResultPath(text, List.copyOf(segments));
    }

    public String text() {
        return text;
    }

    /** The state's raw input with the result placed in it. */
    public JsonNode apply(JsonNode rawInput, JsonNode result) {
        if (segments == null) {
            return rawInput;
        }
        if (segments.isEmpty()) {
            return result;
        }
        return place(rawInput, 0, result);
    }

    private JsonNode place(JsonNode node, int index, JsonNode result) {
        if (index == segments.size()) {
            return result;
        }
        Object segment = segments.get(index);
        if (segment instanceof Integer position) {
            if (!node.isArray() || position >= node.size()) {
                throw mismatch(node);
            }
            var copy = node.deepCopy();
            ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(position, place(node.get(position), index + 1, result));
            return copy;
        }
        if (!node.isObject()) {
            throw mismatch(node);
        }
        ObjectNode copy = ((ObjectNode) node).objectNode();
        copy.setAll((ObjectNode) node);
        JsonNode child = node.get((String) segment);
        if (child == null || (!child.isObject() && index + 1 < segments.size())) {
            child = child == null || child.isNull() ? JsonNodeFactory.instance.objectNode() : child;
        }
        copy.set((String) segment, place(child, index + 1, result));
        return copy;
    }

    private StatesException mismatch(JsonNode input) {
        return new StatesException(StatesErrorNames.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath \"" + text
                + "\" to input \"" + JsonPrinter.compact(input) + "\"");
    }

    @Override
    public String toString() {
        return String.valueOf(text);
    }
}
