package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(0);
        // Tests run from classes, which have no manifest, so the version is the fallback.
        assertThat(run.outLines()).containsExactly("stepwise dev");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out())
                .startsWith("Usage: stepwise [DIRECTORY | FILE]")
                .contains("stepwise [-hV] COMMAND")
                .contains("validate")
                .contains("Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--no-such-option");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'").contains("Usage: stepwise");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required command");
    }

    @Test
    void knowsItsCommandNames() {
        assertThat(Cli.isCommandName("validate")).isTrue();
        assertThat(Cli.isCommandName("workspace")).isFalse();
    }

    @Test
    void noArgumentsOneDirectoryOrOneDefinitionFileAskForTheWindow(@TempDir Path workspace) throws IOException {
        Path file = Files.writeString(workspace.resolve("machine.asl.json"), "{}");
        Path yaml = Files.writeString(workspace.resolve("machine.asl.yaml"), "StartAt: A");
        Path notes = Files.writeString(workspace.resolve("notes.txt"), "");

        assertThat(Cli.asksForWindow()).isTrue();
        assertThat(Cli.asksForWindow(workspace.toString())).isTrue();
        assertThat(Cli.asksForWindow(file.toString())).isTrue();
        assertThat(Cli.asksForWindow(yaml.toString())).isTrue();
        assertThat(Cli.asksForWindow(notes.toString())).isFalse();
        assertThat(Cli.asksForWindow(workspace.resolve("missing.json").toString())).isFalse();
        assertThat(Cli.asksForWindow(workspace.toString(), workspace.toString())).isFalse();
        assertThat(Cli.asksForWindow("--help")).isFalse();
        assertThat(Cli.asksForWindow("validate", file.toString())).isFalse();
    }

    @Test
    void commandNameWinsOverDirectoryOfTheSameName(@TempDir Path dir) throws IOException {
        Path validateDirectory = Files.createDirectory(dir.resolve("validate"));
        String relativeToWorkingDirectory = "validate";
        // The check is by name, before any look at the file system.
        assertThat(Cli.asksForWindow(relativeToWorkingDirectory)).isFalse();
        assertThat(Cli.asksForWindow(validateDirectory.toString())).isTrue();
    }

    @Test
    void linuxNeedsAnX11OrWaylandDisplay() {
        assertThat(Cli.hasDisplay("Linux", null, Map.of())).isFalse();
        assertThat(Cli.hasDisplay("Linux", null, Map.of("DISPLAY", ""))).isFalse();
        assertThat(Cli.hasDisplay("Linux", null, Map.of("DISPLAY", ":0"))).isTrue();
        assertThat(Cli.hasDisplay("Linux", null, Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
        assertThat(Cli.hasDisplay("Linux", "Monocle", Map.of())).isTrue();
        assertThat(Cli.hasDisplay("Mac OS X", null, Map.of())).isTrue();
        assertThat(Cli.hasDisplay("Windows 11", null, Map.of())).isTrue();
    }
}
