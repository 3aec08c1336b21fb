package dev.stepwise.app.cli;

import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.asl.parse.AslParseException;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.asl.validate.Severity;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import dev.stepwise.engine.json.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns a definition into a runnable program, or into the ERROR diagnostics that say why it cannot run: what the
 * validator finds first, then anything the parser or the compiler still rejects.
 */
final class Definitions {

    /** The code for problems the parser or compiler found after the validator let the definition pass. */
    static final String INVALID_DEFINITION = "INVALID_DEFINITION";

    private final AslValidator validator;
    private final Interpreter interpreter;

    Definitions(AslValidator validator, Interpreter interpreter) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
    }

    /** A definition's text: JSON or YAML. */
    Interpreter.Program compile(String text, JsonFormat format) throws InvalidDefinitionException {
        if (text.isBlank()) {
            throw new InvalidDefinitionException(errors(validator.validate(text, format)));
        }
        JsonDocument document;
        try {
            document = JsonReader.read(text, format);
        } catch (JsonSyntaxException e) {
            throw new InvalidDefinitionException(List.of(
                    new Diagnostic(AslValidator.INVALID_JSON, Severity.ERROR, e.problem(), "", e.location())));
        }
        return compile(document);
    }

    Interpreter.Program compile(JsonDocument document) throws InvalidDefinitionException {
        List<Diagnostic> errors = errors(validator.validate(document));
        if (!errors.isEmpty()) {
            throw new InvalidDefinitionException(errors);
        }
        StateMachine machine;
        try {
            machine = AslParser.parse(document);
        } catch (AslParseException e) {
            throw new InvalidDefinitionException(e.problems().stream()
                    .map(p -> new Diagnostic(INVALID_DEFINITION, Severity.ERROR, p.message(), p.pointer(),
                            p.location()))
                    .toList());
        }
        try {
            return interpreter.compile(machine);
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(List.of(new Diagnostic(INVALID_DEFINITION, Severity.ERROR,
                    String.valueOf(e.getMessage()), "", SourceLocation.UNKNOWN)));
        }
    }

    private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** A definition that cannot run; {@link #diagnostics()} has at least one ERROR. */
    static final class InvalidDefinitionException extends Exception {

        private final List<Diagnostic> diagnostics;

        InvalidDefinitionException(List<Diagnostic> diagnostics) {
            super(diagnostics.stream()
                    .map(d -> d.code() + " " + d.message() + (d.pointer().isEmpty() ? "" : " (at " + d.pointer() + ")"))
                    .collect(Collectors.joining("; ", "invalid definition: ", "")));
            this.diagnostics = List.copyOf(diagnostics);
        }

        List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
