package dev.stepwise.engine.asl.validate;

import dev.stepwise.engine.json.SourceLocation;
import java.util.Objects;

/**
 * One problem found in a definition.
 *
 * @param code     stable, upper-case code (AWS's where AWS has one, e.g. {@code MISSING_END_STATE})
 * @param pointer  JSON pointer to the offending node ({@code ""} for the whole document)
 * @param location line and column of that node in the source text, when known
 */
public record Diagnostic(String code, Severity severity, String message, String pointer, SourceLocation location) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(location, "location");
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
