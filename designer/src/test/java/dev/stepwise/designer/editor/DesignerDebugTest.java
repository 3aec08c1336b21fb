package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.debug.DebugDialog;
import dev.stepwise.designer.debug.DebuggerView;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.themes.LightTheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F5 in the designer: the file's input and mocks beside it, then the step debugger on the document. */
@ExtendWith(ApplicationExtension.class)
class DesignerDebugTest {

    @TempDir
    static Path folder;

    private DesignerView view;

    @Start
    void start(Stage stage) throws Exception {
        Path definition = folder.resolve("shop.asl.json");
        Files.writeString(definition, """
                {"StartAt": "Charge", "States": {
                  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                             "Parameters": {"amount.$": "$.amount"}, "ResultPath": "$.charge", "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}""");
        Files.writeString(folder.resolve("shop.input.json"), "{\"amount\": 5}");
        Files.writeString(folder.resolve("shop.mocks.json"), """
                {"StateMachines": {"shop": {"TestCases": {"Happy": {"Charge": "Paid"}}}},
                 "MockedResponses": {"Paid": {"0": {"Return": {"paid": true}}}}}""");
        view = DesignerStage.show(stage, WorkflowDocument.open(definition), LightTheme.get(), 1200, 760);
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.getScene().getWindow()).toList()
                .forEach(Window::hide));
    }

    @Test
    void f5OffersTheFilesInputAndTestCaseAndOpensTheDebugger(FxRobot robot) throws Exception {
        robot.clickOn(view.canvas());
        robot.press(KeyCode.F5).release(KeyCode.F5);

        TextArea input = robot.lookup("#" + DebugDialog.INPUT_ID).queryAs(TextArea.class);
        assertThat(input.getText()).isEqualTo("{\"amount\": 5}");
        @SuppressWarnings("unchecked")
        ComboBox<String> testCase = robot.lookup("#" + DebugDialog.TEST_CASE_ID).queryAs(ComboBox.class);
        assertThat(testCase.getValue()).isEqualTo("Happy");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(node -> "Debug".equals(
                ((javafx.scene.control.Button) node).getText())).queryButton());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + DebuggerView.STATUS_ID).tryQuery()
                .map(status -> ((Label) status).getText().equals("Paused before 'Charge'")).orElse(false));
        Label status = robot.lookup("#" + DebuggerView.STATUS_ID).queryAs(Label.class);
        robot.clickOn("Continue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> status.getText().equals("Ended SUCCEEDED after 2 steps"));
        robot.clickOn("✓ Charge");
        TextArea result = robot.lookup(".debug-stage-value").match(node -> "Result".equals(node.getUserData()))
                .queryAs(TextArea.class);
        assertThat(result.getText()).contains("\"paid\": true");
    }

    @Test
    void aDefinitionWithErrorsIsNotDebuggedAndTheStatusSaysWhy(FxRobot robot) {
        robot.interact(() -> view.viewModel().push(new dev.stepwise.designer.command.ReplaceTextCommand(
                view.viewModel().document(), "{\"StartAt\": \"Nowhere\", \"States\": {}}")));
        robot.clickOn(view.canvas());
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertThat(view.viewModel().statusProperty().get()).startsWith("Cannot debug: the definition has errors");
        assertThat(robot.lookup("#" + DebugDialog.INPUT_ID).tryQuery()).isEmpty();
    }
}
