package dev.stepwise.designer.debug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.debug.DebugSession;
import dev.stepwise.engine.interp.ExecutionOptions;
import dev.stepwise.engine.interp.Interpreter;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.json.JsonReader;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.ThemeService;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The debugger driven as a user drives it: keys, toolbar buttons, the states tree and the steps list. */
@ExtendWith(ApplicationExtension.class)
class DebuggerViewTest {

    static final String MACHINE = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Result": 1, "ResultPath": "$.a", "Next": "Fan"},
              "Fan": {"Type": "Parallel", "ResultPath": "$.fan", "Next": "Total", "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Result": "L", "End": true}}},
                {"StartAt": "Right", "States": {"Right": {"Type": "Pass", "Result": "R", "End": true}}}]},
              "Total": {"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($.a, 41)", "fan.$": "$.fan"},
                        "End": true}}}""";

    private DebugSession session;
    private DebuggerView view;

    @Start
    void start(Stage stage) throws Exception {
        Interpreter.Program program = new Interpreter().compile(AslParser.parse(MACHINE, JsonFormat.JSON));
        session = new DebugSession(program, JsonReader.readJson("{\"order\": 7}").root(), () -> {
            Random random = new Random(1);
            return ExecutionOptions.defaults().withRandom(random, () -> new UUID(random.nextLong(), 1));
        });
        DebuggerViewModel viewModel = new DebuggerViewModel(session, Platform::runLater);
        view = new DebuggerView(viewModel);
        Scene scene = new Scene(view, 1100, 700);
        new ThemeService().apply(scene, LightTheme.get());
        stage.setScene(scene);
        stage.show();
        viewModel.start();
    }

    @AfterEach
    void stop() {
        session.close();
    }

    /** Waits until the execution holds or ends and the view shows it. */
    private void settle() throws Exception {
        session.awaitHold(Duration.ofSeconds(20));
        Label status = (Label) view.lookup("#" + DebuggerView.STATUS_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> DebuggerViewModel.describe(session.snapshot()).equals(status.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeCell<?> treeCell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").match(node -> text.equals(((TreeCell<?>) node).getText()))
                .queryAs(TreeCell.class);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#" + DebuggerView.STATUS_ID).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(FxRobot robot) {
        ListView<DebuggerViewModel.Row> steps = robot.lookup("#" + DebuggerView.STEPS_ID).queryAs(ListView.class);
        return steps.getItems().stream().map(row -> (row.step() == null ? ">" : "") + row.stateName()).toList();
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void holdsBeforeTheFirstStateAndShowsItsInput(FxRobot robot) throws Exception {
        settle();
        assertThat(status(robot)).isEqualTo("Paused before 'Prepare'");
        assertThat(rows(robot)).containsExactly(">Prepare");
        assertThat(view.stages().valueOf("Input")).hasValueSatisfying(text -> assertThat(text).contains("\"order\": 7"));
    }

    @Test
    void f10StepsOverAndTheStepShowsEveryStage(FxRobot robot) throws Exception {
        settle();
        key(robot, KeyCode.F10);
        settle();
        assertThat(status(robot)).isEqualTo("Paused before 'Fan'");
        assertThat(rows(robot)).containsExactly("Prepare", ">Fan");

        robot.clickOn("✓ Prepare");
        assertThat(view.stages().valueOf("Result")).hasValue("1");
        assertThat(view.stages().valueOf("After ResultPath").orElseThrow()).contains("\"a\": 1");
        assertThat(view.stages().valueOf("Next")).hasValue("Fan");

        key(robot, KeyCode.F10);
        settle();
        assertThat(status(robot)).as("step over runs the Parallel whole").isEqualTo("Paused before 'Total'");
        assertThat(rows(robot)).containsExactly("Prepare", "Left", "Right", "Fan", ">Total");
    }

    @Test
    void f11EntersABranchShiftF11LeavesItAndAltBracketStepsBack(FxRobot robot) throws Exception {
        settle();
        key(robot, KeyCode.F10);
        settle();
        key(robot, KeyCode.F11);
        settle();
        assertThat(status(robot)).isEqualTo("Paused before 'Left' in Fan#0");

        key(robot, KeyCode.SHIFT, KeyCode.F11);
        settle();
        assertThat(status(robot)).isEqualTo("Paused before 'Total'");

        key(robot, KeyCode.ALT, KeyCode.OPEN_BRACKET);
        settle();
        assertThat(status(robot)).isEqualTo("Paused before 'Left' in Fan#0");
        assertThat(rows(robot)).containsExactly("Prepare", ">Left");
    }

    @Test
    void f9OnAStateInTheTreeSetsABreakpointThatF5RunsTo(FxRobot robot) throws Exception {
        settle();
        robot.clickOn(treeCell(robot, "Right"));
        key(robot, KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(treeCell(robot, "Right").getPseudoClassStates()).contains(StateTreeView.BREAKPOINT);
        assertThat(treeCell(robot, "Left").getPseudoClassStates()).doesNotContain(StateTreeView.BREAKPOINT);
        assertThat(treeCell(robot, "Prepare").getPseudoClassStates()).contains(StateTreeView.CURRENT);

        key(robot, KeyCode.F5);
        settle();
        assertThat(status(robot)).isEqualTo("Paused before 'Right' in Fan#1");

        robot.clickOn("Continue");
        settle();
        assertThat(status(robot)).isEqualTo("Ended SUCCEEDED after 5 steps");
        assertThat(robot.lookup("Step Over").queryButton().isDisabled()).isTrue();
        robot.clickOn("✓ Total");
        assertThat(view.stages().valueOf("Output").orElseThrow()).isEqualTo("Output: unchanged, as After ResultPath");
        assertThat(view.stages().valueOf("After Parameters").orElseThrow()).contains("\"sum\": 42").contains("\"L\",\n    \"R\"");
    }
}
