package dev.stepwise.engine.sfn;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition string as the API receives it: what the validator says about it, and the program it compiles to.
 * Anything that keeps it from running is AWS's {@code InvalidDefinition}.
 */
final class MachineDefinitions {

    /** For problems the parser or compiler found after the validator let the definition pass. */
    static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";

    private final AslValidator validator = new AslValidator();
    private final Interpreter interpreter = new Interpreter();

    /**
     * Every problem, errors and warnings, as ValidateStateMachineDefinition reports them, for a state machine of
     * {@code type} (STANDARD or EXPRESS).
     */
    List<Diagnostic> diagnostics(String definition, String type) {
        if (definition.isBlank()) {
            return validator.validate(definition, JsonFormat.JSON);
        }
        JsonDocument document;
        try {
            document = JsonReader.readJson(definition);
        } catch (JsonSyntaxException e) {
            return List.of(new Diagnostic(AslValidator.INVALID_JSON, Severity.ERROR, e.problem(), "", e.location()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(validator.validate(document));
        if ("EXPRESS".equals(type)) {
            diagnostics.addAll(ExpressRule.check(document));
        }
        return diagnostics;
    }

    /**
     * The runnable program of a definition.
     *
     * @throws StepFunctionsException InvalidDefinition, naming every error, when it cannot run
     */
    Interpreter.Program compile(String definition, String type) {
        List<Diagnostic> errors = diagnostics(definition, type).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        StateMachine machine;
        try {
            machine = AslParser.parse(definition, JsonFormat.JSON);
        } catch (AslParseException e) {
            throw invalid(e.problems().stream().map(p -> new Diagnostic(SCHEMA_VALIDATION_FAILED, Severity.ERROR,
                    p.message(), p.pointer(), p.location())).toList());
        }
        try {
            return interpreter.compile(machine);
        } catch (IllegalArgumentException e) {
            throw invalid(List.of(new Diagnostic(SCHEMA_VALIDATION_FAILED, Severity.ERROR,
                    String.valueOf(e.getMessage()), "", SourceLocation.UNKNOWN)));
        }
    }

    /** AWS's message: {@code Invalid State Machine Definition: 'CODE: message at /path, ...'}. */
    static StepFunctionsException invalid(List<Diagnostic> errors) {
        String problems = errors.stream()
                .map(d -> d.code() + ": " + d.message() + " at /" + (d.pointer().startsWith("/")
                        ? d.pointer().substring(1) : d.pointer()))
                .collect(Collectors.joining(", "));
        return new StepFunctionsException("InvalidDefinition", "Invalid State Machine Definition: '" + problems + "'");
    }
}
