package dev.stepwise.engine.interp;

import dev.stepwise.engine.testsupport.ConformanceCases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConformanceDevTest {

    @Test
    void writeResults() throws Exception {
        Files.write(Path.of("target/conformance-results.jsonl"), ConformanceRun.resultLines(ConformanceCases.files()));
    }
}
