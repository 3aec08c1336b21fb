package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Strings in JSONata states that start with {@code {%} are well-formed JSONata expressions: closed with
 * {@code %}} and parsed by the JSONata parser, whose error code and position the message carries.
 */
final class JsonataExpressionRule implements Rule {

    static final String CODE = "INVALID_JSONATA";

    private static final Set<String> NOT_EVALUATED = Set.of("Comment", "Branches", "ItemProcessor", "Iterator",
            "Type", "QueryLanguage", "Next", "Default", "Resource");

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (!state.isJsonata() || !state.node().isObject()) {
                continue;
            }
            for (String field : Nodes.fieldNames(state.node())) {
                if (!NOT_EVALUATED.contains(field)) {
                    walk(context, state.field(field), state.pointer(field));
                }
            }
        }
    }

    private static void walk(ValidationContext context, JsonNode node, String pointer) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.startsWith("{%")) {
                String problem = Expressions.jsonataProblem(text);
                if (problem != null) {
                    context.error(CODE, pointer, "\"" + JsonPointers.lastSegment(pointer) + "\" " + problem);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(context, node.get(i), JsonPointers.child(pointer, i));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                walk(context, entry.getValue(), JsonPointers.child(pointer, entry.getKey()));
            }
        }
    }
}
