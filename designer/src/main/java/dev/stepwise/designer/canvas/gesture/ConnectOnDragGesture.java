package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Dragging from a state's port (the handle on its bottom edge) to another state connects them: the preview is a
 * line to the pointer, release over a state asks the canvas to {@linkplain GraphCanvas#connect connect} (a Next, or
 * for a Choice a new rule or its Default).
 */
public final class ConnectOnDragGesture implements Gesture {

    public static final String PREVIEW_STYLE_CLASS = "connect-preview";

    private final GraphCanvas canvas;
    private final Line preview = new Line();
    private StateNode from;

    public ConnectOnDragGesture(GraphCanvas canvas) {
        this.canvas = canvas;
        preview.getStyleClass().add(PREVIEW_STYLE_CLASS);
        preview.setMouseTransparent(true);
    }

    @Override
    public boolean accepts(MouseEvent press) {
        return press.getButton() == MouseButton.PRIMARY
                && GestureArbiter.hitStyleClass(press, StateNode.PORT_STYLE_CLASS)
                && GestureArbiter.nodeUnder(press).map(StateNode::hasPort).orElse(false);
    }

    @Override
    public void pressed(MouseEvent event) {
        from = GestureArbiter.nodeUnder(event).orElseThrow();
        Point2D start = new Point2D(from.getLayoutX() + StateNode.WIDTH / 2, from.getLayoutY() + StateNode.HEIGHT);
        preview.setStartX(start.getX());
        preview.setStartY(start.getY());
        preview.setEndX(start.getX());
        preview.setEndY(start.getY());
        canvas.overlay().getChildren().add(preview);
    }

    @Override
    public void dragged(MouseEvent event) {
        Point2D at = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        preview.setEndX(at.getX());
        preview.setEndY(at.getY());
        canvas.highlightTarget(canvas.nodeAt(at).filter(node -> node != from).orElse(null));
    }

    @Override
    public void released(MouseEvent event) {
        StateNode source = from;
        finish();
        Point2D at = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        canvas.nodeAt(at).filter(node -> node != source).ifPresent(target ->
                canvas.connect(source.key(), target.key(), event.getScreenX(), event.getScreenY()));
    }

    @Override
    public void cancel() {
        finish();
    }

    private void finish() {
        canvas.overlay().getChildren().remove(preview);
        canvas.highlightTarget(null);
        from = null;
    }

}
