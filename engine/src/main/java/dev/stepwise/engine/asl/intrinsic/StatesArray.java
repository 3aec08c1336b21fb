package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.Array}: the arguments, in order, as an array. */
public final class StatesArray extends NamedIntrinsic {

    public static final String NAME = "States.Array";

    public StatesArray() {
        super(NAME, Signature.atLeast(0));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        arguments.values().forEach(array::add);
        return array;
    }
}
