package dev.stepwise.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.document.WorkflowDocument;
import dev.stepwise.designer.layout.AutoLayout;
import dev.stepwise.designer.layout.NestedGraph;
import dev.stepwise.engine.graph.GraphScope;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import org.junit.jupiter.api.Test;

/** Where states and frames are drawn: top-level places as they are, contained ones relative to their container. */
class PlacementTest {

    /** A Map M (its processor: Inner) after a top-level Start. */
    private static final String DEFINITION = """
            {"StartAt": "Start", "States": {
              "Start": {"Type": "Pass", "Next": "M"},
              "M": {"Type": "Map", "ItemProcessor": {"StartAt": "Inner",
                "States": {"Inner": {"Type": "Pass", "End": true}}}, "End": true}}}
            """;
    private static final String PROCESSOR = "/States/M/ItemProcessor";
    private static final String INNER = Layout.key(PROCESSOR, "Inner");
    private static final Dimension2D BOX = new Dimension2D(100, 40);
    private static final double LABEL = 16;

    /** M laid out at (200, 100); its processor's frame at (210, 150) 200 x 150; Inner at (250, 180). */
    private static final AutoLayout AUTOMATIC = new AutoLayout(
            Map.of("Start", new Layout.Point(200, 0), "M", new Layout.Point(200, 100), INNER,
                    new Layout.Point(250, 180)),
            List.of(), Map.of("M", new Dimension2D(220, 220)), List.of(new AutoLayout.Frame(1, 210, 150, 200, 150)));

    private static Placement placement(Layout manual) {
        List<GraphScope> scopes = GraphScope.of(WorkflowDocument.of(DEFINITION, JsonFormat.JSON).getMachine());
        return new Placement(NestedGraph.of(scopes, Set.of()), AUTOMATIC, manual, key -> BOX, LABEL);
    }

    @Test
    void statesWithoutAManualPlaceAreWhereTheLayoutPutThem() {
        Placement placement = placement(Layout.EMPTY);

        assertThat(placement.positionOf("Start")).isEqualTo(new Layout.Point(200, 0));
        assertThat(placement.positionOf(INNER)).isEqualTo(new Layout.Point(250, 180));
        assertThat(placement.cornerOf(PROCESSOR)).isEqualTo(new Layout.Point(200, 100));
        assertThat(placement.cornerOf("")).isEqualTo(new Layout.Point(0, 0));
    }

    @Test
    void aContainedStateMovesWithItsContainer() {
        Placement placement = placement(Layout.of(Map.of("M", new Layout.Point(500, 400))));

        assertThat(placement.positionOf("M")).isEqualTo(new Layout.Point(500, 400));
        // Inner is 50 right and 80 below M's corner, wherever M is.
        assertThat(placement.positionOf(INNER)).isEqualTo(new Layout.Point(550, 480));
        assertThat(placement.cornerOf(PROCESSOR)).isEqualTo(new Layout.Point(500, 400));
        Bounds frame = placement.frameBounds(AUTOMATIC.frames().get(0), "M", new Layout.Point(500, 400));
        assertThat(frame.getMinX()).isEqualTo(510);
        assertThat(frame.getMinY()).isEqualTo(450);
        assertThat(frame.getWidth()).isEqualTo(200);
    }

    @Test
    void aManualPlaceInsideAContainerIsRelativeAndHeldInsideTheBranch() {
        // Kept 30 right and 70 below M's corner: inside the frame (x 10..210, y 50+16..200 relative to the corner).
        Placement placement = placement(Layout.of(Map.of(INNER, new Layout.Point(30, 70))));
        assertThat(placement.positionOf(INNER)).isEqualTo(new Layout.Point(230, 170));

        // A place far outside the branch is drawn at the frame's nearest inside corner, below its label.
        Placement outside = placement(Layout.of(Map.of(INNER, new Layout.Point(900, -50))));
        assertThat(outside.positionOf(INNER)).isEqualTo(new Layout.Point(200 + 210 - 100, 100 + 50 + LABEL));
    }

    @Test
    void theLayoutFileKeepsContainedPlacesRelativeToTheContainerAsDrawn() {
        Placement placement = placement(Layout.EMPTY);

        assertThat(placement.layoutPosition("Start", new Layout.Point(7, 8), null)).isEqualTo(new Layout.Point(7, 8));
        // Dropped at (560, 500) while M is drawn at (500, 400): kept as (60, 100) from M's corner.
        assertThat(placement.layoutPosition(INNER, new Layout.Point(560, 500), new Layout.Point(500, 400)))
                .isEqualTo(new Layout.Point(60, 100));
        // Dropped below the branch: held inside it.
        assertThat(placement.layoutPosition(INNER, new Layout.Point(560, 900), new Layout.Point(500, 400)))
                .isEqualTo(new Layout.Point(60, 50 + 150 - 40));
    }
}
