package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.TransitionEdge;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Dragging a transition's arrow head onto another state points the transition there: one command that changes the
 * one {@code Next} (or {@code Default}, rule or Catcher {@code Next}) the edge stands for.
 */
public final class ReconnectOnDragGesture implements Gesture {

    private final GraphCanvas canvas;
    private final Line preview = new Line();
    private TransitionEdge edge;

    public ReconnectOnDragGesture(GraphCanvas canvas) {
        this.canvas = canvas;
        preview.getStyleClass().add(ConnectOnDragGesture.PREVIEW_STYLE_CLASS);
        preview.setMouseTransparent(true);
    }

    @Override
    public boolean accepts(MouseEvent press) {
        return press.getButton() == MouseButton.PRIMARY && GestureArbiter.arrowUnder(press).isPresent();
    }

    @Override
    public void pressed(MouseEvent event) {
        edge = GestureArbiter.arrowUnder(event).orElseThrow();
        edge.setOpacity(0.35);
        preview.setStartX(edge.start().getX());
        preview.setStartY(edge.start().getY());
        preview.setEndX(edge.end().getX());
        preview.setEndY(edge.end().getY());
        canvas.overlay().getChildren().add(preview);
    }

    @Override
    public void dragged(MouseEvent event) {
        Point2D at = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        preview.setEndX(at.getX());
        preview.setEndY(at.getY());
        canvas.highlightTarget(canvas.nodeAt(at).orElse(null));
    }

    @Override
    public void released(MouseEvent event) {
        TransitionEdge moved = edge;
        finish();
        Point2D at = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        canvas.nodeAt(at).map(StateNode::key)
                .filter(target -> !target.equals(moved.model().to()))
                .ifPresent(target -> canvas.reconnect(moved.model(), target));
    }

    @Override
    public void cancel() {
        finish();
    }

    private void finish() {
        if (edge != null) {
            edge.setOpacity(1);
        }
        canvas.overlay().getChildren().remove(preview);
        canvas.highlightTarget(null);
        edge = null;
    }
}
