package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.canvas.selection.Selection;
import dev.stepwise.designer.command.CommandStack;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A text edit rebuilds only the views of states and transitions it changed. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasRebuildTest {

    private static final String MACHINE = """
            {
              "StartAt": "Charge",
              "States": {
                "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship",
                           "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}]},
                "Ship": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"},
                "Failed": {"Type": "Fail"}
              }
            }
            """;

    private final AtomicInteger layouts = new AtomicInteger();
    private WorkflowDocument document;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        document = WorkflowDocument.of(MACHINE, JsonFormat.JSON);
        LayoutService counting = new LayoutService(task -> {
            layouts.incrementAndGet();
            task.run();
        });
        canvas = new GraphCanvas(document, new CommandStack(), new Selection(), counting);
        stage.setScene(new Scene(canvas, 800, 600));
        stage.show();
    }

    private void edit(String from, String to) {
        document.apply(document.getText().replace(from, to), document.getLayout());
    }

    @Test
    void aRenameKeepsTheOtherViewsAndThePlaceWithoutLayingOutAgain(FxRobot robot) {
        StateNode charge = canvas.node("Charge").orElseThrow();
        StateNode done = canvas.node("Done").orElseThrow();
        Layout.Point shipAt = canvas.positionOf("Ship");
        TransitionEdge caught = edgeTo("Failed");
        int before = layouts.get();

        robot.interact(() -> edit("Ship", "Dispatch"));

        assertThat(canvas.node("Charge")).containsSame(charge);
        assertThat(canvas.node("Done")).containsSame(done);
        assertThat(edgeTo("Failed")).isSameAs(caught);
        assertThat(canvas.node("Ship")).isEmpty();
        assertThat(canvas.node("Dispatch").orElseThrow().getLayoutY()).isEqualTo(shipAt.y());
        assertThat(canvas.positionOf("Dispatch")).isEqualTo(shipAt);
        assertThat(layouts.get()).isEqualTo(before);
        assertThat(canvas.nodeLayer().getChildren()).containsExactlyElementsOf(canvas.nodes());
        assertThat(canvas.nodes()).extracting(StateNode::name).containsExactly("Charge", "Dispatch", "Done", "Failed");
    }

    @Test
    void aChangedStateGetsANewViewInItsPlace(FxRobot robot) {
        StateNode charge = canvas.node("Charge").orElseThrow();
        StateNode ship = canvas.node("Ship").orElseThrow();
        int before = layouts.get();

        robot.interact(() -> edit("lambda:invoke", "sns:publish"));

        assertThat(canvas.node("Charge").orElseThrow()).isNotSameAs(charge);
        assertThat(canvas.node("Charge").orElseThrow().model().caption()).startsWith("SNS");
        assertThat(canvas.node("Ship")).containsSame(ship);
        assertThat(canvas.nodeLayer().getChildren()).containsExactlyElementsOf(canvas.nodes());
        assertThat(layouts.get()).isEqualTo(before);
    }

    @Test
    void aNewTransitionIsLaidOutAgain(FxRobot robot) {
        StateNode ship = canvas.node("Ship").orElseThrow();
        TransitionEdge caught = edgeTo("Failed");
        int before = layouts.get();

        robot.interact(() -> edit("\"Type\": \"Pass\", \"Next\": \"Done\"", "\"Type\": \"Pass\", \"Next\": \"Failed\""));

        assertThat(canvas.node("Ship")).containsSame(ship);
        assertThat(canvas.edges()).extracting(edge -> edge.model().from() + ">" + edge.model().to())
                .containsExactly("Charge>Ship", "Charge>Failed", "Ship>Failed");
        assertThat(canvas.edges().get(1)).isSameAs(caught);
        assertThat(layouts.get()).isEqualTo(before + 1);
    }

    private TransitionEdge edgeTo(String target) {
        List<TransitionEdge> edges = canvas.edges().stream().filter(e -> e.model().to().equals(target)).toList();
        assertThat(edges).hasSize(1);
        return edges.get(0);
    }
}
