package dev.stepwise.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One field of a Retry or Catch entry as the inspector edits it: how its JSON value shows as text and how text
 * becomes JSON again. Empty text removes the field from the entry.
 */
public record EntryField(String key, Kind kind, List<String> choices) {

    public enum Kind {
        /** {@code ErrorEquals}: error names separated by commas. */
        ERROR_NAMES,
        /** A whole number such as {@code MaxAttempts}. */
        INTEGER,
        /** A number such as {@code BackoffRate}. */
        NUMBER,
        /** A string such as {@code ResultPath}. */
        TEXT,
        /** One of {@link #choices()}, e.g. {@code JitterStrategy} or a Catch's {@code Next}. */
        CHOICE
    }

    public EntryField {
        choices = List.copyOf(choices);
    }

    public static EntryField of(String key, Kind kind) {
        return new EntryField(key, kind, List.of());
    }

    public static EntryField choice(String key, List<String> choices) {
        return new EntryField(key, Kind.CHOICE, choices);
    }

    /** The field's value in {@code entry} as the editor shows it; empty when absent. */
    public String show(JsonNode entry) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (kind == Kind.ERROR_NAMES && value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(", "));
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** Why {@code text} is not a value for this field, or empty when it is. */
    public Optional<String> problem(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case INTEGER -> value.matches("-?\\d+") ? Optional.empty()
                    : Optional.of(key + " must be a whole number, not \"" + value + "\"");
            case NUMBER -> isNumber(value) ? Optional.empty()
                    : Optional.of(key + " must be a number, not \"" + value + "\"");
            default -> Optional.empty();
        };
    }

    /**
     * A copy of {@code entries} with this field of entry {@code index} set from {@code text}; the entry's other fields
     * and their order stay as they are.
     */
    public ArrayNode apply(ArrayNode entries, int index, String text) {
        ArrayNode copy = entries.deepCopy();
        ObjectNode entry = (ObjectNode) copy.get(index);
        String value = text.strip();
        if (value.isEmpty()) {
            entry.remove(key);
        } else {
            entry.set(key, toJson(value));
        }
        return copy;
    }

    private JsonNode toJson(String value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (kind) {
            case ERROR_NAMES -> {
                ArrayNode names = json.arrayNode();
                Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
                yield names;
            }
            case INTEGER -> json.numberNode(Long.parseLong(value));
            case NUMBER -> json.numberNode(new BigDecimal(value));
            case TEXT, CHOICE -> json.textNode(value);
        };
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
