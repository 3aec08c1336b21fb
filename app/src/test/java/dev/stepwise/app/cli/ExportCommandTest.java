package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String ORDER = """
            {"Comment": "Orders", "StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Done"}],
                        "Default": "Done"},
              "Done": {"Type": "Succeed"}}}
            """;

    @TempDir
    Path dir;

    private Path order() throws Exception {
        return Files.writeString(dir.resolve("order.asl.json"), ORDER);
    }

    @Test
    void writesAnSvgBesideTheFileByDefault() throws Exception {
        Path file = order();

        CliRun run = CliRun.of("export", file.toString(), "--to", "svg");

        assertThat(run.exitCode()).isEqualTo(0);
        Path svg = dir.resolve("order.asl.svg");
        assertThat(run.out()).isEqualTo("Wrote " + svg + System.lineSeparator());
        assertThat(Files.readString(svg)).contains("<svg ").contains(">Check</text>");
        assertThat(Files.readString(file)).isEqualTo(ORDER);
    }

    @Test
    void writesPngYamlAndCanonicalJsonWhereOutSays() throws Exception {
        Path file = order();

        assertThat(CliRun.of("export", file.toString(), "--to", "png", "--out", dir.resolve("g.png").toString())
                .exitCode()).isEqualTo(0);
        byte[] png = Files.readAllBytes(dir.resolve("g.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');

        assertThat(CliRun.of("export", file.toString(), "--to", "yaml").exitCode()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("order.asl.yaml"))).contains("StartAt: Check");

        assertThat(CliRun.of("export", file.toString(), "--to", "json", "--canonical", "-o",
                dir.resolve("c.json").toString()).exitCode()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("c.json"))).startsWith("{\n  \"Comment\": \"Orders\",\n");
        // no temporary files are left behind
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }

    @Test
    void neverOverwritesItsInput() throws Exception {
        Path file = order();

        CliRun run = CliRun.of("export", file.toString(), "--to", "json", "--canonical");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("would overwrite " + file).contains("--out");
        assertThat(Files.readString(file)).isEqualTo(ORDER);
    }

    @Test
    void saysClearlyWhatIsWrongWithBadInput() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"StartAt\": ", StandardCharsets.UTF_8);

        CliRun missing = CliRun.of("export", dir.resolve("nope.json").toString(), "--to", "svg");
        CliRun notJson = CliRun.of("export", broken.toString(), "--to", "svg");
        CliRun badFormat = CliRun.of("export", broken.toString(), "--to", "gif");
        CliRun noFolder = CliRun.of("export", order().toString(), "--to", "svg", "--out",
                dir.resolve("no/such/dir/x.svg").toString());

        assertThat(List.of(missing.exitCode(), notJson.exitCode(), badFormat.exitCode(), noFolder.exitCode()))
                .containsOnly(2);
        assertThat(missing.err()).contains("cannot read").contains("no such file");
        assertThat(notJson.err()).contains("cannot export").contains("not valid JSON (line 1");
        assertThat(badFormat.err()).contains("gif");
        assertThat(noFolder.err()).contains("no such folder");
        assertThat(dir.resolve("broken.svg")).doesNotExist();
    }
}
