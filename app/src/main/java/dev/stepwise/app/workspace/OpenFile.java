package dev.stepwise.app.workspace;

import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A file open in the editor area: its text as read and what the validator found in it. */
public record OpenFile(Path path, String text, JsonFormat format, List<Diagnostic> diagnostics) {

    public OpenFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        diagnostics = List.copyOf(diagnostics);
    }

    public String name() {
        return path.getFileName().toString();
    }
}
