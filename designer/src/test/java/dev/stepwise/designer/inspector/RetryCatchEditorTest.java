package dev.stepwise.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's Retry and Catch forms in the real designer: each change is one command on the document. */
@ExtendWith(ApplicationExtension.class)
class RetryCatchEditorTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
        view = DesignerStage.show(stage, document, LightTheme.get(), 1250, 760);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private void selectCharge(FxRobot robot) {
        robot.interact(() -> view.viewModel().selection().select("Charge"));
    }

    private <T extends javafx.scene.Node> T lookup(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    @Test
    void aRetrierFieldTypedAndEnteredIsOneUndoableCommand(FxRobot robot) {
        selectCharge(robot);
        TextField attempts = lookup(robot, "inspector-Retry-0-MaxAttempts", TextField.class);
        assertThat(attempts.getText()).isEmpty();
        assertThat(lookup(robot, "inspector-Retry-0-ErrorEquals", TextField.class).getText()).isEqualTo("States.ALL");

        robot.interact(attempts::requestFocus).write("5").press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(document().getJson().root().at("/States/Charge/Retry/0/MaxAttempts").asInt()).isEqualTo(5);
        assertThat(document().getJson().root().at("/States/Charge/Retry/0/BackoffRate").asDouble()).isEqualTo(2.0);
        assertThat(view.textPane().getText()).isEqualTo(document().getText());
        assertThat(view.viewModel().commands().undoSize()).isEqualTo(1);
        robot.interact(() -> view.viewModel().commands().undo());
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void aNumberThatIsNotOneIsMarkedAndChangesNothing(FxRobot robot) {
        selectCharge(robot);
        TextField rate = lookup(robot, "inspector-Retry-0-BackoffRate", TextField.class);

        robot.interact(() -> rate.setText("fast")).interact(rate::requestFocus)
                .press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(rate.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void catchersAreAddedRepointedAndRemoved(FxRobot robot) {
        selectCharge(robot);
        robot.interact(() -> lookup(robot, "inspector-Catch-add", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().getJson().root().at("/States/Charge/Catch").size()).isEqualTo(2);
        assertThat(document().getJson().root().at("/States/Charge/Catch/1/ErrorEquals/0").asText())
                .as("States.ALL must stay last, so a second catcher names another error")
                .isEqualTo("States.TaskFailed");

        @SuppressWarnings("unchecked")
        ComboBox<String> next = lookup(robot, "inspector-Catch-0-Next", ComboBox.class);
        assertThat(next.getValue()).isEqualTo("Failed");
        robot.interact(() -> next.setValue("Done"));
        assertThat(document().getJson().root().at("/States/Charge/Catch/0/Next").asText()).isEqualTo("Done");
        assertThat(view.canvas().edges()).anyMatch(edge -> edge.model().from().equals("Charge")
                && edge.model().to().equals("Done") && edge.model().kind() == GraphModel.EdgeKind.CATCH);

        robot.interact(() -> lookup(robot, "inspector-Retry-0-remove", Button.class).fire());
        assertThat(document().getJson().root().at("/States/Charge").has("Retry")).isFalse();

        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.viewModel().commands().undo();
            }
        });
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }
}
