package dev.stepwise.engine.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.json.JsonDocument;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every definition AWS accepted in the recorded conformance cases passes the validator without errors. */
class ConformanceDefinitionsTest {

    private final AslValidator validator = new AslValidator();

    static Stream<Path> cases() {
        return ConformanceCases.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void awsAcceptedDefinitionHasNoErrors(Path file) throws Exception {
        JsonNode definition = JsonReader.read(file).root().get("definition");
        JsonDocument document = JsonReader.readJson(JsonPrinter.pretty(definition));

        List<Diagnostic> errors = validator.validate(document).stream().filter(Diagnostic::isError).toList();

        assertThat(errors).as(file.getFileName().toString()).isEmpty();
    }
}
