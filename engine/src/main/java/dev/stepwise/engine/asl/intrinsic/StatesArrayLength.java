package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.ArrayLength}: the number of items. */
public final class StatesArrayLength extends NamedIntrinsic {

    public static final String NAME = "States.ArrayLength";

    public StatesArrayLength() {
        super(NAME, Signature.exactly(1));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        return JsonNodeFactory.instance.numberNode(arguments.array(0).size());
    }
}
