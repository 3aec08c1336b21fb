package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.ArrayContains}: whether the array holds an equal value (numbers by value, objects by content). */
public final class StatesArrayContains extends NamedIntrinsic {

    public static final String NAME = "States.ArrayContains";

    public StatesArrayContains() {
        super(NAME, Signature.exactly(2));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        ArrayNode array = arguments.array(0);
        JsonNode wanted = arguments.value(1);
        for (JsonNode item : array) {
            if (IntrinsicValues.same(item, wanted)) {
                return JsonNodeFactory.instance.booleanNode(true);
            }
        }
        return JsonNodeFactory.instance.booleanNode(false);
    }
}
