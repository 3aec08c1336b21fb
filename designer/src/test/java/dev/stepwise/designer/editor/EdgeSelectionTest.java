package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A click on a transition selects it and shows the field that makes it, in the inspector and in the text. */
@ExtendWith(ApplicationExtension.class)
class EdgeSelectionTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON), LightTheme.get(), 1250,
                760);
    }

    private TransitionEdge edge(String from, String to) {
        return view.canvas().edges().stream()
                .filter(e -> e.model().from().equals(from) && e.model().to().equals(to)).findFirst().orElseThrow();
    }

    private void clickOn(FxRobot robot, TransitionEdge edge, double along) {
        Point2D screen = view.canvas().canvasToScreen(edge.path().along(along));
        robot.clickOn(screen);
    }

    private Node field(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    @Test
    void aCatchEdgeShowsItsCatchEntryAndItsTextValue(FxRobot robot) {
        TransitionEdge toFailed = edge("Charge", "Failed");
        javafx.scene.paint.Paint catchColour = toFailed.line().getStroke();
        clickOn(robot, toFailed, 0.3);
        assertThat(toFailed.line().getStroke()).as("drawn in the selection colour, not the Catch red")
                .isNotEqualTo(catchColour);

        assertThat(view.canvas().selectedEdgeProperty().get()).isEqualTo(toFailed.model());
        assertThat(toFailed.getPseudoClassStates()).contains(TransitionEdge.SELECTED);
        assertThat(edge("Charge", "Done").getPseudoClassStates()).doesNotContain(TransitionEdge.SELECTED);
        assertThat(view.viewModel().selection().items()).containsExactly("Charge");
        assertThat(view.textPane().codeArea().getSelectedText()).isEqualTo("\"Failed\"");
        Node catchNext = field(robot, "inspector-Catch-0-Next");
        assertThat(catchNext.getStyleClass()).contains("referenced");
        assertThat(catchNext.isFocused()).isTrue();
        javafx.geometry.Bounds shown = view.inspector().localToScene(view.inspector().getLayoutBounds());
        javafx.geometry.Bounds at = catchNext.localToScene(catchNext.getLayoutBounds());
        assertThat(at.getMinY()).as("scrolled into the inspector's view").isBetween(shown.getMinY(), shown.getMaxY());
    }

    @Test
    void theDefaultAndAChoiceRuleShowTheirOwnFields(FxRobot robot) {
        clickOn(robot, edge("Check", "Done"), 0.5);
        assertThat(field(robot, "inspector-Default").getStyleClass()).contains("referenced");
        int defaultAt = Samples.ORDER.indexOf("\"Done\"", Samples.ORDER.indexOf("\"Default\""));
        assertThat(view.textPane().codeArea().getSelection().getStart()).isEqualTo(defaultAt);

        clickOn(robot, edge("Check", "Charge"), 0.5);
        assertThat(view.canvas().selectedEdgeProperty().get().kind().name()).isEqualTo("CHOICE");
        assertThat(field(robot, "inspector-rules-0-Next").getStyleClass()).contains("referenced");
        assertThat(field(robot, "inspector-Default").getStyleClass()).doesNotContain("referenced");
    }

    @Test
    void selectingAStateUnselectsTheEdge(FxRobot robot) {
        TransitionEdge next = edge("Charge", "Done");
        clickOn(robot, next, 0.5);
        assertThat(next.getPseudoClassStates()).contains(TransitionEdge.SELECTED);

        robot.clickOn(view.canvas().node("Done").orElseThrow());

        assertThat(view.canvas().selectedEdgeProperty().get()).isNull();
        assertThat(next.getPseudoClassStates()).doesNotContain(TransitionEdge.SELECTED);
        assertThat(view.viewModel().selection().items()).containsExactly("Done");
    }
}
