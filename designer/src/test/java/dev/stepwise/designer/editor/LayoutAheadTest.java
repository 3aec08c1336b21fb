package dev.stepwise.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.ParseWorker;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.themes.LightTheme;
import dev.stepwise.themes.ThemeService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the user types, the text being typed is analysed and, when its graph has another shape, laid out ahead: when
 * the typing pause ends, the canvas shows the edit with the layout made meanwhile, not after one more run of ELK.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAheadTest {

    private final AtomicInteger layouts = new AtomicInteger();
    private DesignerView view;

    @Start
    void start(Stage stage) {
        WorkflowDocument document = WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON, ParseWorker.background());
        LayoutService counting = new LayoutService(task -> {
            layouts.incrementAndGet();
            task.run();
        });
        view = new DesignerView(new DesignerViewModel(document), counting);
        Scene scene = new Scene(view, 1100, 700);
        new ThemeService().apply(scene, LightTheme.get());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anEditThatChangesTheGraphsShapeIsLaidOutWhileTheUserTypes(FxRobot robot) throws Exception {
        WorkflowDocument document = view.viewModel().document();
        int before = layouts.get();
        robot.interact(() -> {
            var area = view.textPane().codeArea();
            int at = area.getText().indexOf("\"Done\": {");
            // Renaming a state in the text alone leaves the transitions to it pointing nowhere: another shape.
            area.replaceText(at, at + "\"Done\"".length(), "\"Finished\"");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !document.upcomingScopesProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(layouts.get()).as("laid out during the typing pause").isEqualTo(before + 1);
        assertThat(view.canvas().node("Finished")).as("not shown before the pause ends").isEmpty();

        robot.interact(view::flushTyping);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                document::isAnalysisCurrent).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.canvas().node("Finished")).isPresent();
        assertThat(view.canvas().positionOf("Finished").y()).as("placed by the layout made ahead").isPositive();
        assertThat(layouts.get()).as("no second layout").isEqualTo(before + 1);
    }
}
