package dev.stepwise.engine.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code States.*} function. The parser checks the argument count against {@link #signature()}; the function
 * checks argument types when it runs and fails with {@code States.IntrinsicFailure} (via {@link IntrinsicArguments}).
 */
public interface IntrinsicFunction {

    /** The full name, e.g. {@code States.ArrayPartition}. */
    String name();

    Signature signature();

    JsonNode apply(IntrinsicArguments arguments, IntrinsicEnvironment environment);
}
