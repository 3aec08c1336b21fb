package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;
import dev.stepwise.engine.asl.path.PathExpression;
import dev.stepwise.engine.asl.path.PathNotFoundException;
import java.util.Objects;

/** A JSONPath argument: {@code $.a}, {@code $$.Execution.Input}, {@code $var.x} or {@code $}. */
public record PathArgument(PathExpression path) implements IntrinsicArgument {

    public PathArgument {
        Objects.requireNonNull(path, "path");
    }

    /** @throws IntrinsicPathException (States.Runtime) when the path selects nothing */
    @Override
    public JsonNode evaluate(JsonNode input, DataScope scope, IntrinsicEnvironment environment) {
        try {
            return path.read(input, scope); // values are never changed once made, so no copy is needed
        } catch (PathNotFoundException e) {
            throw new IntrinsicPathException(path.text(), input, e.getMessage());
        }
    }

    @Override
    public String text() {
        return path.text();
    }
}
