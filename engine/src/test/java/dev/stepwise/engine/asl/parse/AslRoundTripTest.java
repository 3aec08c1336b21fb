package dev.stepwise.engine.asl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.engine.asl.model.StateMachine;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every AWS-recorded definition survives parse → write → parse unchanged, in JSON and in YAML. */
class AslRoundTripTest {

    static Stream<Named<Path>> cases() {
        return ConformanceCases.files().stream().map(f -> Named.of(f.getFileName().toString(), f));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parseThenWriteGivesAnEqualModelAndStableBytes(Path caseFile) throws Exception {
        String source = JsonPrinter.pretty(definitionOf(caseFile));

        StateMachine parsed = AslParser.parse(source, JsonFormat.JSON);
        String written = AslWriter.write(parsed);
        StateMachine reread = AslParser.parse(written, JsonFormat.JSON);

        assertEquals(parsed, reread);
        assertEquals(source, written, "the writer changed a definition it was given unedited");
        assertEquals(written, AslWriter.write(reread));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void yamlRoundTripGivesAnEqualModel(Path caseFile) throws Exception {
        StateMachine parsed = AslParser.parse(definitionOf(caseFile));

        String yaml = AslWriter.write(parsed, JsonFormat.YAML);
        StateMachine reread = AslParser.parse(yaml, JsonFormat.YAML);

        assertEquals(parsed, reread);
        assertEquals(yaml, AslWriter.write(reread, JsonFormat.YAML));
    }

    private static JsonNode definitionOf(Path caseFile) throws Exception {
        return JsonReader.read(caseFile).root().get("definition");
    }
}
