package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.TransitionEdge;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A primary click on (or within a few pixels of) a transition selects it; a press there that turns into a drag
 * selects nothing. Asked before the marquee, which would take the press for empty canvas.
 */
public final class SelectEdgeOnClickGesture implements Gesture {

    /** How far from the drawn line a click still hits it, in screen pixels. */
    static final double TOLERANCE = 6;
    private static final double CLICK_SLOP = 3;

    private final GraphCanvas canvas;
    private TransitionEdge pressedOn;
    private Point2D pressedAt;

    public SelectEdgeOnClickGesture(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public boolean accepts(MouseEvent press) {
        return press.getButton() == MouseButton.PRIMARY && GestureArbiter.nodeUnder(press).isEmpty()
                && edgeUnder(press).isPresent();
    }

    @Override
    public void pressed(MouseEvent event) {
        pressedOn = edgeUnder(event).orElse(null);
        pressedAt = new Point2D(event.getScreenX(), event.getScreenY());
    }

    @Override
    public void dragged(MouseEvent event) {
        if (pressedAt != null && pressedAt.distance(event.getScreenX(), event.getScreenY()) > CLICK_SLOP) {
            pressedOn = null;
        }
    }

    @Override
    public void released(MouseEvent event) {
        if (pressedOn != null) {
            canvas.selectEdge(pressedOn.model());
        }
        cancel();
    }

    @Override
    public void cancel() {
        pressedOn = null;
        pressedAt = null;
    }

    private Optional<TransitionEdge> edgeUnder(MouseEvent event) {
        return canvas.edgeAt(canvas.sceneToCanvas(event.getSceneX(), event.getSceneY()), TOLERANCE);
    }
}
