package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a real JVM on {@code dev.stepwise.app.Main}, as the launcher script does, and checks that a command
 * never loads a JavaFX class or the window's application class, and prints nothing but its own output.
 */
class HeadlessStartTest {

    @TempDir
    Path dir;

    @Test
    void commandLineNeverLoadsJavaFx() throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("machine.json"),
                "{\"StartAt\":\"A\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}");
        Path withPaths = Files.writeString(dir.resolve("paths.json"),
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"InputPath\":\"$.in\","
                        + "\"ResultPath\":\"$.out\",\"End\":true}}}");
        Path log = dir.resolve("out.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                java.toString(), "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "dev.stepwise.app.Main", "validate", file.toString(), withPaths.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
        assertThat(lines).anyMatch(line -> line.contains("error DUPLICATE_KEY"));
        assertThat(lines).anyMatch(line -> line.contains("dev.stepwise.app.cli.ValidateCommand"));
        assertThat(lines).noneMatch(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx."));
        assertThat(lines).noneMatch(line -> line.contains("dev.stepwise.app.WorkbenchApplication"));
        assertThat(lines).as("no logging-setup noise on the terminal").noneMatch(line -> line.startsWith("SLF4J"));
    }
}
