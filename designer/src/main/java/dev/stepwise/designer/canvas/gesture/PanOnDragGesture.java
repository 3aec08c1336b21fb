package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging with the middle or secondary button, or with Alt and the primary button, pans the view. (A plain primary
 * drag on empty canvas is a marquee; scrolling pans too.)
 */
public final class PanOnDragGesture implements Gesture {

    private final GraphCanvas canvas;
    private double lastX;
    private double lastY;

    public PanOnDragGesture(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public boolean accepts(MouseEvent press) {
        return press.getButton() == MouseButton.MIDDLE || press.getButton() == MouseButton.SECONDARY
                || (press.getButton() == MouseButton.PRIMARY && press.isAltDown());
    }

    @Override
    public void pressed(MouseEvent event) {
        lastX = event.getX();
        lastY = event.getY();
        canvas.setCursor(Cursor.MOVE);
    }

    @Override
    public void dragged(MouseEvent event) {
        canvas.panBy(event.getX() - lastX, event.getY() - lastY);
        lastX = event.getX();
        lastY = event.getY();
    }

    @Override
    public void released(MouseEvent event) {
        canvas.setCursor(Cursor.DEFAULT);
    }

    @Override
    public void cancel() {
        canvas.setCursor(Cursor.DEFAULT);
    }
}
