package dev.stepwise.engine.asl.path;

/** A path expression that does not compile; the message says why. */
public final class InvalidPathException extends IllegalArgumentException {

    public InvalidPathException(String message) {
        super(message);
    }
}
