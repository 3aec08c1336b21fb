package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Iterator;
import java.util.Map;

/** A Pass state's {@code Result} is static: keys ending in {@code .$} there are not evaluated. */
final class PassResultStaticRule implements Rule {

    static final String CODE = "PASS_RESULT_IS_STATIC";

    @Override
    public void check(ValidationContext context) {
        for (AslTree.State state : AslTree.of(context).states()) {
            if ("Pass".equals(state.type())) {
                walk(context, state.field("Result"), state.pointer("Result"));
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
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String child = JsonPointers.child(pointer, entry.getKey());
                if (entry.getKey().endsWith(".$")) {
                    context.warning(CODE, child, "\"" + entry.getKey() + "\" ends in \".$\", but a Pass state's "
                            + "\"Result\" is static and is not evaluated; use \"Parameters\" to compute values");
                } else {
                    walk(context, entry.getValue(), child);
                }
            }
        }
    }
}
