package dev.stepwise.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.asl.model.StateType;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.GraphModel.Edge;
import dev.stepwise.engine.graph.GraphModel.EdgeKind;
import dev.stepwise.engine.graph.GraphModel.Node;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class LayoutShapeTest {

    private static final Map<String, Layout.Point> POSITIONS = Map.of(
            "A", new Layout.Point(10, 100), "B", new Layout.Point(10, 200), "C", new Layout.Point(300, 200),
            LayoutService.START_KEY, new Layout.Point(90, 40));
    /** A to B straight down, A to C with one bend. */
    private static final List<List<Point2D>> ROUTES = List.of(
            List.of(new Point2D(100, 156), new Point2D(100, 200)),
            List.of(new Point2D(120, 156), new Point2D(390, 180), new Point2D(390, 200)));
    private static final AutoLayout LAID_OUT = new AutoLayout(POSITIONS, ROUTES);

    private static GraphModel graph(String a, String b, String c, String caption, Edge... extra) {
        List<Edge> edges = new java.util.ArrayList<>(List.of(new Edge(a, b, EdgeKind.NEXT, ""),
                new Edge(a, c, EdgeKind.CATCH, "States.ALL")));
        edges.addAll(List.of(extra));
        return new GraphModel(List.of(new Node(a, StateType.TASK, caption, false, 0),
                new Node(b, StateType.SUCCEED, "Succeed", true, 0),
                new Node(c, StateType.FAIL, "Fail", true, 0)), edges, a);
    }

    @Test
    void aRenamedStateKeepsThePlaceOfTheStateItWas() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = graph("A", "Done", "C", "Lambda");

        assertThat(LayoutShape.carryOver(before, after, LAID_OUT)).hasValue(new AutoLayout(Map.of(
                "A", new Layout.Point(10, 100), "Done", new Layout.Point(10, 200), "C", new Layout.Point(300, 200),
                LayoutService.START_KEY, new Layout.Point(90, 40)), ROUTES));
    }

    @Test
    void captionsAndLabelsDoNotChangeTheShape() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = graph("A", "B", "C", "SNS · Publish");

        assertThat(LayoutShape.of(after)).isEqualTo(LayoutShape.of(before));
        assertThat(LayoutShape.carryOver(before, after, LAID_OUT)).hasValue(LAID_OUT);
    }

    @Test
    void aNewTransitionNeedsANewLayout() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = graph("A", "B", "C", "Lambda", new Edge("C", "B", EdgeKind.NEXT, ""));

        assertThat(LayoutShape.carryOver(before, after, LAID_OUT)).isEmpty();
    }

    @Test
    void transitionsToMissingStatesDoNotCount() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = graph("A", "B", "C", "Lambda", new Edge("C", "Nowhere", EdgeKind.NEXT, ""));

        assertThat(LayoutShape.of(after)).isEqualTo(LayoutShape.of(before));
    }

    @Test
    void anotherStartNeedsANewLayout() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = new GraphModel(before.nodes(), before.edges(), "B");

        assertThat(LayoutShape.carryOver(before, after, LAID_OUT)).isEmpty();
    }

    @Test
    void nothingIsCarriedWithoutAPlaceForEveryState() {
        GraphModel before = graph("A", "B", "C", "Lambda");

        assertThat(LayoutShape.carryOver(before, graph("A", "X", "C", "Lambda"),
                new AutoLayout(Map.of("A", new Layout.Point(1, 2)), ROUTES))).isEmpty();
        assertThat(LayoutShape.carryOver(GraphModel.EMPTY, GraphModel.EMPTY, AutoLayout.EMPTY)).isEmpty();
    }

    @Test
    void whileANewLayoutIsPendingKeptTransitionsKeepTheirRoutesAndNewOnesHaveNone() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = new GraphModel(before.nodes(), List.of(new Edge("C", "B", EdgeKind.NEXT, ""),
                new Edge("A", "C", EdgeKind.CATCH, "States.ALL"), new Edge("A", "B", EdgeKind.NEXT, "")), "A");

        assertThat(LayoutShape.routesKept(before, after, LAID_OUT))
                .containsExactly(List.of(), ROUTES.get(1), ROUTES.get(0));
    }

    @Test
    void aTransitionWithAnotherLabelIsNotTheSameTransition() {
        GraphModel before = graph("A", "B", "C", "Lambda");
        GraphModel after = graph("A", "B", "C", "Lambda", new Edge("C", "B", EdgeKind.NEXT, ""));
        GraphModel relabelled = new GraphModel(after.nodes(), List.of(after.edges().get(0),
                new Edge("A", "C", EdgeKind.CATCH, "States.Timeout"), after.edges().get(2)), "A");

        assertThat(LayoutShape.routesKept(before, relabelled, LAID_OUT))
                .containsExactly(ROUTES.get(0), List.of(), List.of());
    }
}
