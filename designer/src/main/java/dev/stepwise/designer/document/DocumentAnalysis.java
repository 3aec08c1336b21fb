package dev.stepwise.designer.document;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * Everything that follows from one text of a document: its parsed tree, model, graph and diagnostics. Pure and
 * immutable, so it can be computed on any thread ({@link ParseWorker}).
 *
 * @param json    the parsed tree; null when the text is not a modelable definition (stale)
 * @param machine the model; null when stale
 * @param graph   what the canvas draws of the model; null when stale
 */
public record DocumentAnalysis(String text, JsonDocument json, StateMachine machine, GraphModel graph,
        List<Diagnostic> diagnostics) {

    private static final AslValidator VALIDATOR = new AslValidator();

    public DocumentAnalysis {
        Objects.requireNonNull(text, "text");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Parses, validates and models a text. Never throws on bad input: the result is then stale. */
    public static DocumentAnalysis of(String text, JsonFormat format) {
        JsonDocument parsed;
        try {
            parsed = JsonReader.read(text, format);
        } catch (JsonSyntaxException e) {
            return new DocumentAnalysis(text, null, null, null, VALIDATOR.validate(text, format));
        }
        List<Diagnostic> diagnostics = VALIDATOR.validate(parsed);
        try {
            StateMachine machine = AslParser.parse(parsed);
            return new DocumentAnalysis(text, parsed, machine, GraphModel.of(machine), diagnostics);
        } catch (AslParseException e) {
            return new DocumentAnalysis(text, null, null, null, diagnostics);
        }
    }

    /** True when the text is not a modelable definition: views keep the last good model. */
    public boolean stale() {
        return machine == null;
    }
}
