package dev.stepwise.engine.testing;

/** A mock file that does not follow the MockConfigFile format; the message names the place. */
public final class MockConfigException extends Exception {

    public MockConfigException(String message) {
        super(message);
    }
}
