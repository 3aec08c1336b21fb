package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.engine.json.JsonFormat;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private final WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
    private final CommandStack commands = new CommandStack();
    private final Selection selection = new Selection();
    private final InspectorViewModel inspector = new InspectorViewModel(document, commands, selection);

    @Test
    void showsTheOneSelectedState() {
        assertThat(inspector.getStateName()).isNull();
        selection.select("Charge");
        assertThat(inspector.getStateName()).isEqualTo("Charge");
        assertThat(inspector.type()).isEqualTo("Task");
        assertThat(inspector.text("Resource")).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(inspector.next()).isEqualTo("Done");
        selection.selectAll(java.util.List.of("Charge", "Done"));
        assertThat(inspector.getStateName()).isNull();
    }

    @Test
    void renameKeepsTheStateSelected() {
        selection.select("Charge");
        assertThat(inspector.rename("Charge Card")).isTrue();
        assertThat(inspector.getStateName()).isEqualTo("Charge Card");
        assertThat(document.getText()).contains("\"Next\": \"Charge Card\"");
    }

    @Test
    void eachFieldChangeIsOneCommandThatUndoesToTheSameBytes() {
        selection.select("Failed");
        inspector.setText("Cause", "card declined");
        inspector.setText("Error", "");
        assertThat(document.getText()).contains("\"Failed\": { \"Type\": \"Fail\", \"Cause\": \"card declined\" }");
        assertThat(commands.undoSize()).isEqualTo(2);
        commands.undo();
        commands.undo();
        assertThat(document.getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void nextAndEndSwapInPlace() {
        selection.select("Charge");
        inspector.setNext(InspectorViewModel.END);
        assertThat(document.getText()).contains("\"End\": true\n").doesNotContain("\"Next\": \"Done\"");
        assertThat(inspector.next()).isEqualTo(InspectorViewModel.END);
        inspector.setNext("Failed");
        assertThat(document.getText()).contains("\"Next\": \"Failed\"\n").doesNotContain("\"End\"");
    }

    @Test
    void jsonEditorsValidateAndSetTheWholeValue() {
        selection.select("Charge");
        assertThat(inspector.validateJson("{\"a\": ")).isPresent();
        assertThat(inspector.setJson("Parameters", "{\"a\": ")).isPresent();
        assertThat(commands.undoSize()).isZero();

        assertThat(inspector.setJson("Parameters", "{\"FunctionName\": \"f\", \"Payload.$\": \"$\"}")).isEmpty();
        assertThat(document.getJson().root().at("/States/Charge/Parameters/FunctionName").asText()).isEqualTo("f");
        assertThat(inspector.json("Parameters")).contains("\"FunctionName\" : \"f\"".replace(" : ", ": "), "Payload");

        inspector.setJson("Parameters", "  ");
        assertThat(document.getJson().root().at("/States/Charge").has("Parameters")).isFalse();
    }

    @Test
    void numbersMustBeNumbers() {
        selection.select("Charge");
        assertThat(inspector.setNumber("TimeoutSeconds", "soon")).contains("TimeoutSeconds must be a number");
        assertThat(inspector.setNumber("TimeoutSeconds", "30")).isEmpty();
        assertThat(document.getText()).contains("\"TimeoutSeconds\": 30");
    }

    @Test
    void showsTheDiagnosticsOfTheStateOnly() {
        selection.select("Failed");
        inspector.setText("Error", "");
        inspector.setNumber("Seconds", "5");
        selection.select("Failed");
        assertThat(inspector.diagnostics()).isNotEmpty()
                .allMatch(d -> d.pointer().startsWith("/States/Failed"));
        selection.select("Check");
        assertThat(inspector.diagnostics()).isEmpty();
    }
}
