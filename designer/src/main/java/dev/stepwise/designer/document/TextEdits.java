package dev.stepwise.designer.document;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonFormat;

/**
 * Splices on one definition text, built against its spans and applied together: only the values, keys and members
 * named change; every other character stays as it was. One implementation per syntax (JSON, YAML).
 */
public interface TextEdits {

    /** Edits for a text of the given format; throws {@link IllegalArgumentException} when it cannot be spliced. */
    static TextEdits on(String text, JsonFormat format) {
        return format == JsonFormat.YAML ? new YamlTextEdits(YamlSpans.scan(text)) : JsonTextEdits.on(text);
    }

    /** Edits against spans already scanned from a text of the given format. */
    static TextEdits on(JsonSpans spans, JsonFormat format) {
        return format == JsonFormat.YAML ? new YamlTextEdits(spans) : new JsonTextEdits(spans);
    }

    JsonSpans spans();

    /** Replaces the value at a pointer, keeping its key. */
    TextEdits replaceValue(String pointer, JsonNode value);

    /**
     * Replaces the value at a pointer in the layout the old value had: on one line if it was on one line, over lines
     * at its indent if it was over lines.
     */
    TextEdits replaceValueInItsLayout(String pointer, JsonNode value);

    /** Renames the member at a pointer, keeping its value and its place. */
    TextEdits renameKey(String pointer, String newKey);

    /** Replaces a whole member (key and value) by another in the same place, e.g. {@code End: true} by a Next. */
    TextEdits replaceMember(String pointer, String newKey, JsonNode value);

    /** Sets a member of the object at {@code objectPointer}: replaces its value, or appends it as the last member. */
    default TextEdits setMember(String objectPointer, String key, JsonNode value) {
        String pointer = dev.stepwise.engine.json.JsonPointers.child(objectPointer, key);
        return spans().has(pointer) ? replaceValue(pointer, value) : appendMember(objectPointer, key, value);
    }

    /** Appends a member to the object at {@code objectPointer}, after its last member. */
    TextEdits appendMember(String objectPointer, String key, JsonNode value);

    /** Appends an element to the array at {@code arrayPointer}, after its last element. */
    TextEdits appendElement(String arrayPointer, JsonNode value);

    /** Removes element {@code index} of the array at {@code arrayPointer} with the separator that belongs to it. */
    TextEdits removeElement(String arrayPointer, int index);

    /** Removes a member with the separators and line that belong to it. */
    TextEdits removeMember(String objectPointer, String key);

    boolean isEmpty();

    /** The text with every splice made. Splices must not overlap. */
    String apply();
}
