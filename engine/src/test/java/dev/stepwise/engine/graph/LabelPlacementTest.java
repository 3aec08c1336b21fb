package dev.stepwise.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.engine.asl.parse.AslParser;
import dev.stepwise.engine.json.JsonFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {

    /** The saga of AWS's guide: every booking step catches to its own compensation, so Catch edges run side by side. */
    private static final String SAGA = """
            {"StartAt": "ReserveHotel", "States": {
              "ReserveHotel": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "ReserveFlight",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "BookingFailed"}]},
              "ReserveFlight": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "ReserveCar",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "CancelHotel"}]},
              "ReserveCar": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Confirmed",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "CancelFlight"}]},
              "Confirmed": {"Type": "Succeed"},
              "CancelFlight": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "CancelHotel"},
              "CancelHotel": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "BookingFailed"},
              "BookingFailed": {"Type": "Fail"}
            }}
            """;

    @Test
    void catchLabelsOfASagaNeitherOverlapEachOtherNorStates() throws Exception {
        GraphDrawing drawing = GraphDrawing.of(AslParser.parse(SAGA, JsonFormat.JSON));
        List<GraphDrawing.Box> labels = boxes(drawing, true);
        List<GraphDrawing.Box> states = boxes(drawing, false);

        assertThat(labels).hasSize(3);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(labels.get(i), labels.get(j))).as("labels %d and %d", i, j).isFalse();
            }
            for (GraphDrawing.Box state : states) {
                assertThat(overlap(labels.get(i), state)).as("label %d and a state", i).isFalse();
            }
        }
    }

    @Test
    void aLabelGoesToTheMiddleWhenThatIsFreeAndFurtherAlongWhenItIsNot() {
        List<GraphLayout.Point> edge = List.of(new GraphLayout.Point(0, 0), new GraphLayout.Point(0, 100));
        LabelPlacement placement = new LabelPlacement();

        assertThat(placement.place(edge, 40, 10)).isEqualTo(new GraphLayout.Point(0, 50));
        GraphLayout.Point second = placement.place(edge, 40, 10);

        assertThat(second).isEqualTo(new GraphLayout.Point(0, 40));
        assertThat(LabelPlacement.along(edge, 0.25)).isEqualTo(new GraphLayout.Point(0, 25));
    }

    private static List<GraphDrawing.Box> boxes(GraphDrawing drawing, boolean labels) {
        return drawing.shapes().stream().filter(GraphDrawing.Box.class::isInstance).map(GraphDrawing.Box.class::cast)
                .filter(box -> box.kind().equals("label") == labels).toList();
    }

    private static boolean overlap(GraphDrawing.Box a, GraphDrawing.Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
