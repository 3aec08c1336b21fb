package dev.stepwise.designer.document;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.List;

/**
 * A set of splices on one JSON text, built against its {@link JsonSpans} and applied together. Only the characters
 * of the values, keys and members named are replaced; the rest of the text is left byte for byte.
 * New values follow the layout of their surroundings: indented like their siblings, or on one line in a compact text.
 */
public final class JsonTextEdits extends SplicedEdits {

    public JsonTextEdits(JsonSpans spans) {
        super(spans);
    }

    public static JsonTextEdits on(String text) {
        return new JsonTextEdits(JsonSpans.scan(text));
    }

    /** Replaces the value at a pointer, keeping its key. */
    @Override
    public JsonTextEdits replaceValue(String pointer, JsonNode value) {
        JsonSpans.Span span = spans.span(pointer);
        add(span.valueStart(), span.valueEnd(), print(value, spans.indentOfLineAt(span.start()), prettyAround(span.start())));
        return this;
    }

    /**
     * Replaces the value at a pointer in the layout the old value had: a value written on one line stays on one line
     * (spaced as it was), one spread over lines is printed over lines at its indent.
     */
    @Override
    public JsonTextEdits replaceValueInItsLayout(String pointer, JsonNode value) {
        JsonSpans.Span span = spans.span(pointer);
        String old = text.substring(span.valueStart(), span.valueEnd());
        String printed;
        if (old.indexOf('\n') >= 0) {
            printed = print(value, spans.indentOfLineAt(span.start()), true);
        } else {
            printed = old.contains(": ") || old.contains(", ") || old.length() < 3 ? inline(value)
                    : JsonPrinter.compact(value);
        }
        add(span.valueStart(), span.valueEnd(), printed);
        return this;
    }

    /** Renames the member at a pointer, keeping its value and its place. */
    @Override
    public JsonTextEdits renameKey(String pointer, String newKey) {
        JsonSpans.Span span = spans.span(pointer);
        if (span.keyStart() < 0) {
            throw new IllegalArgumentException(pointer + " is not an object member");
        }
        add(span.keyStart(), span.keyEnd(), quote(newKey));
        return this;
    }

    /** Replaces a whole member (key and value) by another in the same place, e.g. {@code "End": true} by a Next. */
    @Override
    public JsonTextEdits replaceMember(String pointer, String newKey, JsonNode value) {
        JsonSpans.Span span = spans.span(pointer);
        String indent = spans.indentOfLineAt(span.start());
        add(span.keyStart(), span.valueEnd(), quote(newKey) + colon(span) + print(value, indent, prettyAround(span.start())));
        return this;
    }

    /** Appends a member to the object at {@code objectPointer}, after its last member. */
    @Override
    public JsonTextEdits appendMember(String objectPointer, String key, JsonNode value) {
        JsonSpans.Span object = spans.span(objectPointer);
        List<String> keys = spans.keys(objectPointer);
        String nl = spans.lineSeparator();
        if (keys.isEmpty()) {
            boolean pretty = text.indexOf('\n') >= 0;
            String outer = spans.indentOfLineAt(object.valueStart());
            String indent = outer + indentUnit();
            String member = quote(key) + (pretty ? ": " : ":") + print(value, indent, pretty);
            String body = pretty ? nl + indent + member + nl + outer : member;
            add(object.valueStart() + 1, object.valueEnd() - 1, body);
            return this;
        }
        JsonSpans.Span last = spans.span(JsonPointers.child(objectPointer, keys.get(keys.size() - 1)));
        JsonSpans.Span first = spans.span(JsonPointers.child(objectPointer, keys.get(0)));
        boolean pretty = text.substring(object.valueStart(), first.keyStart()).indexOf('\n') >= 0;
        String indent = spans.indentOfLineAt(last.keyStart());
        if (pretty) {
            String member = quote(key) + colon(last) + print(value, indent, true);
            add(last.valueEnd(), last.valueEnd(), "," + nl + indent + member);
            return this;
        }
        // On one line: separate and space the new member the way its neighbours are.
        String separator;
        if (keys.size() >= 2) {
            JsonSpans.Span previous = spans.span(JsonPointers.child(objectPointer, keys.get(keys.size() - 2)));
            separator = text.substring(previous.valueEnd(), last.keyStart());
        } else {
            separator = text.charAt(object.valueStart() + 1) == ' ' ? ", " : ",";
        }
        boolean spaced = colon(last).endsWith(" ");
        String member = quote(key) + colon(last) + (spaced ? inline(value) : JsonPrinter.compact(value));
        add(last.valueEnd(), last.valueEnd(), separator + member);
        return this;
    }

    /**
     * Appends an element to the array at {@code arrayPointer}, after its last element: on a line of its own when the
     * elements stand on their own lines, multi-line only when its neighbour is.
     */
    @Override
    public JsonTextEdits appendElement(String arrayPointer, JsonNode value) {
        JsonSpans.Span array = spans.span(arrayPointer);
        int count = 0;
        while (spans.has(JsonPointers.child(arrayPointer, count))) {
            count++;
        }
        if (count == 0) {
            add(array.valueStart() + 1, array.valueEnd() - 1, JsonPrinter.compact(value));
            return this;
        }
        JsonSpans.Span first = spans.span(JsonPointers.child(arrayPointer, 0));
        JsonSpans.Span last = spans.span(JsonPointers.child(arrayPointer, count - 1));
        boolean ownLines = text.substring(array.valueStart(), first.valueStart()).indexOf('\n') >= 0;
        boolean multiLine = text.substring(last.valueStart(), last.valueEnd()).indexOf('\n') >= 0;
        String indent = spans.indentOfLineAt(last.valueStart());
        String separator = ownLines ? "," + spans.lineSeparator() + indent : ", ";
        String lastText = text.substring(last.valueStart(), last.valueEnd());
        String printed = ownLines && multiLine ? print(value, indent, true)
                : lastText.contains(": ") || lastText.contains(", ") ? inline(value) : JsonPrinter.compact(value);
        add(last.valueEnd(), last.valueEnd(), separator + printed);
        return this;
    }

    /** Removes a member with the comma and line break that belong to it. */
    @Override
    public JsonTextEdits removeMember(String objectPointer, String key) {
        SeparatedItems.removeMember(spans, splices, objectPointer, key);
        return this;
    }

    /** Removes element {@code index} of the array at {@code arrayPointer} with the separator that belongs to it. */
    @Override
    public JsonTextEdits removeElement(String arrayPointer, int index) {
        SeparatedItems.removeElement(spans, splices, arrayPointer, index);
        return this;
    }

    /** The separator between key and value as the neighbouring member writes it. */
    private String colon(JsonSpans.Span neighbour) {
        return text.substring(neighbour.keyEnd(), neighbour.valueStart());
    }

    private boolean prettyAround(int offset) {
        return text.indexOf('\n') >= 0 && offset >= 0;
    }

    private String indentUnit() {
        List<String> rootKeys = spans.keys("");
        if (!rootKeys.isEmpty()) {
            String indent = spans.indentOfLineAt(spans.span(JsonPointers.child("", rootKeys.get(0))).keyStart());
            if (!indent.isEmpty()) {
                return indent;
            }
        }
        return "  ";
    }

    /** A value printed to stand at {@code indent}: pretty lines indented like it, or compact. */
    private String print(JsonNode value, String indent, boolean pretty) {
        if (!pretty || !value.isContainerNode() || value.isEmpty()) {
            return JsonPrinter.compact(value);
        }
        String unit = indentUnit();
        String printed = JsonPrinter.pretty(value).stripTrailing();
        String[] lines = printed.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            while (line.startsWith("  ", depth * 2)) {
                depth++;
            }
            out.append(spans.lineSeparator()).append(indent).append(unit.repeat(depth)).append(line.substring(depth * 2));
        }
        return out.toString();
    }

    /** A value on one line, spaced like hand-written JSON: {@code {"a": 1, "b": [1, 2]}}. */
    static String inline(JsonNode value) {
        if (value.isObject()) {
            StringBuilder out = new StringBuilder("{");
            var fields = value.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                out.append(quote(field.getKey())).append(": ").append(inline(field.getValue()));
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(inline(value.get(i)));
            }
            return out.append(']').toString();
        }
        return JsonPrinter.compact(value);
    }

    static String quote(String value) {
        return JsonPrinter.compact(com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
    }
}
