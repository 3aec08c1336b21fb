package dev.stepwise.engine.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled JSONPath as ASL uses it: over the state's input ({@code $...}), the context object ({@code $$...}) or a
 * variable ({@code $name...}). Simple paths of names and indexes are walked directly; everything else goes through
 * Jayway JsonPath, which is also what gives the error messages AWS shows.
 */
public final class PathExpression {

    /** What the path reads. */
    public enum Root { INPUT, CONTEXT, VARIABLE }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new BoundedArrayProvider())
            .mappingProvider(new JacksonMappingProvider(MAPPER))
            .options(EnumSet.noneOf(Option.class))
            .build();
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)", Pattern.DOTALL);
    private static final Pattern SIMPLE_SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]|\\['([^']*)']");

    private final String text;
    private final Root root;
    private final String variableName;
    private final JsonPath compiled;
    /** Object keys (String) and array indexes (Integer) of a simple path; null when the path is not simple. */
    private final List<Object> segments;

    private PathExpression(String text, Root root, String variableName, JsonPath compiled, List<Object> segments) {
        this.text = text;
        this.root = root;
        this.variableName = variableName;
        this.compiled = compiled;
        this.segments = segments;
    }

    public static PathExpression compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new InvalidPathException("a path must start with '$': " + text);
        }
        Root root = Root.INPUT;
        String variableName = null;
        String relative = text;
        if (text.startsWith("$$")) {
            root = Root.CONTEXT;
            relative = text.substring(1);
        } else {
            Matcher variable = VARIABLE.matcher(text);
            if (variable.matches()) {
                root = Root.VARIABLE;
                variableName = variable.group(1);
                relative = "$" + variable.group(2);
            }
        }
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(relative);
        } catch (RuntimeException e) {
            throw new InvalidPathException("invalid JSONPath '" + text + "': " + e.getMessage());
        }
        return new PathExpression(text, root, variableName, compiled, simpleSegments(relative));
    }

    private static List<Object> simpleSegments(String relative) {
        List<Object> segments = new ArrayList<>();
        Matcher segment = SIMPLE_SEGMENT.matcher(relative);
        int at = 1;
        while (at < relative.length()) {
            if (!segment.find(at) || segment.start() != at) {
                return null;
            }
            if (segment.group(1) != null) {
                segments.add(segment.group(1));
            } else if (segment.group(2) != null) {
                segments.add(Integer.valueOf(segment.group(2)));
            } else {
                segments.add(segment.group(3));
            }
            at = segment.end();
        }
        return List.copyOf(segments);
    }

    public String text() {
        return text;
    }

    public Root root() {
        return root;
    }

    /** The variable a {@link Root#VARIABLE} path reads, else null. */
    public String variableName() {
        return variableName;
    }

    /** True when the path selects at most one node (no wildcards, filters, slices or deep scans). */
    public boolean isDefinite() {
        return compiled.isDefinite();
    }

    /** True for {@code $}, {@code $$} or a bare {@code $name}: the whole of the data. */
    public boolean isRoot() {
        return segments != null && segments.isEmpty();
    }

    /** The node the path selects; an indefinite path gives an array of its matches. */
    public JsonNode read(JsonNode input, DataScope scope) throws PathNotFoundException {
        JsonNode data = switch (root) {
            case INPUT -> input;
            case CONTEXT -> scope.contextObject();
            case VARIABLE -> scope.variable(variableName);
        };
        if (data == null) {
            throw new PathNotFoundException("The variable '" + variableName + "' is not defined");
        }
        if (segments != null) {
            JsonNode found = walk(data);
            if (found != null) {
                return found;
            }
        }
        try {
            Object result = compiled.read(data, JAYWAY);
            return result instanceof JsonNode node ? node : MAPPER.valueToTree(result);
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            if (!compiled.isDefinite()) {
                return MAPPER.createArrayNode(); // AWS: a wildcard, slice or filter over nothing selects []
            }
            throw new PathNotFoundException(e.getMessage());
        } catch (com.jayway.jsonpath.JsonPathException e) {
            throw new PathNotFoundException(e.getMessage());
        }
    }

    private JsonNode walk(JsonNode data) {
        JsonNode node = data;
        for (Object segment : segments) {
            if (segment instanceof String key) {
                node = node.isObject() ? node.get(key) : null;
            } else {
                node = node.isArray() ? node.get((Integer) segment) : null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Jackson's provider answers an index past the end with null, so {@code $.a[5]} of a 2-item array would select
     * null. AWS selects nothing there (its provider throws, and JsonPath then finds no result); so does this one.
     */
    private static final class BoundedArrayProvider extends JacksonJsonNodeJsonProvider {
        BoundedArrayProvider() {
            super(MAPPER);
        }

        @Override
        public Object getArrayIndex(Object array, int index) {
            if (array instanceof JsonNode node && (index < 0 || index >= node.size())) {
                throw new IndexOutOfBoundsException(index);
            }
            return super.getArrayIndex(array, index);
        }
    }
}
