package dev.stepwise.engine.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonPointers;
import java.util.Iterator;
import java.util.Map;

/** Walks every object member of a payload template, through nested objects and arrays. */
final class TemplateMembers {

    /** Looks at one member; returns whether to walk into its value as well. */
    interface Visitor {
        boolean visit(String key, JsonNode value, String pointer);
    }

    private TemplateMembers() {
    }

    static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), JsonPointers.child(pointer, i), visitor);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String child = JsonPointers.child(pointer, entry.getKey());
            if (visitor.visit(entry.getKey(), entry.getValue(), child)) {
                walk(entry.getValue(), child, visitor);
            }
        }
    }
}
