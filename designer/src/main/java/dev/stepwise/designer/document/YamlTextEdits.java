package dev.stepwise.designer.document;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splices on one YAML text, against its {@link YamlSpans}: the YAML counterpart of {@link JsonTextEdits}. New values
 * are written in the style of their place: block mappings and sequences indented like their siblings, flow
 * collections ({@code {...}}, {@code [...]}) on one line. Comments and everything not named stay byte for byte.
 */
public final class YamlTextEdits extends SplicedEdits {

    /** Strings written without quotes: nothing YAML could read as another type or as syntax. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.\\-/ ()]*");
    private static final Pattern NOT_PLAIN_WORDS = Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|~");

    private final String nl;
    private final int unit;

    public YamlTextEdits(JsonSpans spans) {
        super(spans);
        this.nl = spans.lineSeparator();
        this.unit = indentUnit();
    }

    public static YamlTextEdits on(String text) {
        return new YamlTextEdits(YamlSpans.scan(text));
    }

    @Override
    public YamlTextEdits replaceValue(String pointer, JsonNode value) {
        JsonSpans.Span span = spans.span(pointer);
        if (inFlow(pointer) || isFlow(span) || !isBlockContainer(value)) {
            add(span.valueStart(), span.valueEnd(), scalarOrFlow(value));
        } else if (startsItsLine(span.valueStart())) {
            add(span.valueStart(), span.valueEnd(), block(value, column(span.valueStart())));
        } else if (span.keyStart() >= 0) {
            // "Key: scalar" becomes "Key:" with the block on the lines below, one indent deeper.
            int childColumn = column(span.keyStart()) + unit;
            add(colonEnd(span), span.valueEnd(), nl + pad(childColumn) + block(value, childColumn));
        } else {
            add(span.valueStart(), span.valueEnd(), block(value, column(span.valueStart())));
        }
        return this;
    }

    /** A value keeps its style anyway: flow stays on its line, block stays below its key. */
    @Override
    public YamlTextEdits replaceValueInItsLayout(String pointer, JsonNode value) {
        return replaceValue(pointer, value);
    }

    @Override
    public YamlTextEdits renameKey(String pointer, String newKey) {
        JsonSpans.Span span = spans.span(pointer);
        if (span.keyStart() < 0) {
            throw new IllegalArgumentException(pointer + " is not a mapping member");
        }
        add(span.keyStart(), span.keyEnd(), key(newKey));
        return this;
    }

    @Override
    public YamlTextEdits replaceMember(String pointer, String newKey, JsonNode value) {
        renameKey(pointer, newKey);
        return replaceValue(pointer, value);
    }

    @Override
    public YamlTextEdits appendMember(String objectPointer, String key, JsonNode value) {
        JsonSpans.Span object = spans.span(objectPointer);
        List<String> keys = spans.keys(objectPointer);
        if (isFlow(object)) {
            String member = key(key) + ": " + scalarOrFlow(value);
            if (keys.isEmpty()) {
                add(object.valueStart() + 1, object.valueEnd() - 1, member);
            } else {
                JsonSpans.Span last = spans.span(JsonPointers.child(objectPointer, keys.get(keys.size() - 1)));
                add(last.valueEnd(), last.valueEnd(), ", " + member);
            }
            return this;
        }
        JsonSpans.Span first = spans.span(JsonPointers.child(objectPointer, keys.get(0)));
        JsonSpans.Span last = spans.span(JsonPointers.child(objectPointer, keys.get(keys.size() - 1)));
        int column = column(first.keyStart());
        add(last.valueEnd(), last.valueEnd(), nl + pad(column) + member(key, value, column));
        return this;
    }

    @Override
    public YamlTextEdits appendElement(String arrayPointer, JsonNode value) {
        JsonSpans.Span array = spans.span(arrayPointer);
        int count = 0;
        while (spans.has(JsonPointers.child(arrayPointer, count))) {
            count++;
        }
        if (isFlow(array)) {
            if (count == 0) {
                add(array.valueStart() + 1, array.valueEnd() - 1, scalarOrFlow(value));
            } else {
                int end = spans.span(JsonPointers.child(arrayPointer, count - 1)).valueEnd();
                add(end, end, ", " + scalarOrFlow(value));
            }
            return this;
        }
        JsonSpans.Span last = spans.span(JsonPointers.child(arrayPointer, count - 1));
        int dash = text.lastIndexOf('-', last.valueStart());
        int column = column(dash);
        add(last.valueEnd(), last.valueEnd(), nl + pad(column) + item(value, column));
        return this;
    }

    @Override
    public YamlTextEdits removeMember(String objectPointer, String key) {
        List<String> keys = spans.keys(objectPointer);
        int index = keys.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("no member " + key + " in " + objectPointer);
        }
        JsonSpans.Span object = spans.span(objectPointer);
        JsonSpans.Span member = spans.span(JsonPointers.child(objectPointer, key));
        if (isFlow(object)) {
            SeparatedItems.removeMember(spans, splices, objectPointer, key);
        } else if (keys.size() == 1) {
            add(object.valueStart(), object.valueEnd(), "{}");
        } else if (!startsItsLine(member.keyStart())) {
            // The first key of a sequence item ("- Key: v"): the next key moves up after the dash.
            add(member.keyStart(), spans.span(JsonPointers.child(objectPointer, keys.get(index + 1))).keyStart(), "");
        } else {
            add(lineStart(member.keyStart()), afterLine(member.valueEnd()), "");
        }
        return this;
    }

    /** Removes element {@code index} of the sequence at {@code arrayPointer}, with its dash or its comma. */
    @Override
    public YamlTextEdits removeElement(String arrayPointer, int index) {
        JsonSpans.Span array = spans.span(arrayPointer);
        JsonSpans.Span element = spans.span(JsonPointers.child(arrayPointer, index));
        String nextPointer = JsonPointers.child(arrayPointer, index + 1);
        if (isFlow(array)) {
            SeparatedItems.removeElement(spans, splices, arrayPointer, index);
            return this;
        }
        int dash = text.lastIndexOf('-', element.valueStart());
        boolean only = index == 0 && !spans.has(nextPointer);
        if (only) {
            add(dash, element.valueEnd(), "[]");
        } else if (startsItsLine(dash)) {
            add(lineStart(dash), afterLine(element.valueEnd()), "");
        } else {
            // "- - a": the inner sequence's first item; the next one moves up after the outer dash.
            add(dash, text.lastIndexOf('-', spans.span(nextPointer).valueStart()), "");
        }
        return this;
    }

    /** "Key: value", the value on the same line or as a block below, for a mapping whose keys stand at column. */
    private String member(String name, JsonNode value, int column) {
        if (!isBlockContainer(value)) {
            return key(name) + ": " + scalarOrFlow(value);
        }
        return key(name) + ":" + nl + pad(column + unit) + block(value, column + unit);
    }

    /** "- value" for a block sequence whose dashes stand at column. */
    private String item(JsonNode value, int column) {
        return "- " + (isBlockContainer(value) ? block(value, column + 2) : scalarOrFlow(value));
    }

    /** A non-empty mapping or sequence in block style, its first line at column (not padded), the rest padded. */
    private String block(JsonNode value, int column) {
        List<String> lines = new ArrayList<>();
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                lines.add(member(field.getKey(), field.getValue(), column));
            }
        } else {
            for (JsonNode element : value) {
                lines.add(item(element, column));
            }
        }
        return String.join(nl + pad(column), lines);
    }

    private static boolean isBlockContainer(JsonNode value) {
        return value.isContainerNode() && !value.isEmpty();
    }

    /** A scalar as YAML writes it plainly when it safely can; a container on one line. */
    private static String scalarOrFlow(JsonNode value) {
        return value.isContainerNode() ? flow(value) : value.isTextual() ? string(value.textValue())
                : JsonPrinter.compact(value);
    }

    /** On one line: JSON is YAML's flow style. */
    private static String flow(JsonNode value) {
        return JsonTextEdits.inline(value);
    }

    private static String key(String name) {
        return string(name);
    }

    private static String string(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !NOT_PLAIN_WORDS.matcher(value).matches();
        return plain ? value : JsonTextEdits.quote(value);
    }

    private boolean inFlow(String pointer) {
        if (pointer.isEmpty()) {
            return false;
        }
        return isFlow(spans.span(JsonPointers.parent(pointer)));
    }

    private boolean isFlow(JsonSpans.Span container) {
        char c = container.valueStart() < text.length() ? text.charAt(container.valueStart()) : ' ';
        return c == '{' || c == '[';
    }

    /** After the colon that follows a key (and before any space). */
    private int colonEnd(JsonSpans.Span span) {
        return text.indexOf(':', span.keyEnd()) + 1;
    }

    private boolean startsItsLine(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset after the line break that ends the line of offset (or the text's end). */
    private int afterLine(int offset) {
        int lineEnd = text.indexOf('\n', offset);
        return lineEnd < 0 ? text.length() : lineEnd + 1;
    }

    private int column(int offset) {
        return offset - lineStart(offset);
    }

    private static String pad(int column) {
        return " ".repeat(column);
    }

    /** How far a nested mapping is indented here: from the first root member whose value is a block mapping. */
    private int indentUnit() {
        for (String rootKey : spans.keys("")) {
            String pointer = JsonPointers.child("", rootKey);
            List<String> children = spans.keys(pointer);
            if (!children.isEmpty()) {
                JsonSpans.Span child = spans.span(JsonPointers.child(pointer, children.get(0)));
                int step = column(child.keyStart()) - column(spans.span(pointer).keyStart());
                if (step > 0 && startsItsLine(child.keyStart())) {
                    return step;
                }
            }
        }
        return 2;
    }
}
