package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.path.DataScope;

/** One argument of a call, compiled: a literal, a path, or a nested call. */
public sealed interface IntrinsicArgument permits LiteralArgument, PathArgument, IntrinsicCall {

    JsonNode evaluate(JsonNode input, DataScope scope, IntrinsicEnvironment environment);

    /** The argument as it was written. */
    String text();
}
