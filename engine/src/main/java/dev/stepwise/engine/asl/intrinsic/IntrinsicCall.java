package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A compiled intrinsic function call such as {@code States.Format('{}', $.a)}: a function from the
 * {@link IntrinsicRegistry} and its compiled arguments. Immutable; made once by {@link IntrinsicParser} and evaluated
 * any number of times without re-parsing.
 */
public final class IntrinsicCall implements IntrinsicArgument {

    private final IntrinsicFunction function;
    private final List<IntrinsicArgument> arguments;
    private final String text;

    IntrinsicCall(IntrinsicFunction function, List<IntrinsicArgument> arguments, String text) {
        this.function = Objects.requireNonNull(function, "function");
        this.arguments = List.copyOf(arguments);
        this.text = Objects.requireNonNull(text, "text");
    }

    public IntrinsicFunction function() {
        return function;
    }

    /** The function name, e.g. {@code States.ArrayGetItem}. */
    public String functionName() {
        return function.name();
    }

    public List<IntrinsicArgument> arguments() {
        return arguments;
    }

    /** The call as written (for a nested call, just its own part). */
    @Override
    public String text() {
        return text;
    }

    /** Evaluates with real randomness; see {@link #evaluate(JsonNode, DataScope, IntrinsicEnvironment)}. */
    public JsonNode evaluate(JsonNode input, DataScope scope) {
        return evaluate(input, scope, IntrinsicEnvironment.system());
    }

    /**
     * Evaluates the arguments left to right, then the function.
     *
     * @throws IntrinsicPathException                                   (States.Runtime) a path argument selects nothing
     * @throws dev.stepwise.engine.interp.error.StatesException States.IntrinsicFailure for bad argument values
     */
    @Override
    public JsonNode evaluate(JsonNode input, DataScope scope, IntrinsicEnvironment environment) {
        List<JsonNode> values = new ArrayList<>(arguments.size());
        List<String> sources = new ArrayList<>(arguments.size());
        for (IntrinsicArgument argument : arguments) {
            values.add(argument.evaluate(input, scope, environment));
            sources.add(argument instanceof LiteralArgument literal ? literal.source() : null);
        }
        return function.apply(new IntrinsicArguments(function.name(), values, sources), environment);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntrinsicCall call && call.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
