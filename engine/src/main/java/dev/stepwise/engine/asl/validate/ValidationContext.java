package dev.stepwise.engine.asl.validate;

import dev.stepwise.engine.json.JsonDocument;
import java.util.ArrayList;
import java.util.List;

/** What a {@link Rule} sees: the document being checked, and where to report. */
public final class ValidationContext {

    private final JsonDocument document;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** The document's scopes and states, walked for the first rule that asks: some twenty rules do. */
    private AslTree tree;

    public ValidationContext(JsonDocument document) {
        this.document = document;
    }

    public JsonDocument document() {
        return document;
    }

    public void error(String code, String pointer, String message) {
        report(code, Severity.ERROR, pointer, message);
    }

    public void warning(String code, String pointer, String message) {
        report(code, Severity.WARNING, pointer, message);
    }

    public void report(String code, Severity severity, String pointer, String message) {
        diagnostics.add(new Diagnostic(code, severity, message, pointer, document.locate(pointer)));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    AslTree tree() {
        if (tree == null) {
            tree = new AslTree(document.root());
        }
        return tree;
    }
}
