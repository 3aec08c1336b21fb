package dev.stepwise.designer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.asl.parse.AslWriter;
import dev.stepwise.engine.asl.validate.AslValidator;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.ExecutionResult;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.interp.spi.TaskInvokers;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.engine.testing.MockConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WorkflowTemplatesTest {

    static Stream<WorkflowTemplate> templates() {
        return WorkflowTemplates.all().stream();
    }

    static Stream<WorkflowTemplate> runnable() {
        return templates().filter(WorkflowTemplate::runnable);
    }

    @Test
    void offersTheNineExamples() {
        assertThat(WorkflowTemplates.all()).extracting(WorkflowTemplate::id).containsExactly(
                "order-processing", "trip-booking-saga", "human-approval", "circuit-breaker", "parallel-fan-out",
                "map-batch-processing", "distributed-map-s3", "nested-workflow", "order-processing-jsonata");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void validatesWithoutErrorsOrWarnings(WorkflowTemplate template) {
        assertThat(new AslValidator().validate(template.definition(), JsonFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void roundTripsByteForByteThroughTheDesignerDocument(WorkflowTemplate template) throws Exception {
        String text = template.definition();
        WorkflowDocument document = WorkflowDocument.of(text, JsonFormat.JSON);

        assertThat(document.isStale()).isFalse();
        assertThat(document.getText()).isEqualTo(text);
        assertThat(AslWriter.write(document.getMachine())).isEqualTo(text);
        assertThat(AslWriter.write(AslParser.parse(text, JsonFormat.JSON))).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("runnable")
    void runsToSuccessWithItsMocks(WorkflowTemplate template) throws Exception {
        MockConfig mocks = MockConfig.parse(JsonReader.readJson(template.mocks()).root());
        ExecutionOptions options = ExecutionOptions.defaults().withNames("template-test", template.id())
                .withInvokers(new TaskInvokers(List.of(mocks.route(template.id(), WorkflowTemplate.HAPPY_PATH))));

        ExecutionResult result = new Interpreter().compile(AslParser.parse(template.definition(), JsonFormat.JSON))
                .execute(JsonReader.readJson(template.sampleInput()).root(), options);

        assertThat(result.status().awsName()).as("%s: %s %s", template.id(), result.error(), result.output())
                .isEqualTo("SUCCEEDED");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void mockFilesParseAndNameTheTemplate(WorkflowTemplate template) throws Exception {
        MockConfig mocks = MockConfig.parse(JsonReader.readJson(template.mocks()).root());
        assertThat(mocks.testCases(template.id())).contains(WorkflowTemplate.HAPPY_PATH);
    }
}
