package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Start and end markers sit at their states' boxes, follow them, and keep their shapes from one drawing to the next. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasMarkersTest {

    private static final String MACHINE = """
            {
              "StartAt": "Work",
              "States": {
                "Work": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    private WorkflowDocument document;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        document = WorkflowDocument.of(MACHINE, JsonFormat.JSON);
        canvas = new GraphCanvas(document, new CommandStack(), new Selection(), new LayoutService(Runnable::run));
        stage.setScene(new Scene(canvas, 800, 600));
        stage.show();
    }

    private List<Circle> circles(String styleClass) {
        return canvas.lookupAll("." + styleClass).stream().map(Circle.class::cast).toList();
    }

    private Bounds box(String key) {
        return canvas.node(key).orElseThrow().box();
    }

    @Test
    void markersSitAtTheirStatesAndFollowAMove(FxRobot robot) {
        Circle start = circles("start-marker").get(0);
        Circle ring = circles("end-marker").get(0);
        assertThat(circles("start-marker")).hasSize(1);
        assertThat(circles("end-marker")).hasSize(1);
        assertThat(start.getCenterX()).isEqualTo(box("Work").getCenterX());
        assertThat(start.getCenterY()).isLessThan(box("Work").getMinY());
        assertThat(ring.getCenterX()).isEqualTo(box("Done").getCenterX());
        assertThat(ring.getCenterY()).isGreaterThan(box("Done").getMaxY());

        robot.interact(() -> document.apply(document.getText(),
                Layout.of(Map.of("Done", new Layout.Point(400, 300)))));

        assertThat(box("Done").getMinX()).isEqualTo(400);
        assertThat(circles("end-marker")).containsExactly(ring);
        assertThat(ring.getCenterX()).isEqualTo(box("Done").getCenterX());
        assertThat(ring.getCenterY()).isEqualTo(box("Done").getMaxY() + 26);
        assertThat(circles("end-marker-core").get(0).getCenterY()).isEqualTo(ring.getCenterY());
    }

    @Test
    void aStateThatNoLongerEndsLosesItsMarkerAndANewEndGainsOne(FxRobot robot) {
        robot.interact(() -> document.apply(MACHINE
                .replace("\"Done\": {\"Type\": \"Succeed\"}",
                        "\"Done\": {\"Type\": \"Pass\", \"Next\": \"Last\"},\n    \"Last\": {\"Type\": \"Fail\"}"),
                document.getLayout()));

        assertThat(circles("end-marker")).hasSize(1);
        assertThat(circles("end-marker").get(0).getCenterX()).isEqualTo(box("Last").getCenterX());
        assertThat(canvas.lookupAll(".marker-line")).hasSize(2);
        List<Node> lines = List.copyOf(canvas.lookupAll(".marker-line"));
        assertThat(lines).doesNotHaveDuplicates();
    }
}
