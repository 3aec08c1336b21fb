package dev.stepwise.engine.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stepwise.engine.json.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExporterTest {

    private static final String WRITTEN = """
            {"StartAt": "A",
                "States": {"A": {"Type": "Pass", "Result": 1.50, "End": true}}}
            """;

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsCopiedAsWrittenUnlessCanonicalIsAsked() throws Exception {
        assertThat(text(Exporter.export(WRITTEN, JsonFormat.JSON, ExportFormat.JSON, false))).isEqualTo(WRITTEN);
        assertThat(text(Exporter.export(WRITTEN, JsonFormat.JSON, ExportFormat.JSON, true))).isEqualTo("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Result": 1.50,
                      "End": true
                    }
                  }
                }
                """);
    }

    @Test
    void yamlComesFromTheAslWriterAndBackToTheSameJson() throws Exception {
        // (YAML keeps a number's value, not its spelling: 1.50 would come back as 1.5)
        String written = WRITTEN.replace("1.50", "2");
        String yaml = text(Exporter.export(written, JsonFormat.JSON, ExportFormat.YAML, false));

        assertThat(yaml).contains("StartAt: A").contains("Type: Pass");
        assertThat(text(Exporter.export(yaml, JsonFormat.YAML, ExportFormat.JSON, false)))
                .isEqualTo(text(Exporter.export(written, JsonFormat.JSON, ExportFormat.JSON, true)));
    }

    @Test
    void drawingsNeedAStateMachine() {
        ExportException notJson = assertThrows(ExportException.class,
                () -> Exporter.export("{\"StartAt\": ", JsonFormat.JSON, ExportFormat.SVG, false));
        assertThat(notJson.getMessage()).startsWith("not valid JSON (line 1, column");

        ExportException notAsl = assertThrows(ExportException.class,
                () -> Exporter.export("{\"States\": 3}", JsonFormat.JSON, ExportFormat.PNG, false));
        assertThat(notAsl.getMessage()).startsWith("not a state machine: ");
    }

    @Test
    void theDefaultTargetReplacesTheLastExtension() {
        assertThat(Exporter.defaultTarget(Path.of("dir/order.asl.json"), ExportFormat.SVG))
                .isEqualTo(Path.of("dir/order.asl.svg"));
        assertThat(Exporter.defaultTarget(Path.of("flow"), ExportFormat.PNG)).isEqualTo(Path.of("flow.png"));
    }
}
