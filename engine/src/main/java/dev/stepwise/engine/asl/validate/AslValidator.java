package dev.stepwise.engine.asl.validate;

import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.json.JsonSyntaxException;
import dev.stepwise.engine.json.SourceLocation;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a state machine definition the way AWS's ValidateStateMachineDefinition and the
 * amazon-states-language-service do, returning every problem found. It never throws on bad input.
 */
public final class AslValidator {

    /** The code for text that is not JSON (or YAML) at all, as AWS names it. */
    public static final String INVALID_JSON = "INVALID_JSON_DESCRIPTION";

    /** The code for an empty definition, as AWS names it. */
    public static final String MISSING_DESCRIPTION = "MISSING_DESCRIPTION";

    private static final Comparator<Diagnostic> BY_PLACE = Comparator
            .comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::pointer)
            .thenComparing(Diagnostic::code);

    private final List<Rule> rules;

    public AslValidator() {
        this(Rules.all());
    }

    AslValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Validates a text in the given format; blank text gives one {@link #MISSING_DESCRIPTION} diagnostic and text
     * that does not parse one {@link #INVALID_JSON} diagnostic.
     */
    public List<Diagnostic> validate(String text, JsonFormat format) {
        if (text == null || text.isBlank()) {
            return List.of(new Diagnostic(MISSING_DESCRIPTION, Severity.ERROR, "The definition is empty", "",
                    SourceLocation.UNKNOWN));
        }
        try {
            return validate(JsonReader.read(text, format));
        } catch (JsonSyntaxException e) {
            return List.of(new Diagnostic(INVALID_JSON, Severity.ERROR, e.problem(), "", e.location()));
        }
    }

    /** Every problem in the document, ordered by where it stands. */
    public List<Diagnostic> validate(JsonDocument document) {
        ValidationContext context = new ValidationContext(document);
        for (Rule rule : rules) {
            try {
                rule.check(context);
            } catch (RuntimeException bug) {
                // A rule that trips over an input it did not expect must not hide the other problems.
                context.error("VALIDATOR_FAILURE", "", "the validator could not check rule "
                        + rule.getClass().getSimpleName() + ": " + bug);
            }
        }
        return context.diagnostics().stream().sorted(BY_PLACE).toList();
    }
}
