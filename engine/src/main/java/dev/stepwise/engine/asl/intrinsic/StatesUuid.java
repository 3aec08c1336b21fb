package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.UUID}: a version 4 UUID from the environment's UUID source. */
public final class StatesUuid extends NamedIntrinsic {

    public static final String NAME = "States.UUID";

    public StatesUuid() {
        super(NAME, Signature.exactly(0));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        return JsonNodeFactory.instance.textNode(environment.uuids().get().toString());
    }
}
