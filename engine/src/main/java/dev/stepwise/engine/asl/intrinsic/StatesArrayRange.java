package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code States.ArrayRange}: integers from start to end, both inclusive, by step; at most 1000 of them. */
public final class StatesArrayRange extends NamedIntrinsic {

    public static final String NAME = "States.ArrayRange";

    public StatesArrayRange() {
        super(NAME, Signature.exactly(3));
    }
    public static final int MAX_ITEMS = 1000;

    @Override
    public JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment) {
        int start = arguments.integer(0);
        int end = arguments.integer(1);
        int step = arguments.integer(2);
        if (step == 0) {
            throw arguments.failure("the step must not be 0");
        }
        long count = step > 0
                ? (end < start ? 0 : ((long) end - start) / step + 1)
                : (end > start ? 0 : ((long) start - end) / -step + 1);
        if (count > MAX_ITEMS) {
            throw arguments.failure("the range has " + count + " items, more than the limit of " + MAX_ITEMS);
        }
        ArrayNode range = JsonNodeFactory.instance.arrayNode();
        for (long i = 0, value = start; i < count; i++, value += step) {
            range.add((int) value);
        }
        return range;
    }
}
