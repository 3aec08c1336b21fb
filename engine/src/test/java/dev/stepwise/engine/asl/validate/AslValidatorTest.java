package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AslValidatorTest {

    private final AslValidator validator = new AslValidator();

    @Test
    void blankTextIsAMissingDescription() {
        assertThat(validator.validate("  \n", JsonFormat.JSON)).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("MISSING_DESCRIPTION", ""));
    }

    @Test
    void textThatIsNotJsonIsAnInvalidDescription() {
        List<Diagnostic> diagnostics = validator.validate("{\"StartAt\": ", JsonFormat.JSON);

        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("INVALID_JSON_DESCRIPTION");
    }

    @Test
    void validMachineHasNoDiagnostics() {
        assertThat(validator.validate("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}}
                """, JsonFormat.JSON)).isEmpty();
    }

    @Test
    void yamlDefinitionsAreLocatedInTheYamlText() {
        List<Diagnostic> diagnostics = validator.validate("""
                StartAt: A
                States:
                  A:
                    Type: Pass
                    Next: Foo
                """, JsonFormat.YAML);

        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::line, Diagnostic::message)
                .contains(tuple("MISSING_TRANSITION_TARGET", "/States/A/Next", 5,
                        "\"Next\" names state \"Foo\", which does not exist"));
    }

    @Test
    void diagnosticsAreOrderedByPlace() {
        List<Diagnostic> diagnostics = validator.validate("""
                {"StartAt": "A", "States": {
                  "B": {"Type": "Pass", "Next": "Nowhere"},
                  "A": {"Type": "Pass", "Next": "Gone"}}}
                """, JsonFormat.JSON);

        assertThat(diagnostics).extracting(Diagnostic::line).isSorted();
        assertThat(diagnostics).extracting(Diagnostic::code).contains("MISSING_TRANSITION_TARGET", "UNREACHABLE_STATE",
                "MISSING_END_STATE");
    }

    @Test
    void jsonataStatesMaySwitchOnFromJsonPathButNotBack() {
        List<Diagnostic> diagnostics = validator.validate("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}
                """, JsonFormat.JSON);

        assertThat(diagnostics).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("SCHEMA_VALIDATION_FAILED", "/States/A/QueryLanguage"));
    }
}
