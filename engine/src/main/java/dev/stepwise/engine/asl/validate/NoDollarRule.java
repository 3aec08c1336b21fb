package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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
        TemplateMembers.walk(node, pointer, (key, value, child) -> {
            if (key.endsWith(".$")) {
                return false;
            }
            if (value.isTextual() && looksLikePath(value.textValue())) {
                context.warning(CODE, child, "\"" + key + "\" holds \"" + value.textValue() + "\", which looks like a "
                        + "path, but the key does not end in \".$\"; it will be passed as a literal string");
                return false;
            }
            return true;
        });
    }

    private static boolean looksLikePath(String text) {
        return text.equals("$") || text.startsWith("$.") || text.startsWith("$[") || text.startsWith("$$.")
                || text.startsWith("States.") && text.endsWith(")");
    }
}
