package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.Array}: the arguments, in order, as an array. */
public final class StatesArray implements IntrinsicFunction {

    public static final String NAME = "States.Array";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Signature signature() {
        return Signature.atLeast(0);
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        arguments.values().forEach(array::add);
        return array;
    }
}
