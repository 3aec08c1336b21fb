package dev.stepwise.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parallel branches and Map processors are drawn inside their state, each branch in its own frame. */
class GraphDrawingNestedTest {

    static final String NESTED = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Next": "Left2"},
                                               "Left2": {"Type": "Pass", "End": true}}},
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemProcessor": {
                   "StartAt": "Item", "States": {"Item": {"Type": "Wait", "Seconds": 1, "End": true}}}}}}]},
              "Done": {"Type": "Succeed"}}}""";

    private static GraphDrawing drawing() throws Exception {
        return GraphDrawing.of(AslParser.parse(NESTED, JsonFormat.JSON));
    }

    /** The box under the text naming a state. */
    private static GraphDrawing.Box boxOf(GraphDrawing drawing, String name) {
        GraphDrawing.Text label = drawing.shapes().stream().filter(GraphDrawing.Text.class::isInstance)
                .map(GraphDrawing.Text.class::cast).filter(text -> text.text().equals(name) && text.bold())
                .findFirst().orElseThrow();
        return drawing.shapes().stream().filter(GraphDrawing.Box.class::isInstance).map(GraphDrawing.Box.class::cast)
                .filter(box -> !box.kind().equals("label") && inside(label.x(), label.y(), box))
                .min((a, b) -> Double.compare(a.width() * a.height(), b.width() * b.height())).orElseThrow();
    }

    private static boolean inside(double x, double y, GraphDrawing.Box box) {
        return x >= box.x() && x <= box.x() + box.width() && y >= box.y() && y <= box.y() + box.height();
    }

    private static boolean contains(GraphDrawing.Box outer, GraphDrawing.Box inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    private static boolean overlap(GraphDrawing.Box a, GraphDrawing.Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    @Test
    void branchStatesAreDrawnInsideTheirParallelAndMapStates() throws Exception {
        GraphDrawing drawing = drawing();
        GraphDrawing.Box fan = boxOf(drawing, "Fan");
        GraphDrawing.Box each = boxOf(drawing, "Each");
        assertThat(fan.kind()).isEqualTo("Parallel");
        assertThat(each.kind()).isEqualTo("Map");
        assertThat(fan.height()).isGreaterThan(GraphDrawing.NODE_HEIGHT);
        for (String inner : List.of("Left", "Left2", "Each", "Item")) {
            assertThat(contains(fan, boxOf(drawing, inner))).as(inner + " inside Fan").isTrue();
        }
        assertThat(contains(each, boxOf(drawing, "Item"))).isTrue();
        assertThat(contains(fan, boxOf(drawing, "Done"))).isFalse();
        assertThat(overlap(boxOf(drawing, "Left"), each)).as("branches side by side").isFalse();
        assertThat(overlap(boxOf(drawing, "Left2"), each)).isFalse();
    }

    @Test
    void branchesAreLabelledAndFramed() throws Exception {
        GraphDrawing drawing = drawing();
        List<String> texts = drawing.shapes().stream().filter(GraphDrawing.Text.class::isInstance)
                .map(shape -> ((GraphDrawing.Text) shape).text()).toList();
        assertThat(texts).contains("Branch 1", "Branch 2", "Item processor", "2 branches", "1 state");
        long frames = drawing.shapes().stream().filter(GraphDrawing.Line.class::isInstance)
                .map(GraphDrawing.Line.class::cast).filter(line -> line.dashed() && !line.arrow()).count();
        assertThat(frames).isEqualTo(3);
        assertThat(drawing.height()).isGreaterThanOrEqualTo(boxOf(drawing, "Done").y() + GraphDrawing.NODE_HEIGHT);
    }

    @Test
    void theSvgNamesEveryStateAtEveryDepth() throws Exception {
        String svg = SvgRenderer.render(drawing(), "nested");
        assertThat(svg).contains(">Left<").contains(">Left2<").contains(">Item<").contains(">Branch 2<");
    }
}
