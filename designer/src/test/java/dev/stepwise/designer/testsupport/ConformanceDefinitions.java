package dev.stepwise.designer.testsupport;

import dev.stepwise.designer.document.JsonSpans;
import dev.stepwise.engine.testsupport.ConformanceCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The state machines of the AWS-recorded conformance cases ({@link ConformanceCases}). Each definition is cut out of its case file byte for byte, so the
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

    public static List<Definition> all() {
        return ConformanceCases.files().stream().map(ConformanceDefinitions::read).toList();
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
