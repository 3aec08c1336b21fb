package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.engine.json.JsonFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** While ELK works on a changed graph, the transitions it kept keep their routes and new ones run straight. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasPendingRoutesTest {

    private static final String MACHINE = """
            {
              "StartAt": "Check",
              "States": {
                "Check": {"Type": "Choice",
                  "Choices": [{"Variable": "$.go", "BooleanEquals": true, "Next": "Work"}],
                  "Default": "Done"},
                "Work": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    /** Layout jobs wait here until the test runs them. */
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private WorkflowDocument document;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        document = WorkflowDocument.of(MACHINE, JsonFormat.JSON);
        canvas = new GraphCanvas(document, new CommandStack(), new Selection(), new LayoutService(pending::add));
        stage.setScene(new Scene(canvas, 800, 600));
        stage.show();
    }

    private void runLayouts(FxRobot robot) {
        robot.interact(() -> {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        });
    }

    private TransitionEdge edge(String from, String to) {
        return canvas.edges().stream().filter(e -> e.model().from().equals(from) && e.model().to().equals(to))
                .findFirst().orElseThrow();
    }

    @Test
    void keptTransitionsKeepTheirRoutesUntilTheNewLayoutArrives(FxRobot robot) {
        runLayouts(robot);
        assertThat(canvas.edges()).allMatch(TransitionEdge::isRouted);
        EdgePath checkToWork = edge("Check", "Work").path();

        robot.interact(() -> document.apply(document.getText()
                .replace("\"Work\": {\"Type\": \"Pass\", \"Next\": \"Done\"}",
                        "\"Work\": {\"Type\": \"Pass\", \"Next\": \"Audit\"},\n"
                                + "    \"Audit\": {\"Type\": \"Pass\", \"Next\": \"Done\"}"), document.getLayout()));

        assertThat(pending).isNotEmpty();
        assertThat(edge("Check", "Work").isRouted()).isTrue();
        assertThat(edge("Check", "Work").path()).isEqualTo(checkToWork);
        assertThat(edge("Check", "Done").isRouted()).isTrue();
        assertThat(edge("Work", "Audit").isRouted()).isFalse();
        assertThat(edge("Audit", "Done").isRouted()).isFalse();

        runLayouts(robot);

        assertThat(canvas.edges()).hasSize(4).allMatch(TransitionEdge::isRouted);
        StateNode audit = canvas.node("Audit").orElseThrow();
        assertThat(edge("Work", "Audit").end().getY()).isEqualTo(audit.getLayoutY());
    }

    @Test
    void aStateRenamedInTheTextKeepsItsPlaceUntilTheNewLayoutArrives(FxRobot robot) {
        runLayouts(robot);
        Layout.Point work = canvas.positionOf("Work");
        assertThat(work.y()).isPositive();

        // Only the key: the transition to it from Check now names nothing, so the graph changes shape.
        robot.interact(() -> document.apply(document.getText().replace("\"Work\": {", "\"Labour\": {"),
                document.getLayout()));

        assertThat(pending).as("a new layout is on its way").isNotEmpty();
        assertThat(canvas.node("Labour")).isPresent();
        assertThat(canvas.positionOf("Labour")).isEqualTo(work);
        assertThat(canvas.node("Labour").orElseThrow().getLayoutY()).isEqualTo(work.y());
        assertThat(canvas.positionOf("Done")).as("the others stay too").isNotEqualTo(new Layout.Point(0, 0));
    }
}
