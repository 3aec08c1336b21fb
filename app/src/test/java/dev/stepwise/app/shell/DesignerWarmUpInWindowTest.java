package dev.stepwise.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.app.WorkbenchApplication;
import dev.stepwise.app.compose.Services;
import dev.stepwise.app.prefs.InMemoryPreferencesStore;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.editor.DesignerWarmUp;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window warms the designer up while no file is open, stops doing so when one opens, and a closed tab leaves
 * its designer to the garbage collector.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerWarmUpInWindowTest {

    private static final String TEXT = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}\n";

    @TempDir
    static Path workspace;

    private MainWindowView window;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(workspace.resolve("flow.asl.json"), TEXT);
        window = WorkbenchApplication.openMainWindow(stage, new Services(new InMemoryPreferencesStore()), List.of());
        window.show();
    }

    private void openFlow(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel().openWorkspace(workspace);
            window.viewModel().openFile(workspace.resolve("flow.asl.json"));
        });
    }

    private CompletableFuture<Void> warmUp() throws Exception {
        return WaitForAsyncUtils.asyncFx(window::warmUpDesigner).get();
    }

    @Test
    void warmsUpWithNoFileOpenAndOpensNoTab() throws Exception {
        warmUp().get(60, TimeUnit.SECONDS);

        DesignerWarmUp warmUp = window.editor().designerWarmUp().orElseThrow();
        assertThat(warmUp.isStopped()).isFalse();
        assertThat(window.editor().tabPane().getTabs()).isEmpty();
        assertThat(window.viewModel().openFiles()).isEmpty();
    }

    @Test
    void anOpeningFileStopsTheWarmUp(FxRobot robot) throws Exception {
        CompletableFuture<Void> warming = warmUp();

        openFlow(robot);

        assertThat(window.editor().designerWarmUp().orElseThrow().isStopped()).isTrue();
        warming.get(60, TimeUnit.SECONDS);
        assertThat(window.editor().designers()).singleElement()
                .satisfies(designer -> assertThat(designer.textPane().getText()).isEqualTo(TEXT));
    }

    @Test
    void noWarmUpOnceAFileIsOpen(FxRobot robot) throws Exception {
        openFlow(robot);

        CompletableFuture<Void> warming = warmUp();

        assertThat(warming).isDone();
        assertThat(window.editor().designerWarmUp()).isEmpty();
    }

    @Test
    void aClosedTabLeavesItsDesignerToTheCollector(FxRobot robot) throws Exception {
        openFlow(robot);
        WeakReference<DesignerView> designer = new WeakReference<>(window.editor().designers().get(0));

        // Closed as File > Close does it: the robot's clicks would stay in TestFX's record of fired events, and with
        // them the nodes they hit.
        robot.interact(() -> window.viewModel().closeFile(window.viewModel().openFiles().get(0)));

        assertThat(window.viewModel().openFiles()).isEmpty();
        for (int attempt = 0; attempt < 20 && designer.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(designer.get()).as("the closed tab's designer, still in memory").isNull();
    }
}
