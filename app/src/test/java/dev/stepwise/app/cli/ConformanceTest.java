package dev.stepwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.engine.json.JsonPrinter;
import dev.stepwise.engine.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The measure of correctness: every AWS-recorded conformance case, run through {@code stepwise run --batch} in one
 * process and scored by the cases' own {@code check.py}, strictly (error causes included).
 */
class ConformanceTest {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed");

    @Test
    void everyConformanceCasePasses() throws Exception {
        Path conformance = sharedConformanceFolder();
        Path cases = conformance.resolve("cases");
        List<Path> caseFiles = caseFiles(cases);
        assertThat(caseFiles).isNotEmpty();

        CliRun run = CliRun.withInput(batchInput(caseFiles), "run", "--batch");

        Path results = Path.of("target", "conformance-results.jsonl");
        Files.createDirectories(results.getParent());
        Files.writeString(results, run.out(), StandardCharsets.UTF_8);
        assertThat(run.outLines()).as("one result line per case; stderr: %s", run.err()).hasSize(caseFiles.size());

        List<String> report = check(conformance.resolve("check.py"), cases, results);
        String failures = report.stream().filter(line -> line.startsWith("FAIL")).collect(Collectors.joining("\n"));
        String last = report.isEmpty() ? "" : report.get(report.size() - 1);
        Matcher summary = SUMMARY.matcher(last);
        assertThat(summary.matches()).as("check.py's last line, in:\n%s", String.join("\n", report)).isTrue();
        assertThat(Integer.parseInt(summary.group(2))).as("failed cases:\n%s", failures).isZero();
        assertThat(Integer.parseInt(summary.group(1))).as("passed cases").isEqualTo(caseFiles.size());
        // 416 cases today; the count follows the folder so that new cases are measured too.
        assertThat(caseFiles.size()).isGreaterThanOrEqualTo(416);
    }

    /** {@code <repository root>/../shared/conformance/asl}; the root is the folder holding {@code .ci}. */
    private static Path sharedConformanceFolder() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(".ci"))) {
            root = root.getParent();
        }
        Path folder = root == null ? null : root.resolveSibling("shared").resolve("conformance").resolve("asl");
        assumeTrue(folder != null && Files.isDirectory(folder.resolve("cases")),
                "the shared conformance cases are not beside the repository");
        return folder;
    }

    private static List<Path> caseFiles(Path cases) throws IOException {
        try (Stream<Path> files = Files.list(cases)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** One batch line per case; read with our reader so numbers keep their spelling ({@code 1.0} stays 1.0). */
    private static String batchInput(List<Path> caseFiles) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (Path file : caseFiles) {
            JsonNode testCase = JsonReader.read(file).root();
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.set("name", testCase.get("name"));
            line.set("definition", testCase.get("definition"));
            if (testCase.has("input")) {
                line.set("input", testCase.get("input"));
            }
            lines.append(JsonPrinter.compact(line)).append('\n');
        }
        return lines.toString();
    }

    /** Runs check.py and returns its output lines; asserts that it ran and exited 0. */
    private static List<String> check(Path script, Path cases, Path results) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("python3", script.toString(), cases.toString(), results.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("cannot start python3 to score the conformance results: " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(lines::add);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("check.py finished").isTrue();
        String failures = lines.stream().filter(line -> !line.startsWith("PASS")).collect(Collectors.joining("\n"));
        assertThat(process.exitValue()).as("check.py exit code; its report:\n%s", failures).isZero();
        return lines;
    }
}
