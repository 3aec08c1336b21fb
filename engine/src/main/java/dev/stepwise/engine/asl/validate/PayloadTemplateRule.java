package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.List;

/**
 * In JSONPath payload templates (Parameters, ResultSelector, ItemSelector, Assign, ...), a key ending in
 * {@code .$} holds a path or an intrinsic function call.
 */
final class PayloadTemplateRule implements Rule {

    static final String INTRINSIC_CODE = "INVALID_INTRINSIC_FUNCTION";
    static final String NO_PATH = "NO_PATH";

    static final List<String> TEMPLATES = List.of("Parameters", "ResultSelector", "ItemSelector", "Assign",
            "Credentials");

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (state.isJsonata() || !state.node().isObject()) {
                continue;
            }
            for (String field : TEMPLATES) {
                walk(context, state.field(field), state.pointer(field));
            }
            for (String field : List.of("ItemReader", "ResultWriter")) {
                walk(context, Nodes.field(state.field(field), "Parameters"),
                        JsonPointers.child(state.pointer(field), "Parameters"));
            }
            for (String list : List.of("Choices", "Catch")) {
                JsonNode entries = state.field(list);
                if (entries != null && entries.isArray()) {
                    for (int i = 0; i < entries.size(); i++) {
                        walk(context, Nodes.field(entries.get(i), "Assign"),
                                JsonPointers.child(JsonPointers.child(state.pointer(list), i), "Assign"));
                    }
                }
            }
        }
    }

    private static void walk(ValidationContext context, JsonNode node, String pointer) {
        TemplateMembers.walk(node, pointer, (key, value, child) -> {
            if (key.endsWith(".$")) {
                checkDynamic(context, key, value, child);
                return false;
            }
            return true;
        });
    }

    private static void checkDynamic(ValidationContext context, String key, JsonNode value, String pointer) {
        if (!value.isTextual()) {
            context.error(FieldValueRule.CODE, pointer, "\"" + key + "\" ends in \".$\", so its value must be a path "
                    + "or intrinsic function string, not " + Nodes.kind(value));
            return;
        }
        String text = value.textValue();
        if (text.startsWith("$")) {
            String problem = Expressions.jsonPathProblem(text);
            if (problem != null) {
                context.error(PathSyntaxRule.CODE, pointer, "\"" + key + "\" holds \"" + text + "\", which " + problem);
            }
        } else if (Expressions.looksLikeIntrinsic(text)) {
            String problem = Expressions.intrinsicProblem(text);
            if (problem != null) {
                context.error(INTRINSIC_CODE, pointer, "\"" + key + "\" " + problem);
            }
        } else {
            context.warning(NO_PATH, pointer, "\"" + key + "\" ends in \".$\" but its value \"" + text
                    + "\" is neither a path nor an intrinsic function; remove \".$\" to use it as a literal");
        }
    }
}
