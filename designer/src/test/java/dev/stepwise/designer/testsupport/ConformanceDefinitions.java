package dev.stepwise.designer.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.designer.document.JsonSpans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The state machines of the AWS-recorded conformance cases in {@code shared/conformance/asl/cases} (beside the
 * repository, found through its {@code .ci} folder). Each definition is cut out of its case file byte for byte, so the
 * texts keep the case files' own layout rather than ours.
 */
public final class ConformanceDefinitions {

    /** One definition: the case's file name and the definition's exact text. */
    public record Definition(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ConformanceDefinitions() {
    }

    public static Path folder() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(".ci"))) {
            root = root.getParent();
        }
        Path cases = root == null ? null : root.resolveSibling("shared").resolve("conformance/asl/cases");
        assumeTrue(cases != null && Files.isDirectory(cases), "the shared conformance cases are not beside the repository");
        return cases;
    }

    public static List<Definition> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(ConformanceDefinitions::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Definition read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Definition(file.getFileName().toString(), JsonSpans.scan(text).valueText("/definition"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
