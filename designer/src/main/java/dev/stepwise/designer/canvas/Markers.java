package dev.stepwise.designer.canvas;

import dev.stepwise.designer.layout.LayoutService;
import java.util.Collection;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The start and end markers: a dot above the first state of the machine and of every branch shown, a ringed dot
 * under every state that ends its machine or branch. Style classes {@code start-marker}, {@code end-marker},
 * {@code end-marker-core} and {@code marker-line}.
 */
final class Markers {

    private Markers() {
    }

    /** Replaces the markers in {@code layer} with those of the states' current boxes. */
    static void draw(Group layer, Collection<StateNode> states) {
        layer.getChildren().clear();
        for (StateNode start : states) {
            if (start.isStart()) {
                Bounds b = start.box();
                Circle dot = new Circle(b.getCenterX(), b.getMinY() - 36, LayoutService.START_SIZE / 2);
                dot.getStyleClass().add("start-marker");
                layer.getChildren().addAll(line(b.getCenterX(), dot.getCenterY() + dot.getRadius(), b.getMinY()), dot);
            }
        }
        for (StateNode state : states) {
            if (state.model().end()) {
                Bounds b = state.box();
                Circle ring = new Circle(b.getCenterX(), b.getMaxY() + 26, 8);
                ring.getStyleClass().add("end-marker");
                Circle core = new Circle(b.getCenterX(), b.getMaxY() + 26, 4);
                core.getStyleClass().add("end-marker-core");
                layer.getChildren().addAll(line(b.getCenterX(), b.getMaxY(), b.getMaxY() + 18), ring, core);
            }
        }
    }

    private static Line line(double x, double y1, double y2) {
        Line line = new Line(x, y1, x, y2);
        line.getStyleClass().add("marker-line");
        return line;
    }
}
