package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FormatDocumentViewTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
        view = DesignerStage.show(stage, document, LightTheme.get(), 1100, 700);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private void focusText(FxRobot robot, int offset) {
        robot.interact(() -> {
            view.textPane().codeArea().requestFocus();
            view.textPane().codeArea().moveTo(offset);
        });
    }

    @Test
    void shiftAltFFormatsInOneStepThatCtrlZTakesBackExactly(FxRobot robot) {
        focusText(robot, Samples.ORDER.indexOf("\"Charge\": {"));

        robot.press(KeyCode.SHIFT, KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT, KeyCode.SHIFT);

        String formatted = document().getText();
        assertThat(view.textPane().codeArea().getCaretPosition()).as("the caret stays on its token")
                .isEqualTo(formatted.indexOf("\"Charge\": {"));
        assertThat(formatted).startsWith("{\n  \"Comment\": \"Orders\",\n  \"StartAt\": \"Check\",\n  \"States\": {\n");
        assertThat(formatted).contains("\"NumericGreaterThan\": 100.50,").contains("\"BackoffRate\": 2.0");
        assertThat(view.textPane().getText()).isEqualTo(formatted);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Format Document");
        assertThat(view.canvas().nodes()).hasSize(4);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(document().getText()).isEqualTo(Samples.ORDER);
        assertThat(view.textPane().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void ctrlAltLOnTypedInvalidJsonChangesNothingAndSaysWhy(FxRobot robot) {
        focusText(robot, Samples.ORDER.indexOf("\"Done\": {"));
        robot.write("oops");
        String typed = view.textPane().getText();

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.L).release(KeyCode.L, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(view.textPane().getText()).isEqualTo(typed);
        assertThat(document().getText()).isEqualTo(typed);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Edit Text");
        assertThat(view.viewModel().statusProperty().get())
                .startsWith("Cannot format: the text is not valid JSON (line 20, column 9)");
    }
}
