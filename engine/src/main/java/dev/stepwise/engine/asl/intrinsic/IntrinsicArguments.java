package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.interp.error.StatesErrorNames;
import dev.stepwise.engine.interp.error.StatesException;
import dev.stepwise.engine.json.JsonPrinter;
import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluated arguments of one call, with typed accessors that fail the way AWS does: a
 * {@link StatesException} named {@code States.IntrinsicFailure}. Positions are 1-based in messages.
 */
public final class IntrinsicArguments {

    private final String function;
    private final List<JsonNode> values;
    private final List<String> literalSources;

    IntrinsicArguments(String function, List<JsonNode> values, List<String> literalSources) {
        this.function = function;
        this.values = List.copyOf(values);
        this.literalSources = literalSources;
    }

    /** For tests and direct use: arguments that are all values (no string literal source text). */
    public static IntrinsicArguments of(String function, List<JsonNode> values) {
        return new IntrinsicArguments(function, values, java.util.Collections.nCopies(values.size(), null));
    }

    public int size() {
        return values.size();
    }

    public List<JsonNode> values() {
        return values;
    }

    /** The function these arguments were given to, for messages. */
    public String function() {
        return function;
    }

    public JsonNode value(int index) {
        return values.get(index);
    }

    /**
     * The text between the quotes, escapes still in place, when argument {@code index} was written as a string
     * literal; otherwise null. {@code States.Format} needs it to tell {@code \{} from a placeholder.
     */
    public String literalSource(int index) {
        return literalSources.get(index);
    }

    public String string(int index) {
        JsonNode value = value(index);
        if (!value.isTextual()) {
            throw failure("argument " + (index + 1) + " must be a string, but got " + describe(value));
        }
        return value.textValue();
    }

    public ArrayNode array(int index) {
        JsonNode value = value(index);
        if (!value.isArray()) {
            throw failure("argument " + (index + 1) + " must be an array, but got " + describe(value));
        }
        return (ArrayNode) value;
    }

    public ObjectNode object(int index) {
        JsonNode value = value(index);
        if (!value.isObject()) {
            throw failure("argument " + (index + 1) + " must be a JSON object, but got " + describe(value));
        }
        return (ObjectNode) value;
    }

    public boolean bool(int index) {
        JsonNode value = value(index);
        if (!value.isBoolean()) {
            throw failure("argument " + (index + 1) + " must be a boolean, but got " + describe(value));
        }
        return value.booleanValue();
    }

    public BigDecimal number(int index) {
        JsonNode value = value(index);
        if (!value.isNumber()) {
            throw failure("argument " + (index + 1) + " must be a number, but got " + describe(value));
        }
        return value.decimalValue();
    }

    /** A number without a fractional part ({@code 2} or {@code 2.0}) that fits an {@code int}. */
    public int integer(int index) {
        BigDecimal number = number(index);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw failure("argument " + (index + 1) + " must be an integer, but got " + describe(value(index)));
        }
    }

    /** A number rounded half up to an integer, as AWS does for MathAdd and MathRandom. */
    public long rounded(int index) {
        BigDecimal number = number(index);
        BigDecimal rounded = number.add(new BigDecimal("0.5")).setScale(0, java.math.RoundingMode.FLOOR);
        try {
            return rounded.longValueExact();
        } catch (ArithmeticException e) {
            throw failure("argument " + (index + 1) + " is out of range: " + describe(value(index)));
        }
    }

    /** A {@code States.IntrinsicFailure} about this call: "Invalid arguments in States.X: ...". */
    public StatesException failure(String detail) {
        return failure(function, detail);
    }

    static StatesException failure(String function, String detail) {
        return new StatesException(StatesErrorNames.INTRINSIC_FAILURE, "Invalid arguments in " + function + ": " + detail);
    }

    /** A value as messages show it: compact JSON. */
    static String describe(JsonNode value) {
        return JsonPrinter.compact(value);
    }
}
