package dev.stepwise.app.workspace;

import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.asl.validate.Severity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One row of the Problems panel: a diagnostic and the file it was found in.
 *
 * @param fileLabel the file as shown: relative to the workspace when inside it
 */
public record Problem(Path file, String fileLabel, Diagnostic diagnostic) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileLabel, "fileLabel");
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    public Severity severity() {
        return diagnostic.severity();
    }

    public String code() {
        return diagnostic.code();
    }

    public String message() {
        return diagnostic.message();
    }

    /** 1-based line; 1 when the validator did not know. */
    public int line() {
        return Math.max(1, diagnostic.line());
    }

    /** 1-based column; 1 when the validator did not know. */
    public int column() {
        return Math.max(1, diagnostic.column());
    }

    /** "line:column", or "—" when the location is unknown. */
    public String position() {
        return diagnostic.location().isKnown() ? diagnostic.line() + ":" + diagnostic.column() : "—";
    }
}
