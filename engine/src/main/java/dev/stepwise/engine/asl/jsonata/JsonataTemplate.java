package dev.stepwise.engine.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSONata-mode field value ({@code Arguments}, {@code Output}, {@code Assign}, {@code Items},
 * {@code ItemSelector}, ...): any JSON value in which every string of the form {@code "{% ... %}"}, at any depth, is
 * an expression. Compiled once; {@link #evaluate} builds the value, keeping key order.
 *
 * <pre>{@code
 * JsonataTemplate output = JsonataTemplate.compile(passState.output());
 * JsonNode value = output.evaluate(bindings, "Output");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonataTemplate {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode source;
    private final Part root;
    private final int expressionCount;

    private JsonataTemplate(JsonNode source, Part root, int expressionCount) {
        this.source = source;
        this.root = root;
        this.expressionCount = expressionCount;
    }

    /**
     * Walks the template once and compiles every expression in it.
     *
     * @throws InvalidJsonataException for the first expression that does not compile
     */
    public static JsonataTemplate compile(JsonNode template) {
        Objects.requireNonNull(template, "template");
        int[] count = {0};
        Part root = compile(template, count);
        return new JsonataTemplate(template.deepCopy(), root, count[0]);
    }

    private static Part compile(JsonNode node, int[] count) {
        if (JsonataExpression.isExpression(node)) {
            count[0]++;
            return new Expression(JsonataExpression.compile(node.textValue()));
        }
        if (node.isObject()) {
            List<Map.Entry<String, Part>> fields = new ArrayList<>(node.size());
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.add(Map.entry(field.getKey(), compile(field.getValue(), count)));
            }
            return new ObjectPart(List.copyOf(fields));
        }
        if (node.isArray()) {
            List<Part> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(compile(item, count));
            }
            return new ArrayPart(List.copyOf(items));
        }
        return new Literal(node.deepCopy());
    }

    /** The template as given. */
    public JsonNode source() {
        return source.deepCopy();
    }

    /** Whether the template holds no expression, so that evaluation only copies it. */
    public boolean isConstant() {
        return expressionCount == 0;
    }

    /** How many {@code {% %}} expressions the template holds. */
    public int expressionCount() {
        return expressionCount;
    }

    /**
     * Builds the value.
     *
     * @param fieldName the ASL field (such as {@code Output}), used in error causes as the start of the field path
     * @throws StatesException {@code States.QueryEvaluationError} when an expression returns nothing, fails or returns
     *         something that is not JSON; the cause is AWS's, without the state prefix (see {@link JsonataErrors})
     */
    public JsonNode evaluate(JsonataBindings bindings, String fieldName) {
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(fieldName, "fieldName");
        return root.evaluate(bindings, fieldName);
    }

    @Override
    public String toString() {
        return source.toString();
    }

    private sealed interface Part permits Literal, Expression, ObjectPart, ArrayPart {
        JsonNode evaluate(JsonataBindings bindings, String path);
    }

    private record Literal(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String path) {
            return value.deepCopy();
        }
    }

    private record Expression(JsonataExpression expression) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String path) {
            try {
                return expression.evaluate(bindings)
                        .orElseThrow(() -> JsonataErrors.undefined(expression.text(), path));
            } catch (JsonataEvaluationException e) {
                throw JsonataErrors.of(e, path);
            }
        }
    }

    private record ObjectPart(List<Map.Entry<String, Part>> fields) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String path) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, Part> field : fields) {
                object.set(field.getKey(), field.getValue().evaluate(bindings, path + "/" + field.getKey()));
            }
            return object;
        }
    }

    // Array elements extend the path with their index; AWS's wording for this case is not recorded.
    private record ArrayPart(List<Part> items) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String path) {
            ArrayNode array = NODES.arrayNode(items.size());
            for (int i = 0; i < items.size(); i++) {
                array.add(items.get(i).evaluate(bindings, path + "/" + i));
            }
            return array;
        }
    }
}
