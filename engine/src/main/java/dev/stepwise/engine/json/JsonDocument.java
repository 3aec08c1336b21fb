package dev.stepwise.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A parsed JSON or YAML text: its tree (object keys in source order, numbers keeping their spelling),
 * where every node stood, and the keys that were written more than once (the last one wins, as in AWS).
 */
public record JsonDocument(JsonNode root, SourceMap sourceMap, JsonFormat format, List<DuplicateKey> duplicateKeys) {

    /** An object key that appears again at {@code location}; the pointer names the member. */
    public record DuplicateKey(String pointer, SourceLocation location) {
    }

    public JsonDocument {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(sourceMap, "sourceMap");
        Objects.requireNonNull(format, "format");
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** A document built in memory rather than read from text: no locations. */
    public static JsonDocument of(JsonNode root) {
        return new JsonDocument(root, SourceMap.EMPTY, JsonFormat.JSON, List.of());
    }

    public SourceLocation locate(String pointer) {
        return sourceMap.locate(pointer);
    }
}
