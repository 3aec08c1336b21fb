package dev.stepwise.designer.document;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphScope;
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
 * @param scopes  what the canvas draws of the model: the top level, then every Parallel branch and Map processor;
 *                empty when stale
 */
public record DocumentAnalysis(String text, JsonDocument json, StateMachine machine, List<GraphScope> scopes,
        List<Diagnostic> diagnostics) {

    private static final AslValidator VALIDATOR = new AslValidator();

    public DocumentAnalysis {
        Objects.requireNonNull(text, "text");
        diagnostics = List.copyOf(diagnostics);
        scopes = List.copyOf(scopes);
    }

    /** Parses, validates and models a text. Never throws on bad input: the result is then stale. */
    public static DocumentAnalysis of(String text, JsonFormat format) {
        JsonDocument parsed;
        try {
            parsed = JsonReader.read(text, format);
        } catch (JsonSyntaxException e) {
            return new DocumentAnalysis(text, null, null, List.of(), VALIDATOR.validate(text, format));
        }
        List<Diagnostic> diagnostics = VALIDATOR.validate(parsed);
        try {
            StateMachine machine = AslParser.parse(parsed);
            return new DocumentAnalysis(text, parsed, machine, GraphScope.of(machine), diagnostics);
        } catch (AslParseException e) {
            return new DocumentAnalysis(text, null, null, List.of(), diagnostics);
        }
    }

    /** The top level's graph; null when stale. */
    public GraphModel graph() {
        return scopes.isEmpty() ? null : scopes.get(0).graph();
    }

    /** True when the text is not a modelable definition: views keep the last good model. */
    public boolean stale() {
        return machine == null;
    }
}
