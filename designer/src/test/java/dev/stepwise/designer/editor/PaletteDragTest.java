package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.themes.LightTheme;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drags a Task from the palette with the mouse (press on the item, move, release over a transition): the real
 * drag-and-drop path, palette {@code startDragAndDrop} to the canvas's drop handler.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteDragTest {

    private static final String MACHINE = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Succeed"}
              }
            }
            """;

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(MACHINE, JsonFormat.JSON), LightTheme.get(), 1100, 700);
    }

    private GraphCanvas canvas() {
        return view.canvas();
    }

    private List<String> edges() {
        return canvas().edges().stream().map(e -> e.model().from() + " -> " + e.model().to()).toList();
    }

    private TransitionEdge edge(String from, String to) {
        return canvas().edges().stream()
                .filter(e -> e.model().from().equals(from) && e.model().to().equals(to)).findFirst().orElseThrow();
    }

    @Test
    void aTaskDraggedOntoATransitionGoesBetweenItsStatesAndCtrlZTakesItOut(FxRobot robot) {
        TransitionEdge aToB = edge("A", "B");
        Point2D middle = canvas().canvasToScreen(aToB.start().midpoint(aToB.end()));
        Node task = robot.lookup("#palette-task").query();

        robot.drag(task, MouseButton.PRIMARY).dropTo(middle);

        String text = view.textPane().getText();
        assertThat(text).isEqualTo(view.viewModel().document().getText());
        assertThatCode(() -> JsonReader.readJson(text)).doesNotThrowAnyException();
        assertThat(text).contains("\"A\": {\"Type\": \"Pass\", \"Next\": \"Task\"}");
        assertThat(view.viewModel().document().getMachine().states().get("Task").transition().next())
                .isEqualTo("B");
        assertThat(canvas().nodes()).extracting(StateNode::name).containsExactly("A", "B", "Task");
        assertThat(edges()).containsExactlyInAnyOrder("A -> Task", "Task -> B");
        assertThat(view.viewModel().commands().undoSize()).isEqualTo(1);

        robot.clickOn(canvas().node("Task").orElseThrow());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(view.viewModel().document().getText()).isEqualTo(MACHINE);
        assertThat(view.textPane().getText()).isEqualTo(MACHINE);
        assertThat(canvas().nodes()).extracting(StateNode::name).containsExactly("A", "B");
        assertThat(edges()).containsExactly("A -> B");
    }
}
