package dev.stepwise.engine.graph;

import dev.stepwise.engine.testsupport.Samples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    @Test
    void placesEveryStateTopToBottomInTransitionOrder() throws Exception {
        GraphLayout.Result layout = GraphLayout.compute(
                GraphModel.of(AslParser.parse(Samples.ORDER, JsonFormat.JSON)), 180, 56);

        Map<String, GraphLayout.Point> positions = layout.positions();
        assertThat(positions).containsKeys("Check", "Charge", "Failed", "Done", GraphLayout.START_KEY);
        assertThat(positions.get(GraphLayout.START_KEY).y()).isLessThan(positions.get("Check").y());
        assertThat(positions.get("Check").y()).isLessThan(positions.get("Charge").y());
        assertThat(positions.get("Charge").y()).isLessThan(positions.get("Done").y());
        assertThat(layout.width()).isGreaterThan(180);
    }

    @Test
    void routesEveryEdgeFromItsSourceToItsTarget() throws Exception {
        GraphLayout.Result layout = GraphLayout.compute(
                GraphModel.of(AslParser.parse(Samples.ORDER, JsonFormat.JSON)), 180, 56);

        // four transitions and the edge from the start marker
        assertThat(layout.routes()).hasSize(5);
        for (GraphLayout.Route route : layout.routes()) {
            assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
            GraphLayout.Point target = layout.positions().get(route.edge().to());
            GraphLayout.Point end = route.points().get(route.points().size() - 1);
            assertThat(end.y()).isBetween(target.y() - 1, target.y() + 57);
        }
    }
}
