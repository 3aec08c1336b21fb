package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.command.ReplaceTextCommand;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.StyleClasses;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lines of {@link Samples#ORDER}, 0-based: "States" opens on 3 and closes on 20; "Check" 4-10; "Charge" 11-17. */
@ExtendWith(ApplicationExtension.class)
class CodeFoldingTest {

    private static final int STATES = 3;
    private static final int CHECK = 4;
    private static final int CHARGE = 11;

    private DesignerView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON);
        view = DesignerStage.show(stage, document, LightTheme.get(), 1100, 700);
    }

    private CodeArea area() {
        return view.textPane().codeArea();
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private int[] hiddenLines() {
        return IntStream.range(0, area().getParagraphs().size()).filter(view.folding()::isHidden).toArray();
    }

    private Node foldMarker(int line) {
        Parent gutter = (Parent) area().getParagraphGraphic(line);
        return gutter.getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains(StyleClasses.FOLD_TOGGLE))
                .findFirst().orElseThrow();
    }

    private void caretOn(FxRobot robot, int line) {
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(line, 2);
        });
    }

    @Test
    void theGutterMarkerFoldsAndUnfoldsWithoutTouchingTheText(FxRobot robot) {
        assertThat(foldMarker(STATES).isVisible()).isTrue();
        assertThat(foldMarker(STATES + 1).isVisible()).as("Check is foldable too").isTrue();
        assertThat(foldMarker(1).isVisible()).as("a line that opens nothing").isFalse();

        robot.clickOn(foldMarker(STATES));

        assertThat(hiddenLines()).containsExactly(IntStream.rangeClosed(STATES + 1, 19).toArray());
        assertThat(view.folding().isFolded(STATES)).isTrue();
        assertThat(foldMarker(STATES).getPseudoClassStates()).contains(StyleClasses.FOLDED);
        assertThat(area().getText()).isEqualTo(Samples.ORDER);

        robot.clickOn(foldMarker(STATES));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hiddenLines()).isEmpty();
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
        assertThat(document().isDirty()).isFalse();
        assertThat(view.viewModel().commands().undoSize()).isZero();
    }

    @Test
    void vsCodeAndIntelliJKeysFoldTheInnermostBlockAtTheCaret(FxRobot robot) {
        caretOn(robot, CHECK + 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.OPEN_BRACKET)
                .release(KeyCode.OPEN_BRACKET, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(hiddenLines()).containsExactly(5, 6, 7, 8, 9);
        assertThat(area().getCurrentParagraph()).as("the caret leaves the hidden lines").isEqualTo(CHECK);

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);

        assertThat(view.folding().isFolded(STATES)).as("the next block out").isTrue();

        caretOn(robot, STATES);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.CLOSE_BRACKET)
                .release(KeyCode.CLOSE_BRACKET, KeyCode.SHIFT, KeyCode.CONTROL);
        caretOn(robot, CHECK);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hiddenLines()).isEmpty();
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
        assertThat(view.viewModel().commands().undoSize()).isZero();
    }

    @Test
    void collapseAllAndExpandAllAsInIntelliJ(FxRobot robot) {
        caretOn(robot, 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.MINUS)
                .release(KeyCode.MINUS, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(hiddenLines()).containsExactly(IntStream.rangeClosed(1, 20).toArray());
        assertThat(view.folding().isFolded(0)).isTrue();

        robot.interact(() -> view.folding().unfold(0));

        assertThat(view.folding().isFolded(0)).isFalse();
        assertThat(view.folding().isFolded(STATES)).as("inner blocks stay folded, as in VS Code").isTrue();
        assertThat(hiddenLines()).containsExactly(IntStream.rangeClosed(STATES + 1, 19).toArray());

        robot.interact(() -> view.folding().unfold(STATES));

        assertThat(hiddenLines()).containsExactly(5, 6, 7, 8, 9, 12, 13, 14, 15, 16);

        robot.interact(() -> {
            view.folding().foldAll();
            area().moveTo(0);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS)
                .release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(hiddenLines()).isEmpty();
        assertThat(document().getText()).isEqualTo(Samples.ORDER);
    }

    @Test
    void typingAndUndoWorkWhileABlockIsFolded(FxRobot robot) {
        robot.interact(() -> view.folding().fold(CHARGE));
        int comment = Samples.ORDER.indexOf("Orders") + "Orders".length();
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(comment);
        });

        robot.write(" v2");
        robot.interact(view::flushTyping);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document().getText()).isEqualTo(Samples.ORDER.replace("\"Orders\"", "\"Orders v2\""));
        assertThat(view.folding().isFolded(CHARGE)).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document().getText()).isEqualTo(Samples.ORDER);
        assertThat(area().getText()).isEqualTo(Samples.ORDER);
        assertThat(view.folding().isFolded(CHARGE)).isTrue();
        assertThat(hiddenLines()).containsExactly(12, 13, 14, 15, 16);
    }

    @Test
    void hiddenLinesThatNoLongerMakeABlockAreShownAgain(FxRobot robot) {
        robot.interact(() -> view.folding().fold(CHARGE));
        // Charge's header now closes its own object: lines 12-16 are no block any more, and no marker could show them.
        String broken = Samples.ORDER.replace("\"Charge\": {\n", "\"Charge\": {},\n");
        robot.interact(() -> view.viewModel().push(new ReplaceTextCommand(document(), broken)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area().getText()).isEqualTo(broken);
        assertThat(view.folding().regions().startingAt(CHARGE)).isEmpty();
        assertThat(hiddenLines()).isEmpty();
    }

    @Test
    void yamlFoldsByIndentation(FxRobot robot) {
        String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\nComment: x\n";
        robot.interact(() -> {
            view = new DesignerView(new DesignerViewModel(WorkflowDocument.of(yaml, JsonFormat.YAML)),
                    new LayoutService(Runnable::run));
            stage.getScene().setRoot(view);
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(foldMarker(1));

        assertThat(hiddenLines()).containsExactly(2, 3, 4);
        assertThat(foldMarker(0).isVisible()).isFalse();
        assertThat(document().getText()).isEqualTo(yaml);
    }
}
