package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Dragging empty canvas pans the view; a click on empty canvas clears the selection. */
public final class PanOnDragGesture {

    private final GraphCanvas canvas;
    private double lastX;
    private double lastY;
    private boolean active;

    public PanOnDragGesture(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    public void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent event) {
        if (onNode(event) || (event.getButton() != MouseButton.PRIMARY && event.getButton() != MouseButton.MIDDLE)) {
            return;
        }
        canvas.requestFocus();
        if (event.getButton() == MouseButton.PRIMARY && !event.isShortcutDown() && !event.isShiftDown()) {
            canvas.selection().clear();
        }
        active = true;
        lastX = event.getX();
        lastY = event.getY();
        canvas.setCursor(Cursor.MOVE);
    }

    private void dragged(MouseEvent event) {
        if (active) {
            canvas.panBy(event.getX() - lastX, event.getY() - lastY);
            lastX = event.getX();
            lastY = event.getY();
        }
    }

    private void released(MouseEvent event) {
        if (active) {
            active = false;
            canvas.setCursor(Cursor.DEFAULT);
        }
    }

    private static boolean onNode(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof StateNode) {
                return true;
            }
        }
        return false;
    }
}
