package dev.stepwise.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.graph.NestedLayout;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class LayoutServiceTest {

    private static final NestedLayout.Metrics METRICS = new NestedLayout.Metrics(new GraphLayout.Size(180, 56), 60, 20,
            12, 16, 12);

    /** The order sample has no Parallel or Map: its one scope is the whole graph. */
    private static NestedGraph order() {
        return NestedGraph.of(WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON).getScopes(), Set.of());
    }

    @Test
    void placesEveryStateTopToBottomInTransitionOrder() throws Exception {
        Map<String, Layout.Point> positions = new LayoutService().layout(order(), METRICS).get(10, TimeUnit.SECONDS)
                .positions();

        assertThat(positions).containsKeys("Check", "Charge", "Failed", "Done", LayoutService.START_KEY);
        assertThat(positions.get(LayoutService.START_KEY).y()).isLessThan(positions.get("Check").y());
        assertThat(positions.get("Check").y()).isLessThan(positions.get("Charge").y());
        assertThat(positions.get("Charge").y()).isLessThan(positions.get("Done").y());
        assertThat(positions.get("Charge").y()).isLessThan(positions.get("Failed").y());
    }

    @Test
    void givesEveryShownTransitionElksRouteInTheOrderOfTheLinks() {
        GraphModel graph = order().flat();
        GraphLayout.Result elk = GraphLayout.compute(graph, 180, 56);

        AutoLayout layout = LayoutService.compute(order(), METRICS);

        List<List<Point2D>> expected = elk.routes().stream()
                .filter(route -> !route.edge().from().equals(LayoutService.START_KEY))
                .map(route -> route.points().stream().map(p -> new Point2D(p.x(), p.y())).toList())
                .toList();
        assertThat(layout.routes()).hasSize(LayoutShape.of(graph).links().size()).isEqualTo(expected);
        assertThat(layout.routes()).allSatisfy(route -> assertThat(route).hasSizeGreaterThanOrEqualTo(2));
        Layout.Point check = layout.positions().get("Check");
        Point2D firstFromCheck = layout.route(0).get(0);
        assertThat(graph.edges().get(0).from()).isEqualTo("Check");
        assertThat(firstFromCheck.getY()).isCloseTo(check.y() + 56, within(0.5));
    }

    @Test
    void runsOnTheExecutorItIsGiven() {
        assertThat(new LayoutService(Runnable::run).layout(order(), METRICS)).isDone();
    }
}
