package dev.stepwise.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.app.WorkbenchApplication;
import dev.stepwise.app.compose.Services;
import dev.stepwise.app.prefs.InMemoryPreferencesStore;
import dev.stepwise.designer.editor.DesignerView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing a tab with unsaved changes asks Save / Don't Save / Cancel, and does what the answer says. */
@ExtendWith(ApplicationExtension.class)
class ClosePromptTest {

    private static final String TEXT = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}\n";

    @TempDir
    static Path workspace;

    private MainWindowView window;
    private final List<String> asked = new ArrayList<>();
    private UnsavedChangesPrompt.Choice answer;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(workspace.resolve("flow.asl.json"), TEXT);
        window = WorkbenchApplication.openMainWindow(stage, new Services(new InMemoryPreferencesStore()), List.of());
        window.editor().setUnsavedChangesPrompt(name -> {
            asked.add(name);
            return answer;
        });
        window.show();
    }

    private DesignerView openAndEdit(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel().openWorkspace(workspace);
            window.viewModel().openFile(workspace.resolve("flow.asl.json"));
        });
        DesignerView designer = window.editor().designers().get(0);
        robot.interact(() -> designer.viewModel().textEdited(TEXT.replace("\"A\"", "\"B\"")));
        return designer;
    }

    private void clickClose(FxRobot robot) {
        Node close = robot.lookup(".tab-close-button").query();
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelKeepsTheTabAndTheEdits(FxRobot robot) throws Exception {
        DesignerView designer = openAndEdit(robot);
        answer = UnsavedChangesPrompt.Choice.CANCEL;

        clickClose(robot);

        assertThat(asked).containsExactly("flow.asl.json");
        assertThat(window.viewModel().openFiles()).hasSize(1);
        assertThat(designer.viewModel().document().isDirty()).isTrue();
    }

    @Test
    void dontSaveClosesAndLeavesTheFileAsItWas(FxRobot robot) throws Exception {
        openAndEdit(robot);
        answer = UnsavedChangesPrompt.Choice.DONT_SAVE;

        clickClose(robot);

        assertThat(window.viewModel().openFiles()).isEmpty();
        assertThat(Files.readString(workspace.resolve("flow.asl.json"))).isEqualTo(TEXT);
    }

    @Test
    void saveWritesTheFileThenCloses(FxRobot robot) throws Exception {
        openAndEdit(robot);
        answer = UnsavedChangesPrompt.Choice.SAVE;

        clickClose(robot);

        assertThat(window.viewModel().openFiles()).isEmpty();
        assertThat(Files.readString(workspace.resolve("flow.asl.json"))).contains("\"B\"");
        Files.writeString(workspace.resolve("flow.asl.json"), TEXT);
    }

    @Test
    void aSavedTabClosesWithoutAsking(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel().openWorkspace(workspace);
            window.viewModel().openFile(workspace.resolve("flow.asl.json"));
        });

        clickClose(robot);

        assertThat(asked).isEmpty();
        assertThat(window.viewModel().openFiles()).isEmpty();
    }
}
