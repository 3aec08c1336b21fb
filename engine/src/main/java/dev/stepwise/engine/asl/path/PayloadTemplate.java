package dev.stepwise.engine.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled payload template (Parameters, ResultSelector, ItemSelector, Assign in JSONPath mode): keys ending in
 * {@code .$} take their value from a path or an intrinsic function; everything else is copied as it is.
 */
public final class PayloadTemplate {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Part root;

    private PayloadTemplate(Part root) {
        this.root = root;
    }

    /**
     * Compiles a template; intrinsic function calls ({@code States.X(...)}) go to {@code intrinsics}.
     *
     * @throws InvalidPathException for a path or call that does not compile
     */
    public static PayloadTemplate compile(JsonNode template, ExpressionCompiler intrinsics) {
        return new PayloadTemplate(part(template, intrinsics));
    }

    /** Evaluates the template against {@code input}; a path that selects nothing is a States.Runtime error. */
    public JsonNode evaluate(JsonNode input, DataScope scope) {
        return root.evaluate(input, scope);
    }

    /**
     * Compiles one path or intrinsic call on its own, for fields such as a Fail state's ErrorPath; {@code field}
     * names it in error messages.
     */
    public static Expression expression(String field, String text, ExpressionCompiler intrinsics) {
        Part part = dynamicPart(field, text, intrinsics);
        return part::evaluate;
    }

    /** A compiled expression of a {@code .$} field other than a path: an intrinsic function call. */
    public interface Expression {
        JsonNode evaluate(JsonNode input, DataScope scope);
    }

    /** Compiles the intrinsic-function strings of a template. */
    public interface ExpressionCompiler {
        /** True when the text is an intrinsic function call rather than a path. */
        boolean handles(String text);

        /** Compiles the call; {@code field} names it in error messages (e.g. {@code value.$}). */
        Expression compile(String field, String text);
    }

    private interface Part {
        JsonNode evaluate(JsonNode input, DataScope scope);
    }

    private static Part part(JsonNode node, ExpressionCompiler intrinsics) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            boolean dynamic = false;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (key.endsWith(".$") && field.getValue().isTextual()) {
                    keys.add(key.substring(0, key.length() - 2));
                    parts.add(dynamicPart(key, field.getValue().textValue(), intrinsics));
                    dynamic = true;
                } else {
                    Part inner = part(field.getValue(), intrinsics);
                    dynamic |= !(inner instanceof Constant);
                    keys.add(key);
                    parts.add(inner);
                }
            }
            return dynamic ? new ObjectPart(keys, parts) : new Constant(node);
        }
        if (node.isArray()) {
            List<Part> parts = new ArrayList<>();
            boolean dynamic = false;
            for (JsonNode element : node) {
                Part inner = part(element, intrinsics);
                dynamic |= !(inner instanceof Constant);
                parts.add(inner);
            }
            return dynamic ? new ArrayPart(parts) : new Constant(node);
        }
        return new Constant(node);
    }

    private static Part dynamicPart(String key, String text, ExpressionCompiler intrinsics) {
        if (intrinsics.handles(text)) {
            Expression call = intrinsics.compile(key, text);
            return call::evaluate;
        }
        PathExpression path = PathExpression.compile(text);
        return (input, scope) -> {
            try {
                return path.read(input, scope);
            } catch (PathNotFoundException e) {
                throw StatesException.runtime("The JSONPath '" + text + "' specified for the field '" + key
                        + "' could not be found in the input '" + JsonPrinter.compact(input) + "'");
            }
        };
    }

    private record Constant(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            return value;
        }
    }

    private record ObjectPart(List<String> keys, List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            ObjectNode out = NODES.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                out.set(keys.get(i), parts.get(i).evaluate(input, scope));
            }
            return out;
        }
    }

    private record ArrayPart(List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            ArrayNode out = NODES.arrayNode(parts.size());
            for (Part part : parts) {
                out.add(part.evaluate(input, scope));
            }
            return out;
        }
    }
}
