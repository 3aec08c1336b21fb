package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;
import java.util.Objects;

/**
 * A literal argument: a string ({@code 'a\'b'}), a number, {@code true}, {@code false} or {@code null}.
 *
 * @param value  the value, escapes resolved
 * @param source for a string, the text between the quotes with its escapes still in place; null otherwise
 * @param text   the argument as written
 */
public record LiteralArgument(JsonNode value, String source, String text) implements IntrinsicArgument {

    public LiteralArgument {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public JsonNode evaluate(JsonNode input, DataScope scope, IntrinsicEnvironment environment) {
        return value;
    }
}
