package dev.stepwise.designer.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The positions the user gave states by moving them, by layout key (see {@link #key}). States without one are placed
 * by the automatic layout. Kept in a file beside the ASL file ({@code name.asl.json.layout.json}), never in the ASL.
 * Immutable: every change makes a new layout.
 */
public final class Layout {

    /** A top-left corner on the canvas, in canvas units. */
    public record Point(double x, double y) {
    }

    public static final Layout EMPTY = new Layout(Map.of());
    /** The suffix of a layout file, added to the whole ASL file name. */
    public static final String FILE_SUFFIX = ".layout.json";

    private final Map<String, Point> positions;

    private Layout(Map<String, Point> positions) {
        this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static Layout of(Map<String, Point> positions) {
        return positions.isEmpty() ? EMPTY : new Layout(positions);
    }

    /**
     * The key of a state in a scope: its name in the top-level machine, else the scope's JSON pointer and the name,
     * so that states of the same name in two Parallel branches keep apart.
     */
    public static String key(String scope, String name) {
        return scope.isEmpty() ? name : scope + "#" + name;
    }

    public Map<String, Point> positions() {
        return positions;
    }

    public Optional<Point> position(String key) {
        return Optional.ofNullable(positions.get(key));
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    public Layout with(Map<String, Point> moved) {
        Map<String, Point> copy = new LinkedHashMap<>(positions);
        copy.putAll(moved);
        return of(copy);
    }

    public Layout without(Iterable<String> keys) {
        Map<String, Point> copy = new LinkedHashMap<>(positions);
        keys.forEach(copy::remove);
        return of(copy);
    }

    /** The layout with one key renamed, keeping its place in the order. */
    public Layout renamed(String oldKey, String newKey) {
        if (!positions.containsKey(oldKey)) {
            return this;
        }
        Map<String, Point> copy = new LinkedHashMap<>();
        positions.forEach((key, point) -> copy.put(key.equals(oldKey) ? newKey : key, point));
        return of(copy);
    }

    /**
     * The keys of the states inside the branches of a Parallel or Map, by the container's state pointer: those whose
     * scope lies under it ({@link #key} of a nested state starts with its scope's pointer).
     */
    public List<String> keysInside(String containerPointer) {
        String prefix = containerPointer + "/";
        return positions.keySet().stream().filter(key -> key.startsWith(prefix) && key.contains("#")).toList();
    }

    /** The layout with the states inside a renamed container under its new state pointer, in their places. */
    public Layout rescoped(String oldContainerPointer, String newContainerPointer) {
        List<String> inside = keysInside(oldContainerPointer);
        if (inside.isEmpty()) {
            return this;
        }
        Map<String, Point> copy = new LinkedHashMap<>();
        positions.forEach((key, point) -> copy.put(inside.contains(key)
                ? newContainerPointer + key.substring(oldContainerPointer.length()) : key, point));
        return of(copy);
    }

    /** The layout file's text. */
    public String toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("version", 1);
        ObjectNode map = root.putObject("positions");
        positions.forEach((key, point) -> {
            ObjectNode p = map.putObject(key);
            p.put("x", round(point.x()));
            p.put("y", round(point.y()));
        });
        return JsonPrinter.pretty(root);
    }

    /** Reads a layout file; entries that are not {x, y} numbers are skipped. */
    public static Layout fromJson(String text) throws JsonSyntaxException {
        JsonNode root = JsonReader.readJson(text).root();
        JsonNode map = root.path("positions");
        Map<String, Point> positions = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode x = field.getValue().path("x");
            JsonNode y = field.getValue().path("y");
            if (x.isNumber() && y.isNumber()) {
                positions.put(field.getKey(), new Point(x.doubleValue(), y.doubleValue()));
            }
        }
        return of(positions);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Layout layout && positions.equals(layout.positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(positions);
    }

    @Override
    public String toString() {
        return "Layout" + positions;
    }
}
