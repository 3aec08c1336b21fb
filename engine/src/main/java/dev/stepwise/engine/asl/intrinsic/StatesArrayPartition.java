package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.ArrayPartition}: chunks of the given size (the last may be shorter). */
public final class StatesArrayPartition extends NamedIntrinsic {

    public static final String NAME = "States.ArrayPartition";

    public StatesArrayPartition() {
        super(NAME, Signature.exactly(2));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ArrayNode array = arguments.array(0);
        int size = arguments.integer(1);
        if (size <= 0) {
            throw arguments.failure("the chunk size must be a positive integer, but got " + size);
        }
        ArrayNode chunks = JsonNodeFactory.instance.arrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) {
                chunk = chunks.addArray();
            }
            chunk.add(array.get(i));
        }
        return chunks;
    }
}
