package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Random;
import java.util.random.RandomGenerator;

/** {@code States.MathRandom}: a random integer from start (inclusive) to end (exclusive); non-integers are rounded. With a seed the result depends only on the arguments; without one it comes from the environment. */
public final class StatesMathRandom extends NamedIntrinsic {

    public static final String NAME = "States.MathRandom";

    public StatesMathRandom() {
        super(NAME, Signature.between(2, 3));
    }

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        long start = arguments.rounded(0);
        long end = arguments.rounded(1);
        if (end <= start) {
            throw arguments.failure("the end (" + end + ") must be greater than the start (" + start + ")");
        }
        RandomGenerator random = arguments.size() == 3 ? new Random(arguments.rounded(2)) : environment.random();
        long value = random.nextLong(start, end);
        return value == (int) value ? JsonNodeFactory.instance.numberNode((int) value) : JsonNodeFactory.instance.numberNode(value);
    }
}
