package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.palette.PaletteViewModel;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.StyleClasses;
import java.util.Optional;
import javafx.geometry.Point2D;
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

/** A YAML definition edited on the canvas and in the inspector: the YAML text follows, comments and all. */
@ExtendWith(ApplicationExtension.class)
class DesignerYamlEditingTest {

    static final String ORDER = """
            # Orders, in YAML
            Comment: Orders
            StartAt: Check
            States:
              Check:
                Type: Choice
                Choices:
                  - {Variable: $.amount, NumericGreaterThan: 100, Next: Charge}
                Default: Done   # small orders
              Charge:
                Type: Task
                Resource: arn:aws:states:::lambda:invoke
                Next: Done
              Done:
                Type: Succeed
            """;

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(ORDER, JsonFormat.YAML), LightTheme.get(), 1250, 760);
    }

    private WorkflowDocument document() {
        return view.viewModel().document();
    }

    private StateNode node(String name) {
        return view.canvas().node(name).orElseThrow();
    }

    private void undoAllGivesBackTheBytes(FxRobot robot) {
        robot.interact(() -> {
            while (view.viewModel().commands().undoSize() > 0) {
                view.undo();
            }
        });
        assertThat(document().getText()).isEqualTo(ORDER);
        assertThat(view.textPane().getText()).isEqualTo(ORDER);
    }

    @Test
    void theTextIsColouredAsYaml() {
        var area = view.textPane().codeArea();
        assertThat(area.getStyleAtPosition(ORDER.indexOf("# small") + 1)).contains(StyleClasses.CODE_COMMENT);
        assertThat(area.getStyleAtPosition(ORDER.indexOf("Resource") + 1)).contains(StyleClasses.JSON_KEY);
        assertThat(area.getStyleAtPosition(ORDER.indexOf("Succeed") + 1)).contains(StyleClasses.JSON_STRING)
                .doesNotContain(StyleClasses.JSON_LITERAL);
    }

    @Test
    void aTaskDroppedOnATransitionIsWrittenAsYaml(FxRobot robot) {
        TransitionEdge chargeToDone = view.canvas().edges().stream()
                .filter(e -> e.model().from().equals("Charge") && e.model().to().equals("Done")).findFirst()
                .orElseThrow();
        Point2D middle = chargeToDone.start().midpoint(chargeToDone.end());

        Optional<String> added = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.dropTarget()
                .drop(new PaletteViewModel().item("pass").template(), middle));

        assertThat(added).contains("Pass");
        assertThat(document().getText()).startsWith("# Orders, in YAML\n")
                .contains("    Default: Done   # small orders\n")
                .contains("    Resource: arn:aws:states:::lambda:invoke\n    Next: Pass\n")
                .contains("  Pass:\n    Type: Pass\n    Next: Done\n");
        assertThat(view.textPane().getText()).isEqualTo(document().getText());
        assertThat(document().isStale()).isFalse();
        assertThat(view.canvas().node("Pass")).isPresent();
        undoAllGivesBackTheBytes(robot);
    }

    @Test
    void renamingInTheInspectorRenamesEveryReferenceInTheYaml(FxRobot robot) {
        robot.clickOn(node("Charge"));
        assertThat(view.textPane().codeArea().getSelectedText()).as("the state is revealed in the text")
                .isEqualTo("Charge");
        TextField name = robot.lookup("#inspector-Name").queryAs(TextField.class);
        robot.doubleClickOn(name).interact(name::selectAll);
        robot.write("Charge Card").press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(document().getText()).isEqualTo(ORDER.replace("Next: Charge}", "Next: Charge Card}")
                .replace("  Charge:\n", "  Charge Card:\n"));
        assertThat(view.canvas().node("Charge Card")).isPresent();
        undoAllGivesBackTheBytes(robot);
    }

    @Test
    void deletingAStateRedirectsItsReferencesInTheYaml(FxRobot robot) {
        robot.clickOn(node("Charge"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        @SuppressWarnings("unchecked")
        ComboBox<String> target = robot.lookup("#" + DeleteStatesDialog.TARGET_ID).queryAs(ComboBox.class);
        robot.interact(() -> target.setValue("Done"));
        robot.clickOn("Redirect and Delete");

        assertThat(document().getText()).isEqualTo("""
                # Orders, in YAML
                Comment: Orders
                StartAt: Check
                States:
                  Check:
                    Type: Choice
                    Choices:
                      - {Variable: $.amount, NumericGreaterThan: 100, Next: Done}
                    Default: Done   # small orders
                  Done:
                    Type: Succeed
                """);
        undoAllGivesBackTheBytes(robot);
    }
}
