package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code States.JsonMerge}: a shallow merge of two objects; keys of the second win. The third argument (deep merge) must be false. */
public final class StatesJsonMerge extends NamedIntrinsic {

    public static final String NAME = "States.JsonMerge";

    public StatesJsonMerge() {
        super(NAME, Signature.exactly(3));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ObjectNode first = arguments.object(0);
        ObjectNode second = arguments.object(1);
        if (arguments.bool(2)) {
            throw arguments.failure("only shallow merging is supported; the third argument must be false");
        }
        // Shallow: the merged object shares the (unchanging) values of both.
        ObjectNode merged = first.objectNode();
        merged.setAll(first);
        merged.setAll(second);
        return merged;
    }
}
