package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A graph that opens zoomed far out makes its states' text, icons and ports only when they are first shown, and then
 * styled at once.
 */
@ExtendWith(ApplicationExtension.class)
class StateDetailOnDemandTest {

    private static final int STATES = 120;
    private DesignerView view;

    @Start
    void start(Stage stage) {
        String states = IntStream.range(0, STATES)
                .mapToObj(i -> "\"Step %d\": {\"Type\": \"Pass\", %s}".formatted(i,
                        i + 1 < STATES ? "\"Next\": \"Step " + (i + 1) + "\"" : "\"End\": true"))
                .collect(Collectors.joining(",\n"));
        String definition = "{\"StartAt\": \"Step 0\", \"States\": {\n" + states + "\n}}";
        view = DesignerStage.show(stage, WorkflowDocument.of(definition, JsonFormat.JSON), LightTheme.get(), 1000,
                700);
    }

    @Test
    void detailIsMadeWhenFirstShownNearTheViewAndStyledAtOnce(FxRobot robot) {
        GraphCanvas canvas = view.canvas();
        assertThat(canvas.getZoom()).isLessThan(GraphCanvas.FAR_ZOOM);
        assertThat(canvas.showsDetail()).isFalse();
        assertThat(canvas.lookupAll(".name")).isEmpty();
        assertThat(canvas.lookupAll(".port")).isEmpty();
        assertThat(canvas.lookupAll(".stripe")).hasSize(STATES);

        StateNode first = canvas.node("Step 0").orElseThrow();
        StateNode last = canvas.node("Step " + (STATES - 1)).orElseThrow();
        javafx.scene.paint.Paint[] portFill = new javafx.scene.paint.Paint[1];
        robot.interact(() -> {
            canvas.zoomTo(1, 0, 0);
            canvas.centerOn("Step 0");
            // Before the next pulse: what a frame drawn now would show.
            portFill[0] = ((Circle) first.lookup(".port")).getFill();
        });
        assertThat(portFill[0]).as("the theme's port colour, not the default black").isNotEqualTo(Color.BLACK);

        assertThat(canvas.showsDetail()).isTrue();
        Text name = (Text) first.lookup(".name");
        assertThat(name.getText()).isEqualTo("Step 0");
        assertThat(name.isVisible()).isTrue();
        assertThat(FontWeight.findByName(name.getFont().getStyle().split(" ")[0])).isEqualTo(FontWeight.BOLD);
        // Only the states near the view have theirs; a state far down the chain gets its own when it comes near.
        assertThat(canvas.lookupAll(".name").size()).isBetween(2, STATES / 2);
        assertThat(last.lookup(".name")).isNull();
        robot.interact(() -> canvas.centerOn(last.key()));
        assertThat(((Text) last.lookup(".name")).getText()).isEqualTo(last.key());

        // Zoomed out again they stay, hidden; zoomed in again, those in view show again.
        robot.interact(() -> canvas.zoomTo(GraphCanvas.FAR_ZOOM / 2, 0, 0));
        assertThat(first.lookup(".name")).isSameAs(name);
        assertThat(name.isVisible()).isFalse();
        robot.interact(() -> {
            canvas.zoomTo(1, 0, 0);
            canvas.centerOn("Step 0");
        });
        assertThat(name.isVisible()).isTrue();
    }

    @Test
    void zoomedFarOutAStateStillTellsItsNameOnHoverAndItsPortLaterToo(FxRobot robot) {
        GraphCanvas canvas = view.canvas();
        StateNode first = canvas.node("Step 0").orElseThrow();
        robot.moveTo(first);

        Object tooltip = first.getProperties().get(TOOLTIP);
        assertThat(tooltip).isInstanceOf(javafx.scene.control.Tooltip.class);
        assertThat(((javafx.scene.control.Tooltip) tooltip).getText()).startsWith("Step 0\nPass");

        robot.interact(() -> {
            canvas.zoomTo(1, 0, 0);
            canvas.centerOn("Step 0");
        });
        assertThat(first.lookup(".port").getProperties().get(TOOLTIP))
                .as("the port made after the hover has its tooltip").isNotNull();
    }

    /** Where {@link javafx.scene.control.Tooltip#install} keeps a node's tooltip. */
    private static final String TOOLTIP = "javafx.scene.control.Tooltip";
}
