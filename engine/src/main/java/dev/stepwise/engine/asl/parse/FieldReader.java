package dev.stepwise.engine.asl.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.asl.model.DataPaths;
import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/** Reads typed fields out of one JSON object, noting (not throwing) each field of the wrong shape. */
final class FieldReader {

    private final ObjectNode object;
    private final String pointer;
    private final Problems problems;

    FieldReader(ObjectNode object, String pointer, Problems problems) {
        this.object = object;
        this.pointer = pointer;
        this.problems = problems;
    }

    ObjectNode object() {
        return object;
    }

    String pointer() {
        return pointer;
    }

    String pointerTo(String field) {
        return JsonPointers.child(pointer, field);
    }

    boolean has(String field) {
        return object.has(field);
    }

    /** The raw value, or null when absent. */
    JsonNode node(String field) {
        return object.get(field);
    }

    String string(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add("\"" + field + "\" must be a string", pointerTo(field));
            return null;
        }
        return value.textValue();
    }

    /** A reference path: {@code "$"} when absent, null when written as JSON null. */
    String path(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return DataPaths.ROOT;
        }
        if (value.isNull()) {
            return null;
        }
        return string(field);
    }

    Integer integer(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            problems.add("\"" + field + "\" must be an integer", pointerTo(field));
            return null;
        }
        if (!value.canConvertToInt()) {
            problems.add("\"" + field + "\" is out of range", pointerTo(field));
            return null;
        }
        return value.intValue();
    }

    Double number(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add("\"" + field + "\" must be a number", pointerTo(field));
            return null;
        }
        return value.doubleValue();
    }

    boolean bool(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add("\"" + field + "\" must be true or false", pointerTo(field));
            return false;
        }
        return value.booleanValue();
    }

    /** A nested object, or null when absent or of another shape (noted as a problem). */
    FieldReader objectField(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add("\"" + field + "\" must be an object", pointerTo(field));
            return null;
        }
        return new FieldReader((ObjectNode) value, pointerTo(field), problems);
    }

    /** Each object element of an array field; an absent field gives no elements. */
    List<FieldReader> objects(String field) {
        JsonNode value = object.get(field);
        List<FieldReader> readers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return readers;
        }
        if (!value.isArray()) {
            problems.add("\"" + field + "\" must be an array", pointerTo(field));
            return readers;
        }
        for (int i = 0; i < value.size(); i++) {
            String at = JsonPointers.child(pointerTo(field), i);
            if (value.get(i).isObject()) {
                readers.add(new FieldReader((ObjectNode) value.get(i), at, problems));
            } else {
                problems.add("each element of \"" + field + "\" must be an object", at);
            }
        }
        return readers;
    }

    List<String> strings(String field) {
        JsonNode value = object.get(field);
        List<String> strings = new ArrayList<>();
        if (value == null || value.isNull()) {
            return strings;
        }
        if (!value.isArray()) {
            problems.add("\"" + field + "\" must be an array of strings", pointerTo(field));
            return strings;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                strings.add(value.get(i).textValue());
            } else {
                problems.add("each element of \"" + field + "\" must be a string", JsonPointers.child(pointerTo(field), i));
            }
        }
        return strings;
    }
}
