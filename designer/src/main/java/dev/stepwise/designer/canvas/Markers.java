package dev.stepwise.designer.canvas;

import dev.stepwise.designer.layout.LayoutService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The start and end markers: a dot above the first state of the machine and of every branch shown, a ringed dot
 * under every state that ends its machine or branch. Style classes {@code start-marker}, {@code end-marker},
 * {@code end-marker-core} and {@code marker-line}.
 *
 * <p>A state keeps its marker shapes from one drawing to the next, moved to its box: a new shape costs a CSS pass, and
 * every drag and edit redraws the markers of hundreds of states.
 */
final class Markers {

    private final Group layer;
    /** The shapes of each state's start marker: line, dot. */
    private Map<StateNode, StartMarker> starts = new HashMap<>();
    /** The shapes of each state's end marker: line, ring, core. */
    private Map<StateNode, EndMarker> ends = new HashMap<>();

    Markers(Group layer) {
        this.layer = layer;
    }

    /** Brings the layer's markers to those of the states' current boxes. */
    void draw(Collection<StateNode> states) {
        Map<StateNode, StartMarker> nextStarts = new HashMap<>();
        Map<StateNode, EndMarker> nextEnds = new HashMap<>();
        List<Node> shapes = new ArrayList<>();
        for (StateNode state : states) {
            if (state.isStart()) {
                StartMarker marker = starts.getOrDefault(state, new StartMarker());
                marker.place(state.box());
                nextStarts.put(state, marker);
                shapes.add(marker.line);
                shapes.add(marker.dot);
            }
        }
        for (StateNode state : states) {
            if (state.model().end()) {
                EndMarker marker = ends.getOrDefault(state, new EndMarker());
                marker.place(state.box());
                nextEnds.put(state, marker);
                shapes.add(marker.line);
                shapes.add(marker.ring);
                shapes.add(marker.core);
            }
        }
        starts = nextStarts;
        ends = nextEnds;
        ChildViews.update(layer.getChildren(), shapes);
    }

    private static final class StartMarker {
        final Line line = styled(new Line(), "marker-line");
        final Circle dot = styled(new Circle(LayoutService.START_SIZE / 2), "start-marker");

        void place(Bounds box) {
            dot.setCenterX(box.getCenterX());
            dot.setCenterY(box.getMinY() - 36);
            vertical(line, box.getCenterX(), dot.getCenterY() + dot.getRadius(), box.getMinY());
        }
    }

    private static final class EndMarker {
        final Line line = styled(new Line(), "marker-line");
        final Circle ring = styled(new Circle(8), "end-marker");
        final Circle core = styled(new Circle(4), "end-marker-core");

        void place(Bounds box) {
            double y = box.getMaxY() + 26;
            for (Circle circle : List.of(ring, core)) {
                circle.setCenterX(box.getCenterX());
                circle.setCenterY(y);
            }
            vertical(line, box.getCenterX(), box.getMaxY(), box.getMaxY() + 18);
        }
    }

    private static void vertical(Line line, double x, double y1, double y2) {
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(y1);
        line.setEndY(y2);
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
