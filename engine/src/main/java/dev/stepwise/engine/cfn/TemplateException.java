package dev.stepwise.engine.cfn;

/** A template that cannot be read, or a state machine in it whose definition cannot be had locally. */
public final class TemplateException extends Exception {

    public TemplateException(String message) {
        super(message);
    }
}
