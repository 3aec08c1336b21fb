package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.DarkTheme;
import java.util.List;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the dark theme the subtle accent is translucent: a selected state tints its usual dark background, so its
 * caption (in the type's colour) stays readable, rather than letting the bright selection ring show through.
 */
@ExtendWith(ApplicationExtension.class)
class SelectedStateDarkThemeTest {

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(StateIconTest.EVERY_TYPE, JsonFormat.JSON),
                DarkTheme.get(), 1200, 800);
    }

    @Test
    void aSelectedStateKeepsADarkBody(FxRobot robot) {
        // T is a Task; L a Parallel shown with its branch inside (a container's body is a fill of its own).
        for (String name : List.of("T", "L")) {
            StateNode node = view.canvas().node(name).orElseThrow();
            robot.interact(() -> view.viewModel().selection().select(name));
            robot.interact(() -> node.applyCss());

            List<BackgroundFill> fills = node.getBackground().getFills();
            Color ring = (Color) fills.get(0).getFill();
            Color body = (Color) fills.get(1).getFill();
            assertThat(body.getOpacity()).as(name + ": an opaque body under the tint").isEqualTo(1.0);
            assertThat(body.getBrightness()).as(name + ": dark, not the ring's blue").isLessThan(0.3);
            assertThat(ring.getBrightness()).isGreaterThan(body.getBrightness());
        }
    }
}
