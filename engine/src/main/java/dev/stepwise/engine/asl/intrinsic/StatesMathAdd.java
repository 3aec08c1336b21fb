package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.MathAdd}: the sum of two numbers, each first rounded half up to an integer ({@code 1.5 + 1.51} is {@code 4}, {@code -2.5 + 0} is {@code -2}), as AWS computes it. */
public final class StatesMathAdd extends NamedIntrinsic {

    public static final String NAME = "States.MathAdd";

    public StatesMathAdd() {
        super(NAME, Signature.exactly(2));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        long sum = arguments.rounded(0) + arguments.rounded(1);
        return sum == (int) sum ? JsonNodeFactory.instance.numberNode((int) sum) : JsonNodeFactory.instance.numberNode(sum);
    }
}
