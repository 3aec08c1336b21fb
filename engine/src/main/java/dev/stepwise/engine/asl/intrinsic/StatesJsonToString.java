package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stepwise.engine.json.JsonPrinter;

/** {@code States.JsonToString}: the value as compact JSON text. */
public final class StatesJsonToString extends NamedIntrinsic {

    public static final String NAME = "States.JsonToString";

    public StatesJsonToString() {
        super(NAME, Signature.exactly(1));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        return JsonNodeFactory.instance.textNode(JsonPrinter.compact(arguments.value(0)));
    }
}
