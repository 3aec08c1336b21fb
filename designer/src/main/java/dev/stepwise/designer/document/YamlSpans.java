package dev.stepwise.designer.document;

import dev.stepwise.engine.json.JsonPointers;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where every value of a YAML text stands, by JSON pointer, from SnakeYAML's node positions, in the same form as
 * {@link JsonSpans} so that commands can splice YAML as they splice JSON. A value's span ends at its last character
 * of content: trailing comments and blank lines stay outside it. Anchors, aliases, merge keys and several documents
 * are refused ({@link IllegalArgumentException}): an edit through them could change more than it says.
 */
public final class YamlSpans {

    private final String text;
    private final int[] charOfCodePoint;
    private final Map<String, JsonSpans.Span> spans = new HashMap<>();
    private final Map<String, List<String>> keys = new HashMap<>();

    private YamlSpans(String text) {
        this.text = text;
        // SnakeYAML counts code points; the text's offsets count chars. They differ only past a surrogate pair.
        this.charOfCodePoint = text.codePointCount(0, text.length()) == text.length() ? null
                : text.codePoints().map(cp -> 0).toArray();
        if (charOfCodePoint != null) {
            for (int cp = 0, offset = 0; cp < charOfCodePoint.length; cp++) {
                charOfCodePoint[cp] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
        }
    }

    /** Scans a YAML text; throws {@link IllegalArgumentException} when it cannot be edited by splicing. */
    public static JsonSpans scan(String text) {
        YamlSpans scanner = new YamlSpans(text);
        List<Node> documents = new ArrayList<>();
        try {
            new Yaml(new LoaderOptions()).composeAll(new StringReader(text)).forEach(documents::add);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not well-formed YAML: " + e.getMessage(), e);
        }
        if (documents.size() != 1) {
            throw new IllegalArgumentException("expected one YAML document, found " + documents.size());
        }
        scanner.node(documents.get(0), "", -1, -1);
        return JsonSpans.of(text, scanner.spans, scanner.keys);
    }

    /** Records a node and its children; returns where its content ends. */
    private int node(Node node, String pointer, int keyStart, int keyEnd) {
        if (node.getAnchor() != null) {
            throw new IllegalArgumentException("anchor &" + node.getAnchor() + " at " + pointer);
        }
        int start = offset(node.getStartMark().getIndex());
        int end;
        if (node instanceof MappingNode mapping) {
            List<String> names = new ArrayList<>();
            end = start + 1; // "{}" when empty
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new IllegalArgumentException("a key that is not a scalar in " + pointer);
                }
                if (key.getTag().getValue().endsWith(":merge") || "<<".equals(key.getValue())) {
                    throw new IllegalArgumentException("merge key in " + pointer);
                }
                names.add(key.getValue());
                int childKeyStart = offset(key.getStartMark().getIndex());
                int childKeyEnd = contentEnd(childKeyStart, offset(key.getEndMark().getIndex()));
                end = node(tuple.getValueNode(), JsonPointers.child(pointer, key.getValue()), childKeyStart,
                        childKeyEnd);
            }
            keys.put(pointer, names);
            end = closeFlow(start, end, '{', '}');
        } else if (node instanceof SequenceNode sequence) {
            end = start + 1;
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                end = node(items.get(i), JsonPointers.child(pointer, i), -1, -1);
            }
            end = closeFlow(start, end, '[', ']');
        } else if (node instanceof ScalarNode) {
            end = contentEnd(start, offset(node.getEndMark().getIndex()));
        } else {
            throw new IllegalArgumentException("alias at " + pointer);
        }
        spans.put(pointer, new JsonSpans.Span(keyStart, keyEnd, start, end));
        return end;
    }

    /** A flow collection ends at its closing bracket; a block one at the end of its last child. */
    private int closeFlow(int start, int lastChildEnd, char open, char close) {
        if (start < text.length() && text.charAt(start) == open) {
            int depth = 0;
            boolean quoted = false;
            char quote = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quoted = false;
                    }
                } else if (c == '"' || c == '\'') {
                    quoted = true;
                    quote = c;
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if ((c == ']' || c == '}') && --depth == 0) {
                    return i + 1;
                }
            }
        }
        return lastChildEnd;
    }

    /** Backs over whitespace and line breaks that a node's end mark may include (block scalars, plain ends). */
    private int contentEnd(int start, int end) {
        int at = Math.min(end, text.length());
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private int offset(int codePointIndex) {
        return charOfCodePoint == null || codePointIndex >= charOfCodePoint.length ? codePointIndex
                : charOfCodePoint[codePointIndex];
    }
}
