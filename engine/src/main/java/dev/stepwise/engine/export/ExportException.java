package dev.stepwise.engine.export;

/** A definition that cannot be exported in the asked-for format; the message says why, for a person. */
public final class ExportException extends Exception {

    public ExportException(String message) {
        super(message);
    }
}
