package dev.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.app.compose.Services;
import dev.stepwise.app.prefs.InMemoryPreferencesStore;
import dev.stepwise.app.shell.MainWindowView;
import dev.stepwise.app.workspace.Problem;
import dev.stepwise.authlab.AuthLabView;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.json.JsonPaneView;
import dev.stepwise.themes.DarkTheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, driven through the robot, with preferences kept in memory. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchApplicationTest {

    private static final String BAD = """
            {
              "Comment": "StartAt is written twice",
              "StartAt": "A",
              "StartAt": "B",
              "States": {"B": {"Type": "Pass", "End": true}}
            }
            """;

    @TempDir
    static Path workspace;

    private final InMemoryPreferencesStore store = new InMemoryPreferencesStore();
    private MainWindowView window;

    @Start
    void start(Stage stage) throws IOException {
        Files.writeString(workspace.resolve("good.asl.json"),
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");
        Files.writeString(workspace.resolve("bad.asl.json"), BAD);
        window = WorkbenchApplication.openMainWindow(stage, new Services(store), List.of());
        window.show();
    }

    @Test
    void opensABadFileShowsItsProblemAndGoesToItsLine(FxRobot robot) {
        assertThat(window.stage().getTitle()).isEqualTo("Stepwise");
        openWorkspace(robot);
        assertThat(window.stage().getTitle()).isEqualTo("Stepwise — " + workspace.getFileName());

        robot.doubleClickOn(visible(robot, "bad.asl.json"));
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("bad.asl.json");
        TableView<Problem> problems = robot.lookup("#problems-table").queryTableView();
        assertThat(problems.getItems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("DUPLICATE_KEY");
            assertThat(problem.line()).isEqualTo(4);
        });
        JsonPaneView pane = ((DesignerView) tabs.getSelectionModel().getSelectedItem().getContent()).textPane();
        assertThat(pane.caretLineProperty().get()).isEqualTo(1);

        robot.clickOn(visible(robot, "DUPLICATE_KEY"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.caretLineProperty().get()).isEqualTo(4);
        assertThat(pane.caretColumnProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#status-caret").queryLabeled().getText()).isEqualTo("Ln 4, Col 3");
        assertThat(robot.lookup("#status-problems").queryLabeled().getText()).isEqualTo("1 error, 0 warnings");
    }

    @Test
    void editsInTheDesignerMarkTheTabUpdateProblemsUndoOnceAndSave(FxRobot robot) throws IOException {
        openWorkspace(robot);
        robot.doubleClickOn(visible(robot, "good.asl.json"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        DesignerView designer = (DesignerView) tabs.getSelectionModel().getSelectedItem().getContent();
        assertThat(designer.canvas().node("A")).isPresent();

        // Point StartAt at a state that does not exist: the Problems panel shows it live.
        robot.interact(() -> {
            designer.textPane().codeArea().requestFocus();
            designer.textPane().codeArea().moveTo("{\"StartAt\":\"A".length());
        });
        robot.write("X");
        robot.interact(designer::flushTyping);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("good.asl.json ●");
        TableView<Problem> problems = robot.lookup("#problems-table").queryTableView();
        assertThat(problems.getItems()).isNotEmpty();

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.viewModel().document().getText()).contains("\"StartAt\":\"A\"");
        assertThat(designer.viewModel().commands().redoSize()).as("one undo per key press").isEqualTo(1);
        assertThat(problems.getItems()).isEmpty();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("good.asl.json");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y)
                .release(javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("File").clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(workspace.resolve("good.asl.json"))).startsWith("{\"StartAt\":\"AX\"");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("good.asl.json");
        Files.writeString(workspace.resolve("good.asl.json"),
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");
    }

    @Test
    void formatDocumentFromTheEditMenuIsOneEditThatUndoTakesBack(FxRobot robot) {
        openWorkspace(robot);
        robot.doubleClickOn(visible(robot, "good.asl.json"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        DesignerView designer = (DesignerView) tabs.getSelectionModel().getSelectedItem().getContent();
        String compact = designer.viewModel().document().getText();

        robot.clickOn("Edit").clickOn("Format Document");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(designer.viewModel().document().getText()).isEqualTo("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "End": true
                    }
                  }
                }
                """);
        assertThat(robot.lookup(LabeledMatchers.hasText("Formatted the document")).tryQuery()).isPresent();

        robot.interact(designer::undo);
        assertThat(designer.viewModel().document().getText()).isEqualTo(compact);
        assertThat(designer.viewModel().document().isDirty()).isFalse();
    }

    @Test
    void enterOnAFileOpensItAndCloseTabClosesIt(FxRobot robot) {
        openWorkspace(robot);

        robot.clickOn(visible(robot, "good.asl.json"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText()).containsExactly("good.asl.json");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs.getTabs()).isEmpty();
    }

    @Test
    void switchesToDarkThemeFromTheViewMenuAndRemembersIt(FxRobot robot) {
        List<String> before = List.copyOf(window.scene().getStylesheets());

        robot.clickOn("View").clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.scene().getStylesheets()).isNotEqualTo(before);
        assertThat(window.scene().getStylesheets()).containsAll(DarkTheme.get().stylesheets());
        assertThat(store.get("theme")).contains("Dark");
        assertThat(robot.lookup("#status-theme").queryLabeled().getText()).isEqualTo("Dark theme");
    }

    @Test
    void authLabSaysItIsNotBuiltYet(FxRobot robot) {
        robot.clickOn("#" + MainWindowView.AUTH_LAB_BUTTON_ID);

        assertThat(robot.lookup(LabeledMatchers.hasText(AuthLabView.NOT_BUILT_YET)).queryLabeled().isVisible())
                .isTrue();
    }

    /** The visible node with this text: virtual flows keep invisible cells that match too. */
    private static javafx.scene.Node visible(FxRobot robot, String text) {
        return robot.lookup(LabeledMatchers.hasText(text)).match(javafx.scene.Node::isVisible).query();
    }

    private void openWorkspace(FxRobot robot) {
        // The DirectoryChooser cannot be driven headless: open through the view model, as the menu does.
        robot.interact(() -> window.viewModel().openWorkspace(workspace));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".tree-cell").queryAllAs(TreeCell.class))
                .extracting(cell -> cell.getText()).contains("bad.asl.json", "good.asl.json");
    }

    @Test
    void warmsTheDesignerUpAMomentAfterTheWindowShowsAndOpensNothing() throws Exception {
        CompletableFuture<Void> over = WaitForAsyncUtils.asyncFx(
                () -> WorkbenchApplication.warmUpAfter(window, Duration.seconds(2))).get();

        assertThat(over).isNotDone();
        over.get(60, TimeUnit.SECONDS);
        assertThat(window.viewModel().openFiles()).isEmpty();
    }
}
