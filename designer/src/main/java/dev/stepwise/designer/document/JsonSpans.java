package dev.stepwise.designer.document;

import dev.stepwise.engine.json.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every value of a well-formed JSON text stands, by JSON pointer, as character offsets. Commands use it to
 * change a document by splicing its text, so that everything they do not touch keeps its exact bytes (spacing,
 * indentation, number spelling, key order).
 */
public final class JsonSpans {

    /**
     * One value. For an object member {@code keyStart} is the offset of the key's opening quote; it is -1 for the
     * root and for array elements. {@code valueEnd} is exclusive.
     */
    public record Span(int keyStart, int keyEnd, int valueStart, int valueEnd) {

        /** Where the member (or element) begins: its key, or its value when it has no key. */
        public int start() {
            return keyStart >= 0 ? keyStart : valueStart;
        }
    }

    private final String text;
    private final Map<String, Span> spans;
    private final Map<String, List<String>> keys;

    private JsonSpans(String text, Map<String, Span> spans, Map<String, List<String>> keys) {
        this.text = text;
        this.spans = spans;
        this.keys = keys;
    }

    /** Spans found by another scanner (YAML's): the same questions answered for another syntax. */
    static JsonSpans of(String text, Map<String, Span> spans, Map<String, List<String>> keys) {
        return new JsonSpans(text, Map.copyOf(spans), Map.copyOf(keys));
    }

    /** Scans a JSON text; throws {@link IllegalArgumentException} when it is not well-formed. */
    public static JsonSpans scan(String text) {
        Scanner scanner = new Scanner(text);
        scanner.value("", -1, -1);
        scanner.skipWhitespace();
        if (scanner.pos != text.length()) {
            throw scanner.error("unexpected content after the end of the document");
        }
        return new JsonSpans(text, scanner.spans, scanner.keys);
    }

    public String text() {
        return text;
    }

    /** The span at a pointer; throws when the document has no value there. */
    public Span span(String pointer) {
        Span span = spans.get(pointer);
        if (span == null) {
            throw new IllegalArgumentException("no value at " + pointer);
        }
        return span;
    }

    /** The keys of the object at a pointer, in text order (empty for other values). */
    public List<String> keys(String objectPointer) {
        return keys.getOrDefault(objectPointer, List.of());
    }

    public boolean has(String pointer) {
        return spans.containsKey(pointer);
    }

    /** The exact text of the value at a pointer. */
    public String valueText(String pointer) {
        Span span = span(pointer);
        return text.substring(span.valueStart(), span.valueEnd());
    }

    /** The whitespace that starts the line on which {@code offset} stands. */
    public String indentOfLineAt(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** The line separator the text uses ({@code "\r\n"} or {@code "\n"}). */
    public String lineSeparator() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    private static final class Scanner {
        private final String text;
        private final Map<String, Span> spans = new HashMap<>();
        private final Map<String, List<String>> keys = new HashMap<>();
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        void value(String pointer, int keyStart, int keyEnd) {
            skipWhitespace();
            if (pos >= text.length()) {
                throw error("unexpected end of text");
            }
            int start = pos;
            char c = text.charAt(pos);
            switch (c) {
                case '{' -> object(pointer);
                case '[' -> array(pointer);
                case '"' -> string();
                default -> literal();
            }
            spans.put(pointer, new Span(keyStart, keyEnd, start, pos));
        }

        private void object(String pointer) {
            List<String> members = new ArrayList<>();
            keys.put(pointer, members);
            pos++;
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a key");
                }
                int keyStart = pos;
                String key = string();
                int keyEnd = pos;
                members.remove(key);
                members.add(key);
                skipWhitespace();
                if (peek() != ':') {
                    throw error("expected ':'");
                }
                pos++;
                value(JsonPointers.child(pointer, key), keyStart, keyEnd);
                skipWhitespace();
                char next = peek();
                pos++;
                if (next == '}') {
                    return;
                }
                if (next != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private void array(String pointer) {
            pos++;
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return;
            }
            int index = 0;
            while (true) {
                value(JsonPointers.child(pointer, index++), -1, -1);
                skipWhitespace();
                char next = peek();
                pos++;
                if (next == ']') {
                    return;
                }
                if (next != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        /** Reads a string token and returns its decoded content. */
        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void literal() {
            int start = pos;
            while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a value");
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw error("unexpected end of text");
            }
            return text.charAt(pos);
        }

        void skipWhitespace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(problem + " at offset " + pos);
        }
    }
}
