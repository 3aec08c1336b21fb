package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.ArrayGetItem}: the item at a 0-based index. */
public final class StatesArrayGetItem extends NamedIntrinsic {

    public static final String NAME = "States.ArrayGetItem";

    public StatesArrayGetItem() {
        super(NAME, Signature.exactly(2));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ArrayNode array = arguments.array(0);
        int index = arguments.integer(1);
        if (index < 0 || index >= array.size()) {
            throw arguments.failure("the index " + index + " is out of bounds for an array of " + array.size() + " items");
        }
        return array.get(index);
    }
}
