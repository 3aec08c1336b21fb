package dev.stepwise.engine.asl.path;

/**
 * A path that selects nothing in the data it was given. The message is the one AWS quotes in its causes
 * (AWS evaluates JSONPath with Jayway, as we do), e.g. {@code No results for path: $['a']}.
 */
public final class PathNotFoundException extends Exception {

    public PathNotFoundException(String message) {
        super(message, null, false, false);
    }
}
