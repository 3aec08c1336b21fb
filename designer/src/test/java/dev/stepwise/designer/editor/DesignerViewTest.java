package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.command.RenameStateCommand;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DesignerViewTest {

    @TempDir
    static Path folder;

    private Path file;
    private DesignerView view;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempFile(folder, "order", ".asl.json");
        Files.writeString(file, Samples.ORDER, StandardCharsets.UTF_8);
        view = DesignerStage.show(stage, WorkflowDocument.open(file), LightTheme.get(), 1100, 700);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private void caretAfter(FxRobot robot, String marker) {
        caretAfter(robot, marker, marker.length());
    }

    private void caretAfter(FxRobot robot, String marker, int within) {
        int offset = document().getText().indexOf(marker) + within;
        robot.interact(() -> {
            view.textPane().codeArea().requestFocus();
            view.textPane().codeArea().moveTo(offset);
        });
    }

    @Test
    void typingInTheTextUpdatesTheCanvasAfterAPause(FxRobot robot) throws Exception {
        assertThat(view.canvas().node("Failed")).isPresent();
        caretAfter(robot, "\"Failed\": {", "\"Failed".length());

        // Checked as the last key lands: after write() returns, a busy machine may already be past the pause.
        List<Boolean> onCanvasAsTyped = new ArrayList<>();
        robot.interact(() -> view.textPane().codeArea().textProperty().addListener((obs, old, now) -> {
            if (now.contains("\"FailedHard\"")) {
                onCanvasAsTyped.add(view.canvas().node("FailedHard").isPresent());
            }
        }));
        robot.write("Hard");

        assertThat(onCanvasAsTyped).as("not before the pause").containsExactly(false);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> view.canvas().node("FailedHard").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.canvas().node("Failed")).isEmpty();
        assertThat(document().getText()).contains("\"FailedHard\": { \"Type\": \"Fail\"");
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Edit Text");
    }

    @Test
    void invalidJsonKeepsTheLastGoodGraphMarkedStaleAndLosesNothing(FxRobot robot) {
        caretAfter(robot, "\"Done\": {");
        robot.write("oops");
        robot.interact(view::flushTyping);

        assertThat(document().isStale()).isTrue();
        assertThat(view.canvas().nodes()).hasSize(4);
        assertThat(view.canvas().getPseudoClassStates()).extracting(Object::toString).contains("stale");
        assertThat(view.textPane().getText()).contains("\"Done\": {oops");
        assertThat(document().getText()).isEqualTo(view.textPane().getText());
        assertThat(document().getDiagnostics()).extracting(d -> d.code()).contains("INVALID_JSON_DESCRIPTION");
    }

    @Test
    void aRenameShowsInBothViewsAndUndoRestoresThem(FxRobot robot) {
        robot.interact(() -> view.viewModel().push(new RenameStateCommand(document(), "Charge", "ChargeCard")));

        assertThat(view.textPane().getText()).contains("\"ChargeCard\": {").contains("\"Next\": \"ChargeCard\"");
        assertThat(view.canvas().node("ChargeCard")).isPresent();

        robot.clickOn(view.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(view.textPane().getText()).isEqualTo(Samples.ORDER);
        assertThat(view.canvas().node("Charge")).isPresent();
    }

    @Test
    void selectingAStateRevealsItsKeyInTheText(FxRobot robot) {
        robot.clickOn(view.canvas().node("Charge").orElseThrow());

        assertThat(view.viewModel().selection().items()).containsExactly("Charge");
        assertThat(view.canvas().node("Charge").orElseThrow().isSelected()).isTrue();
        assertThat(view.textPane().codeArea().getSelectedText()).isEqualTo("\"Charge\"");
    }

    @Test
    void placingTheCaretInAStatesDefinitionSelectsItOnTheCanvas(FxRobot robot) {
        int insideFailed = Samples.ORDER.indexOf("\"Oops\"") + 2;
        robot.interact(() -> {
            view.textPane().codeArea().requestFocus();
            view.textPane().codeArea().moveTo(insideFailed);
        });

        assertThat(view.viewModel().selection().items()).containsExactly("Failed");
        assertThat(view.canvas().node("Failed").orElseThrow().isSelected()).isTrue();
        assertThat(view.textPane().codeArea().getCaretPosition()).as("the caret stays where it was put")
                .isEqualTo(insideFailed);
        assertThat(view.inspector().viewModel().getStateName()).isEqualTo("Failed");

        int outsideEveryState = Samples.ORDER.indexOf("\"StartAt\"");
        robot.interact(() -> view.textPane().codeArea().moveTo(outsideEveryState));
        assertThat(view.viewModel().selection().items()).as("kept outside the states").containsExactly("Failed");

        robot.interact(() -> view.textPane().codeArea().moveTo(Samples.ORDER.indexOf("\"Retry\"")));
        assertThat(view.viewModel().selection().items()).containsExactly("Charge");
    }

    @Test
    void draggingANodeIsOneMoveThatUndoPutsBack(FxRobot robot) {
        StateNode node = view.canvas().node("Done").orElseThrow();
        double x = node.getLayoutX();
        double y = node.getLayoutY();

        robot.drag(node).dropBy(120, 40);

        Layout.Point moved = document().getLayout().position("Done").orElseThrow();
        assertThat(moved.x()).isGreaterThan(x + 20);
        assertThat(view.viewModel().commands().undoDescriptionProperty().get()).isEqualTo("Move State");
        assertThat(document().getText()).isEqualTo(Samples.ORDER);

        robot.interact(view::undo);

        assertThat(document().getLayout().isEmpty()).isTrue();
        assertThat(node.getLayoutX()).isEqualTo(x);
        assertThat(node.getLayoutY()).isEqualTo(y);
    }

    @Test
    void escapeCancelsADrag(FxRobot robot) {
        StateNode node = view.canvas().node("Done").orElseThrow();
        double x = node.getLayoutX();
        robot.drag(node).moveBy(80, 30);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);

        assertThat(node.getLayoutX()).isEqualTo(x);
        assertThat(document().getLayout().isEmpty()).isTrue();
        assertThat(view.viewModel().commands().undoSize()).isZero();
    }

    @Test
    void ctrlSSavesTheTextAndTheLayoutBesideIt(FxRobot robot) throws Exception {
        caretAfter(robot, "\"Comment\": \"Orders");
        robot.write(" v2");
        robot.drag(view.canvas().node("Check").orElseThrow()).dropBy(60, 0);
        assertThat(document().isDirty()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(Samples.ORDER.replace("\"Orders\"", "\"Orders v2\""));
        assertThat(Files.readString(WorkflowDocument.layoutFileOf(file), StandardCharsets.UTF_8)).contains("\"Check\"");
        assertThat(document().isDirty()).isFalse();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
