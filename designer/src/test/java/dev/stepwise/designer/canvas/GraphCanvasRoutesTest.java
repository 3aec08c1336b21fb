package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.designer.canvas.dnd.StateTemplate;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.editor.DesignerView;
import dev.stepwise.designer.palette.PaletteViewModel;
import dev.stepwise.designer.testsupport.DesignerStage;
import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.json.JsonFormat;
import dev.stepwise.themes.LightTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas draws ELK's edge routes while states sit where the layout put them, straight lines once moved. */
@ExtendWith(ApplicationExtension.class)
class GraphCanvasRoutesTest {

    /** A diamond: two rules and a Default that skips two layers, so ELK bends some edges. */
    private static final String DIAMOND = """
            {
              "StartAt": "Check",
              "States": {
                "Check": {"Type": "Choice",
                  "Choices": [
                    {"Variable": "$.kind", "StringEquals": "a", "Next": "Left"},
                    {"Variable": "$.kind", "StringEquals": "b", "Next": "Right"}
                  ],
                  "Default": "Done"},
                "Left": {"Type": "Pass", "Next": "Join"},
                "Right": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Join",
                          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}]},
                "Join": {"Type": "Pass", "Next": "Done"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    private DesignerView view;

    @Start
    void start(Stage stage) {
        view = DesignerStage.show(stage, WorkflowDocument.of(DIAMOND, JsonFormat.JSON), LightTheme.get(), 1250, 760);
    }

    private GraphCanvas canvas() {
        return view.canvas();
    }

    private TransitionEdge edge(String from, String to) {
        return canvas().edges().stream().filter(e -> e.model().from().equals(from) && e.model().to().equals(to))
                .findFirst().orElseThrow();
    }

    /** ELK's routes for the canvas's graph, in canvas coordinates, in the order of the canvas's edges. */
    private List<List<Point2D>> elkRoutes() {
        GraphModel graph = canvas().graph();
        GraphLayout.Result elk = GraphLayout.compute(graph, StateNode.WIDTH, StateNode.HEIGHT);
        GraphLayout.Point check = elk.positions().get("Check");
        double dx = canvas().node("Check").orElseThrow().getLayoutX() - check.x();
        double dy = canvas().node("Check").orElseThrow().getLayoutY() - check.y();
        return elk.routes().stream()
                .filter(route -> !route.edge().from().equals(GraphLayout.START_KEY))
                .map(route -> route.points().stream().map(p -> new Point2D(p.x() + dx, p.y() + dy)).toList())
                .toList();
    }

    private List<List<Point2D>> drawnRoutes() {
        return canvas().edges().stream().map(edge -> edge.path().points()).toList();
    }

    /** The points of the shape in the scene that draws the edge's line (found by its style class). */
    private static List<Point2D> drawnPoints(TransitionEdge edge) {
        Node shape = edge.lookup(".edge-line");
        if (shape instanceof Line line) {
            return List.of(new Point2D(line.getStartX(), line.getStartY()), new Point2D(line.getEndX(), line.getEndY()));
        }
        List<Double> xy = ((Polyline) shape).getPoints();
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i < xy.size(); i += 2) {
            points.add(new Point2D(xy.get(i), xy.get(i + 1)));
        }
        return points;
    }

    private static Bounds box(StateNode node) {
        return new BoundingBox(node.getLayoutX(), node.getLayoutY(), StateNode.WIDTH, StateNode.HEIGHT);
    }

    private static boolean onBorder(Point2D point, Bounds box) {
        double e = 0.5;
        boolean inside = point.getX() >= box.getMinX() - e && point.getX() <= box.getMaxX() + e
                && point.getY() >= box.getMinY() - e && point.getY() <= box.getMaxY() + e;
        return inside && (Math.abs(point.getX() - box.getMinX()) <= e || Math.abs(point.getX() - box.getMaxX()) <= e
                || Math.abs(point.getY() - box.getMinY()) <= e || Math.abs(point.getY() - box.getMaxY()) <= e);
    }

    /** The drawn edge that bends, and a point on it far from the straight line between its ends. */
    private TransitionEdge bentEdge() {
        return canvas().edges().stream().filter(edge -> edge.path().points().size() > 2)
                .filter(edge -> offChord(edge) != null).findFirst().orElseThrow();
    }

    private static Point2D offChord(TransitionEdge edge) {
        EdgePath chord = EdgePath.straight(edge.start(), edge.end());
        return edge.path().points().stream().filter(point -> chord.distanceTo(point) > 30).findFirst().orElse(null);
    }

    @Test
    void everyEdgeOfTheLaidOutDiamondFollowsElksRoute() {
        assertThat(canvas().edges()).hasSize(7).allMatch(TransitionEdge::isRouted);
        assertThat(drawnRoutes()).isEqualTo(elkRoutes());
        assertThat(drawnRoutes()).anyMatch(route -> route.size() > 2);
        for (TransitionEdge edge : canvas().edges()) {
            assertThat(drawnPoints(edge)).as(edge.model().toString()).isEqualTo(edge.path().points());
        }
        TransitionEdge fallback = edge("Check", "Done");
        assertThat(fallback.arrow().getPoints().subList(0, 2))
                .containsExactly(fallback.end().getX(), fallback.end().getY());
    }

    @Test
    void labelsSitOnTheirRouteClearOfEveryState() {
        for (TransitionEdge edge : canvas().edges()) {
            Optional<Label> label = edge.label();
            if (label.isEmpty()) {
                continue;
            }
            assertThat(edge.path().distanceTo(edge.labelCentre())).as(edge.model().toString()).isLessThan(0.5);
            Bounds drawn = label.get().getBoundsInParent();
            assertThat(drawn.getWidth()).isPositive();
            assertThat(drawn.getCenterX()).isCloseTo(edge.labelCentre().getX(), within(0.5));
            for (StateNode node : canvas().nodes()) {
                assertThat(drawn.intersects(box(node))).as("%s label over %s", edge.model(), node.name()).isFalse();
            }
        }
    }

    @Test
    void edgesOfAMovedStateRunStraightToItsNewBorderAndReLayoutBringsTheRoutesBack(FxRobot robot) {
        List<List<Point2D>> routed = drawnRoutes();
        StateNode right = canvas().node("Right").orElseThrow();

        robot.drag(right, MouseButton.PRIMARY).moveBy(260, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.viewModel().document().getLayout().position("Right")).isPresent();
        Bounds moved = box(right);
        List<TransitionEdge> edges = canvas().edges();
        for (int i = 0; i < edges.size(); i++) {
            TransitionEdge edge = edges.get(i);
            boolean touches = edge.model().from().equals("Right") || edge.model().to().equals("Right");
            if (touches) {
                assertThat(edge.isRouted()).as(edge.model().toString()).isFalse();
                assertThat(edge.path().points()).hasSize(2);
                assertThat(drawnPoints(edge)).isEqualTo(edge.path().points());
                StateNode from = canvas().node(edge.model().from()).orElseThrow();
                StateNode to = canvas().node(edge.model().to()).orElseThrow();
                assertThat(onBorder(edge.start(), box(from))).as("%s starts on its border", edge.model()).isTrue();
                assertThat(onBorder(edge.end(), box(to))).as("%s ends on its border", edge.model()).isTrue();
                Point2D onRight = edge.model().from().equals("Right") ? edge.start() : edge.end();
                assertThat(onBorder(onRight, moved)).isTrue();
            } else {
                assertThat(edge.isRouted()).as(edge.model().toString()).isTrue();
                assertThat(edge.path().points()).isEqualTo(routed.get(i));
            }
        }

        robot.clickOn("#designer-relayout");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.viewModel().document().getLayout().isEmpty()).isTrue();
        assertThat(canvas().edges()).allMatch(TransitionEdge::isRouted);
        assertThat(drawnRoutes()).isEqualTo(routed);
        assertThat(canvas().edges()).allMatch(edge -> drawnPoints(edge).equals(edge.path().points()));
    }

    @Test
    void aStateThatCatchesToItselfGetsTheCanvasLoopBesideItsBox(FxRobot robot) {
        WorkflowDocument document = view.viewModel().document();
        robot.interact(() -> document.apply(document.getText().replace("\"Next\": \"Done\"}]", "\"Next\": \"Right\"}]"),
                document.getLayout()));

        TransitionEdge loop = edge("Right", "Right");
        Bounds right = box(canvas().node("Right").orElseThrow());

        assertThat(loop.isRouted()).isFalse();
        assertThat(loop.end().getX()).isEqualTo(right.getMaxX());
        assertThat(loop.start().getX()).isGreaterThan(right.getMaxX() + 20);
        assertThat(canvas().edges()).filteredOn(edge -> edge != loop).allMatch(TransitionEdge::isRouted);
    }

    @Test
    void aDropOnTheBentPartOfAnEdgeInsertsIntoThatEdge(FxRobot robot) {
        TransitionEdge bent = bentEdge();
        Point2D onBend = offChord(bent);
        Point2D onChord = bent.start().midpoint(bent.end());
        GraphModel.Edge model = bent.model();

        assertThat(canvas().edgeAt(onBend, 10)).containsSame(bent);
        assertThat(canvas().edgeAt(onChord, 10)).isNotEqualTo(Optional.of(bent));

        StateTemplate task = new PaletteViewModel().item("task").template();
        Optional<String> added = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.dropTarget().drop(task, onBend));

        assertThat(added).contains("Task");
        assertThat(canvas().edges()).anyMatch(e -> e.model().from().equals(model.from()) && e.model().to().equals("Task"));
        assertThat(canvas().edges()).anyMatch(e -> e.model().from().equals("Task") && e.model().to().equals(model.to()));
    }
}
