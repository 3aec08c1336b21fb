package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Pressing a state selects it (Shift or Ctrl toggles); dragging moves the selected states. During the drag only the
 * node views move (the preview); release pushes one command ({@link GraphCanvas#finishMove}: a move on the canvas,
 * or into another branch); Escape puts them back.
 */
public final class MoveSelectedOnDragGesture implements Gesture {

    private static final double THRESHOLD = 3;

    private final GraphCanvas canvas;
    private final Map<String, Point2D> origins = new LinkedHashMap<>();
    private Point2D pressedAt;
    private boolean dragging;

    public MoveSelectedOnDragGesture(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public boolean accepts(MouseEvent press) {
        return press.getButton() == MouseButton.PRIMARY && GestureArbiter.nodeUnder(press).isPresent();
    }

    @Override
    public void pressed(MouseEvent event) {
        StateNode node = GestureArbiter.nodeUnder(event).orElseThrow();
        if (event.isShiftDown() || event.isShortcutDown()) {
            canvas.selection().toggle(node.key());
        } else if (!canvas.selection().isSelected(node.key())) {
            canvas.selection().select(node.key());
        }
        origins.clear();
        for (String name : canvas.selection().items()) {
            canvas.node(name).ifPresent(view -> origins.put(name, new Point2D(view.getLayoutX(), view.getLayoutY())));
        }
        pressedAt = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        dragging = false;
    }

    @Override
    public void dragged(MouseEvent event) {
        if (pressedAt == null) {
            return;
        }
        Point2D delta = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY()).subtract(pressedAt);
        if (!dragging && delta.magnitude() * canvas.getZoom() < THRESHOLD) {
            return;
        }
        dragging = true;
        origins.forEach((name, origin) -> canvas.node(name)
                .ifPresent(view -> view.relocate(origin.getX() + delta.getX(), origin.getY() + delta.getY())));
        canvas.followContainers();
        canvas.redrawEdges();
    }

    @Override
    public void released(MouseEvent event) {
        if (pressedAt != null && dragging) {
            canvas.finishMove(List.copyOf(origins.keySet()),
                    canvas.sceneToCanvas(event.getSceneX(), event.getSceneY()));
        }
        reset();
    }

    @Override
    public void cancel() {
        origins.forEach((name, origin) -> canvas.node(name).ifPresent(view -> view.relocate(origin.getX(), origin.getY())));
        canvas.followContainers();
        canvas.redrawEdges();
        reset();
    }

    private void reset() {
        pressedAt = null;
        dragging = false;
        origins.clear();
    }
}
