package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A template key without {@code .$} whose value looks like a path: the path will be passed as a literal string. */
final class NoDollarRule implements Rule {

    static final String CODE = "NO_DOLLAR";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if (state.isJsonata() || !state.node().isObject()) {
                continue;
            }
            for (String field : List.of("Parameters", "ResultSelector", "ItemSelector")) {
                walk(context, state.field(field), state.pointer(field));
            }
        }
    }

    private static void walk(ValidationContext context, JsonNode node, String pointer) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(context, node.get(i), JsonPointers.child(pointer, i));
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String child = JsonPointers.child(pointer, key);
            if (key.endsWith(".$")) {
                continue;
            }
            if (value.isTextual() && looksLikePath(value.textValue())) {
                context.warning(CODE, child, "\"" + key + "\" holds \"" + value.textValue() + "\", which looks like a "
                        + "path, but the key does not end in \".$\"; it will be passed as a literal string");
            } else {
                walk(context, value, child);
            }
        }
    }

    private static boolean looksLikePath(String text) {
        return text.equals("$") || text.startsWith("$.") || text.startsWith("$[") || text.startsWith("$$.")
                || text.startsWith("States.") && text.endsWith(")");
    }
}
