package dev.stepwise.engine.json;

import java.util.Map;

/**
 * Where each node of a parsed document stood in its text, keyed by JSON pointer ({@code ""} is the root).
 * For an object member the location is that of its key, which is where an editor should put the caret.
 */
public final class SourceMap {

    public static final SourceMap EMPTY = new SourceMap(Map.of());

    private final Map<String, SourceLocation> locations;

    SourceMap(Map<String, SourceLocation> locations) {
        this.locations = Map.copyOf(locations);
    }

    /** The location of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation found = locations.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return SourceLocation.UNKNOWN;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** True when the document has a node at exactly this pointer. */
    public boolean contains(String pointer) {
        return locations.containsKey(pointer);
    }

    public int size() {
        return locations.size();
    }
}
