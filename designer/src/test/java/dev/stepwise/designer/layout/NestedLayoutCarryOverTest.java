package dev.stepwise.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.NestedLayout;
import java.util.List;
import java.util.Set;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class NestedLayoutCarryOverTest {

    private static final NestedLayout.Metrics METRICS = GraphCanvas.METRICS;
    private static final String B0 = "/States/P/Branches/0";
    private static final String B1 = "/States/P/Branches/1";

    /** P with two branches (Fetch to Save; Check), then Done. */
    private static final String PIPELINE = """
            {
              "StartAt": "P",
              "States": {
                "P": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Fetch", "States": {
                        "Fetch": { "Type": "Pass", "Next": "Save" }, "Save": { "Type": "Succeed" } } },
                    { "StartAt": "Check", "States": { "Check": { "Type": "Pass", "End": true } } }
                  ],
                  "Next": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """;

    private static NestedGraph graph(String text) {
        return NestedGraph.of(NestedGraphTest.scopes(text), Set.of());
    }

    @Test
    void renamingAStateInABranchCarriesTheLayoutOver() {
        NestedGraph before = graph(PIPELINE);
        NestedGraph after = graph(PIPELINE.replace("\"Save\"", "\"Store\""));
        AutoLayout laidOut = LayoutService.compute(before, METRICS);

        AutoLayout carried = LayoutShape.carryOver(before, after, laidOut).orElseThrow();

        assertThat(carried.positions()).containsOnlyKeys("P", "Done", B0 + "#Fetch", B0 + "#Store", B1 + "#Check",
                LayoutService.START_KEY);
        assertThat(carried.positions().get(B0 + "#Store")).isEqualTo(laidOut.positions().get(B0 + "#Save"));
        assertThat(carried.positions().get(B0 + "#Fetch")).isEqualTo(laidOut.positions().get(B0 + "#Fetch"));
        assertThat(carried.positions().get(LayoutService.START_KEY))
                .isEqualTo(laidOut.positions().get(LayoutService.START_KEY));
        assertThat(carried.sizes()).isEqualTo(laidOut.sizes()).containsKey("P");
        assertThat(carried.routes()).isEqualTo(laidOut.routes());
        assertThat(carried.frames()).isEqualTo(laidOut.frames());
    }

    @Test
    void renamingTheContainerRekeysItsSizeAndEveryStateInside() {
        NestedGraph before = graph(PIPELINE);
        NestedGraph after = graph(PIPELINE.replace("\"P\"", "\"Q\""));
        AutoLayout laidOut = LayoutService.compute(before, METRICS);

        AutoLayout carried = LayoutShape.carryOver(before, after, laidOut).orElseThrow();

        assertThat(carried.sizes()).containsOnlyKeys("Q");
        assertThat(carried.sizes().get("Q")).isEqualTo(laidOut.sizes().get("P"));
        assertThat(carried.positions().get("Q")).isEqualTo(laidOut.positions().get("P"));
        assertThat(carried.positions().get("/States/Q/Branches/1#Check"))
                .isEqualTo(laidOut.positions().get(B1 + "#Check"));
        assertThat(carried.positions()).doesNotContainKeys("P", B0 + "#Fetch");
    }

    @Test
    void movingAStateToAnotherBranchIsNotTheSameLayout() {
        // No transitions inside the branches: B moves from branch 0 to branch 1 and the flat graph keeps its shape.
        String before = """
                { "StartAt": "P", "States": { "P": { "Type": "Parallel", "End": true, "Branches": [
                  { "StartAt": "A", "States": { "A": { "Type": "Succeed" }, "B": { "Type": "Succeed" } } },
                  { "StartAt": "C", "States": { "C": { "Type": "Succeed" } } } ] } } }
                """;
        String after = """
                { "StartAt": "P", "States": { "P": { "Type": "Parallel", "End": true, "Branches": [
                  { "StartAt": "A", "States": { "A": { "Type": "Succeed" } } },
                  { "StartAt": "C", "States": { "B": { "Type": "Succeed" }, "C": { "Type": "Succeed" } } } ] } } }
                """;
        NestedGraph was = graph(before);
        NestedGraph is = graph(after);
        AutoLayout laidOut = LayoutService.compute(was, METRICS);

        assertThat(LayoutShape.of(is.flat())).isEqualTo(LayoutShape.of(was.flat()));
        assertThat(LayoutShape.carryOver(was.flat(), is.flat(), laidOut)).isPresent();
        assertThat(LayoutShape.carryOver(was, is, laidOut)).isEmpty();
    }

    @Test
    void collapsingAContainerIsNotTheSameLayout() {
        NestedGraph expanded = graph(PIPELINE);
        NestedGraph collapsed = NestedGraph.of(NestedGraphTest.scopes(PIPELINE), Set.of("P"));

        assertThat(LayoutShape.carryOver(expanded, collapsed, LayoutService.compute(expanded, METRICS))).isEmpty();
    }

    @Test
    void everyStateIsPlacedInsideItsContainer() {
        NestedGraph graph = NestedGraph.of(NestedGraphTest.scopes(NestedGraphTest.DEFINITION), Set.of());

        AutoLayout layout = LayoutService.compute(graph, METRICS);

        Dimension2D plain = new Dimension2D(METRICS.node().width(), METRICS.node().height());
        assertThat(layout.sizes()).containsOnlyKeys("P", "M", NestedGraphTest.B1 + "#C");
        assertThat(layout.frames()).extracting(AutoLayout.Frame::scope).containsExactly(1, 2, 3, 4);
        for (NestedGraph.Entry entry : graph.entries()) {
            Layout.Point at = layout.positions().get(entry.key());
            assertThat(at).as(entry.key()).isNotNull();
            if (entry.container() == null) {
                continue;
            }
            Dimension2D size = layout.sizes().getOrDefault(entry.key(), plain);
            Layout.Point corner = layout.positions().get(entry.container());
            Dimension2D box = layout.sizes().get(entry.container());
            assertThat(box).as("size of " + entry.container()).isNotNull();
            assertThat(at.x()).as(entry.key()).isGreaterThanOrEqualTo(corner.x());
            assertThat(at.y()).as(entry.key()).isGreaterThanOrEqualTo(corner.y() + METRICS.header());
            assertThat(at.x() + size.getWidth()).as(entry.key()).isLessThanOrEqualTo(corner.x() + box.getWidth());
            assertThat(at.y() + size.getHeight()).as(entry.key()).isLessThanOrEqualTo(corner.y() + box.getHeight());
        }
        // The nested Map is inside P, so the state inside it is inside P too.
        Layout.Point d = layout.positions().get(NestedGraphTest.C_PROCESSOR + "#D");
        Layout.Point p = layout.positions().get("P");
        assertThat(d.y()).isGreaterThan(p.y() + 2 * METRICS.header());
    }

    @Test
    void oneRoutePerLinkedFlatEdgeInFlatOrder() {
        NestedGraph graph = NestedGraph.of(NestedGraphTest.scopes(NestedGraphTest.DEFINITION), Set.of());

        AutoLayout layout = LayoutService.compute(graph, METRICS);

        List<GraphModel.Edge> edges = graph.flat().edges();
        assertThat(layout.routes()).hasSize(LayoutShape.of(graph.flat()).links().size()).hasSize(edges.size());
        Dimension2D plain = new Dimension2D(METRICS.node().width(), METRICS.node().height());
        for (int i = 0; i < edges.size(); i++) {
            List<Point2D> route = layout.route(i);
            GraphModel.Edge edge = edges.get(i);
            assertThat(route).as("route of " + edge).hasSizeGreaterThanOrEqualTo(2);
            assertOnBox(route.get(0), layout.positions().get(edge.from()),
                    layout.sizes().getOrDefault(edge.from(), plain), edge + " starts at its source");
            assertOnBox(route.get(route.size() - 1), layout.positions().get(edge.to()),
                    layout.sizes().getOrDefault(edge.to(), plain), edge + " ends at its target");
        }
    }

    @Test
    void aTransitionToNoStateHasNoRoute() {
        String text = PIPELINE.replace("\"Next\": \"Save\"", "\"Next\": \"Nowhere\"");
        NestedGraph graph = graph(text);

        AutoLayout layout = LayoutService.compute(graph, METRICS);

        assertThat(graph.flat().edges()).hasSize(2);
        assertThat(layout.routes()).hasSize(1);
        assertOnBox(layout.route(0).get(0), layout.positions().get("P"), layout.sizes().get("P"), "P to Done");
    }

    /** The point lies on (or within a unit of) the border of the box at {@code corner}. */
    private static void assertOnBox(Point2D point, Layout.Point corner, Dimension2D size, String what) {
        double tolerance = 1;
        assertThat(point.getX()).as(what).isBetween(corner.x() - tolerance, corner.x() + size.getWidth() + tolerance);
        assertThat(point.getY()).as(what).isBetween(corner.y() - tolerance, corner.y() + size.getHeight() + tolerance);
        boolean onBorder = Math.abs(point.getX() - corner.x()) <= tolerance
                || Math.abs(point.getX() - corner.x() - size.getWidth()) <= tolerance
                || Math.abs(point.getY() - corner.y()) <= tolerance
                || Math.abs(point.getY() - corner.y() - size.getHeight()) <= tolerance;
        assertThat(onBorder).as(what + ": " + point + " on the border of " + corner + " " + size).isTrue();
    }

    @Test
    void theStartMarkerIsTheTopLevels() {
        NestedGraph graph = graph(PIPELINE);

        AutoLayout layout = LayoutService.compute(graph, METRICS);

        Layout.Point start = layout.positions().get(LayoutService.START_KEY);
        assertThat(start).isNotNull();
        assertThat(start.y()).isLessThan(layout.positions().get("P").y());
        assertThat(layout.positions().get("P").x() + layout.sizes().get("P").getWidth() / 2)
                .isCloseTo(start.x() + LayoutService.START_SIZE / 2, within(METRICS.node().width()));
    }
}
