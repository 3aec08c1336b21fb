package dev.stepwise.designer.document;

import dev.stepwise.engine.json.JsonPointers;
import java.util.List;

/**
 * Removing one item from a bracketed, comma-separated collection: a JSON object or array, or a YAML flow mapping or
 * sequence. The item goes with the separator that belongs to it: the one before it, or for the first item the one
 * after; the last item leaves the brackets empty.
 */
final class SeparatedItems {

    private SeparatedItems() {
    }

    static void removeMember(JsonSpans spans, Splices splices, String objectPointer, String key) {
        List<String> keys = spans.keys(objectPointer);
        int index = keys.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("no member " + key + " in " + objectPointer);
        }
        JsonSpans.Span member = spans.span(JsonPointers.child(objectPointer, key));
        if (index > 0) {
            JsonSpans.Span previous = spans.span(JsonPointers.child(objectPointer, keys.get(index - 1)));
            splices.add(previous.valueEnd(), member.valueEnd(), "");
        } else if (keys.size() > 1) {
            splices.add(member.keyStart(), spans.span(JsonPointers.child(objectPointer, keys.get(1))).keyStart(), "");
        } else {
            emptyBrackets(spans, splices, objectPointer);
        }
    }

    static void removeElement(JsonSpans spans, Splices splices, String arrayPointer, int index) {
        JsonSpans.Span element = spans.span(JsonPointers.child(arrayPointer, index));
        String next = JsonPointers.child(arrayPointer, index + 1);
        if (index > 0) {
            splices.add(spans.span(JsonPointers.child(arrayPointer, index - 1)).valueEnd(), element.valueEnd(), "");
        } else if (spans.has(next)) {
            splices.add(element.valueStart(), spans.span(next).valueStart(), "");
        } else {
            emptyBrackets(spans, splices, arrayPointer);
        }
    }

    private static void emptyBrackets(JsonSpans spans, Splices splices, String pointer) {
        JsonSpans.Span collection = spans.span(pointer);
        splices.add(collection.valueStart() + 1, collection.valueEnd() - 1, "");
    }
}
