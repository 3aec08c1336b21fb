package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String VALID = """
            {
              "Comment": "one state",
              "StartAt": "Done",
              "States": {
                "Done": {"Type": "Succeed"}
              }
            }
            """;
    private static final String DUPLICATE_START_AT =
            "{\"StartAt\":\"A\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}\n";
    private static final String MALFORMED = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Succeed",}
              }
            }
            """;
    private static final String VALID_YAML = """
            StartAt: Done
            States:
              Done:
                Type: Succeed
            """;
    private static final String YAML_WITH_DUPLICATE = """
            StartAt: Done
            States:
              Done:
                Type: Succeed
                Type: Succeed
            """;

    @TempDir
    Path dir;

    @Test
    void validFileExitsZeroAndPrintsNoProblems() throws IOException {
        Path file = write("valid.json", VALID);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.outLines()).isEmpty();
        assertThat(run.errLines()).containsExactly("0 errors, 0 warnings in 1 file");
    }

    @Test
    void duplicateKeyIsReportedCompilerStyleAtItsLineAndColumn() throws IOException {
        Path file = write("duplicate.json", DUPLICATE_START_AT);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                file + ":1:16: error DUPLICATE_KEY duplicate key \"StartAt\": only the last one is used");
        assertThat(run.errLines()).containsExactly("1 error, 0 warnings in 1 file");
    }

    @Test
    void malformedJsonIsAProblemWithItsPlace() throws IOException {
        Path file = write("malformed.json", MALFORMED);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith(file + ":4:")
                .contains(": error INVALID_JSON_DESCRIPTION ");
    }

    @Test
    void reportsEveryFileAndCountsThemAll() throws IOException {
        Path valid = write("valid.json", VALID);
        Path duplicate = write("duplicate.json", DUPLICATE_START_AT);
        Path malformed = write("malformed.json", MALFORMED);

        CliRun run = CliRun.of("validate", valid.toString(), duplicate.toString(), malformed.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith(duplicate + ":1:16: error DUPLICATE_KEY ");
        assertThat(run.outLines().get(1)).startsWith(malformed + ":4:").contains("INVALID_JSON_DESCRIPTION");
        assertThat(run.errLines()).containsExactly("2 errors, 0 warnings in 3 files");
    }

    @Test
    void missingFileExitsTwoAndStillChecksTheOthers() throws IOException {
        Path duplicate = write("duplicate.json", DUPLICATE_START_AT);
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.of("validate", missing.toString(), duplicate.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.outLines()).singleElement().asString().startsWith(duplicate + ":1:16: error DUPLICATE_KEY");
        assertThat(run.errLines()).containsExactly(
                "stepwise: cannot read " + missing + ": no such file",
                "1 error, 0 warnings in 2 files (1 could not be read)");
    }

    @Test
    void directoryIsNotReadable() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("stepwise: cannot read " + dir + ": is a directory");
    }

    @Test
    void fileThatIsNotUtf8IsNotReadable() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"Comment\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("stepwise: cannot read " + file + ": not UTF-8 text");
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() throws IOException {
        Path file = write("bom.json", "\uFEFF" + DUPLICATE_START_AT);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.outLines()).singleElement().asString().startsWith(file + ":1:16: error DUPLICATE_KEY");
    }

    @Test
    void yamlFileIsReadAsYaml() throws IOException {
        Path valid = write("machine.yaml", VALID_YAML);
        Path duplicate = write("duplicate.yml", YAML_WITH_DUPLICATE);

        CliRun run = CliRun.of("validate", valid.toString(), duplicate.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith(duplicate + ":5:")
                .contains(": error DUPLICATE_KEY duplicate key \"Type\"");
    }

    @Test
    void jsonFormatDescribesEveryFile() throws IOException {
        Path valid = write("valid.json", VALID);
        Path duplicate = write("duplicate.json", DUPLICATE_START_AT);

        CliRun run = CliRun.of("validate", "--format", "json", valid.toString(), duplicate.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("file").asText()).isEqualTo(valid.toString());
        assertThat(files.get(0).get("valid").asBoolean()).isTrue();
        assertThat(files.get(0).get("diagnostics")).isEmpty();
        JsonNode second = files.get(1);
        assertThat(second.get("file").asText()).isEqualTo(duplicate.toString());
        assertThat(second.get("valid").asBoolean()).isFalse();
        assertThat(second.get("diagnostics")).hasSize(1);
        JsonNode diagnostic = second.get("diagnostics").get(0);
        assertThat(diagnostic.get("code").asText()).isEqualTo("DUPLICATE_KEY");
        assertThat(diagnostic.get("severity").asText()).isEqualTo("ERROR");
        assertThat(diagnostic.get("message").asText()).isEqualTo("duplicate key \"StartAt\": only the last one is used");
        assertThat(diagnostic.get("pointer").asText()).isEqualTo("/StartAt");
        assertThat(diagnostic.get("line").asInt()).isEqualTo(1);
        assertThat(diagnostic.get("column").asInt()).isEqualTo(16);
    }

    @Test
    void jsonFormatMarksUnreadableFiles() throws IOException {
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.of("validate", "--format=JSON", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("stepwise: cannot read " + missing + ": no such file");
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertThat(file.get("valid").asBoolean()).isFalse();
        assertThat(file.get("error").asText()).isEqualTo("cannot read: no such file");
        assertThat(file.get("diagnostics")).isEmpty();
    }

    @Test
    void fileArgumentIsRequired() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter").contains("Usage: stepwise validate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Path file = write("valid.json", VALID);

        CliRun run = CliRun.of("validate", "--format", "xml", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format").contains("text, json");
    }

    @Test
    void helpListsTheFormats() {
        CliRun run = CliRun.of("validate", "--help");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Usage: stepwise validate").contains("FILE...").contains("text, json");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
