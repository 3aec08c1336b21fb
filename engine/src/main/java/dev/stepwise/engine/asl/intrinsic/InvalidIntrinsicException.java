package dev.stepwise.engine.asl.intrinsic;

/**
 * An intrinsic function call that does not compile: bad syntax, an unknown function or a wrong number of
 * arguments. The message names the 1-based character position in the call text, like
 * {@code expected ',' or ')' at position 14 in States.Array(1 2)}.
 */
public final class InvalidIntrinsicException extends IllegalArgumentException {

    private final int position;

    public InvalidIntrinsicException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 1-based character position the problem was found at. */
    public int position() {
        return position;
    }
}
