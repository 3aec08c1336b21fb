package dev.stepwise.engine.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The AWS-recorded conformance cases that sit beside the repository in {@code shared/conformance/asl/cases}. */
public final class ConformanceCases {

    private ConformanceCases() {
    }

    /** The cases folder; the test is skipped (not passed) where it is missing. */
    public static Path folder() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(".ci"))) {
            root = root.getParent();
        }
        Path cases = root == null ? null : root.resolveSibling("shared").resolve("conformance/asl/cases");
        assumeTrue(cases != null && Files.isDirectory(cases), "the shared conformance cases are not beside the repository");
        return cases;
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the conformance cases", e);
        }
    }
}
