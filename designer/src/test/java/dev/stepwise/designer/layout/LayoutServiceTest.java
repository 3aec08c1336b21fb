package dev.stepwise.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.graph.GraphModel;
import dev.stepwise.engine.testsupport.Samples;
import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.engine.json.JsonFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LayoutServiceTest {

    @Test
    void placesEveryStateTopToBottomInTransitionOrder() throws Exception {
        GraphModel graph = GraphModel.of(WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON).getMachine());

        Map<String, Layout.Point> positions = new LayoutService().layout(graph, 180, 56).get(10, TimeUnit.SECONDS);

        assertThat(positions).containsKeys("Check", "Charge", "Failed", "Done", LayoutService.START_KEY);
        assertThat(positions.get(LayoutService.START_KEY).y()).isLessThan(positions.get("Check").y());
        assertThat(positions.get("Check").y()).isLessThan(positions.get("Charge").y());
        assertThat(positions.get("Charge").y()).isLessThan(positions.get("Done").y());
        assertThat(positions.get("Charge").y()).isLessThan(positions.get("Failed").y());
    }

    @Test
    void runsOnTheExecutorItIsGiven() {
        GraphModel graph = GraphModel.of(WorkflowDocument.of(Samples.ORDER, JsonFormat.JSON).getMachine());
        assertThat(new LayoutService(Runnable::run).layout(graph, 180, 56)).isDone();
    }
}
