package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.ArrayUnique}: the items without repeats, first occurrences kept in order. */
public final class StatesArrayUnique extends NamedIntrinsic {

    public static final String NAME = "States.ArrayUnique";

    public StatesArrayUnique() {
        super(NAME, Signature.exactly(1));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ArrayNode unique = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : arguments.array(0)) {
            boolean seen = false;
            for (JsonNode kept : unique) {
                if (IntrinsicValues.same(kept, item)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                unique.add(item);
            }
        }
        return unique;
    }
}
