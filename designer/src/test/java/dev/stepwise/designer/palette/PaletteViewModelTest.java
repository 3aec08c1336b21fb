package dev.stepwise.designer.palette;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.designer.canvas.dnd.StateTemplate;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.asl.validate.Diagnostic;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.List;

class PaletteViewModelTest {

    static List<String> ids() {
        return new PaletteViewModel().items().stream().map(PaletteViewModel.Item::id).toList();
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everySnippetIsAValidStateOnItsOwn(String id) {
        PaletteViewModel.Item item = new PaletteViewModel().item(id);
        ObjectNode state = item.template().state();
        if (state.path("Type").asText().equals("Choice")) {
            // A Choice needs somewhere to go: give it the way the canvas does when it is connected.
            state.withArray("Choices").addObject().put("Variable", "$").put("IsPresent", true).put("Next", "Next");
            state.put("Default", "Next");
        }
        ObjectNode machine = JsonNodeFactory.instance.objectNode();
        machine.put("StartAt", item.template().baseName());
        machine.putObject("States").set(item.template().baseName(), state);
        if (state.has("Default")) {
            machine.with("States").putObject("Next").put("Type", "Succeed");
        }
        WorkflowDocument document = WorkflowDocument.of(JsonPrinter.pretty(machine), JsonFormat.JSON);

        assertThat(document.isStale()).isFalse();
        assertThat(document.getDiagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void offersEveryStateTypeAndTheCommonTasks() {
        PaletteViewModel palette = new PaletteViewModel();
        assertThat(palette.items(PaletteViewModel.Group.STATES)).extracting(PaletteViewModel.Item::label)
                .containsExactly("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
        assertThat(palette.items(PaletteViewModel.Group.TASKS))
                .extracting(item -> item.template().state().path("Resource").asText())
                .containsExactly("arn:aws:states:::lambda:invoke", "arn:aws:states:::dynamodb:putItem",
                        "arn:aws:states:::dynamodb:getItem", "arn:aws:states:::sns:publish",
                        "arn:aws:states:::sqs:sendMessage", "arn:aws:states:::states:startExecution.sync:2",
                        "arn:aws:states:::http:invoke", "arn:aws:states:::sqs:sendMessage.waitForTaskToken");
    }

    @Test
    void aTemplateSurvivesTheDragboardPayload() {
        StateTemplate template = new PaletteViewModel().item("sns-publish").template();
        assertThat(StateTemplate.fromPayload(template.toPayload())).contains(template);
        assertThat(StateTemplate.fromPayload("not json")).isEmpty();
    }

    @Test
    void anEmptyChoiceStillParses() {
        ObjectNode machine = JsonNodeFactory.instance.objectNode();
        machine.put("StartAt", "Choice");
        machine.putObject("States").set("Choice", new PaletteViewModel().item("choice").template().state());
        WorkflowDocument document = WorkflowDocument.of(JsonPrinter.pretty(machine), JsonFormat.JSON);
        assertThat(document.isStale()).as("the canvas must keep following the text").isFalse();
    }
}
