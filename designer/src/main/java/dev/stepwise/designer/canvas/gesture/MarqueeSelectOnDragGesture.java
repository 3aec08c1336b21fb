package dev.stepwise.designer.canvas.gesture;

import dev.stepwise.designer.canvas.GraphCanvas;
import dev.stepwise.designer.canvas.StateNode;
import dev.stepwise.designer.canvas.selection.Selection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * A primary drag on empty canvas draws a rectangle and selects the states it touches, as one selection change per
 * step ({@link Selection#beginUpdate()}); Shift or Ctrl adds to the selection. A click on empty canvas clears it.
 */
public final class MarqueeSelectOnDragGesture implements Gesture {

    public static final String STYLE_CLASS = "marquee";

    private final GraphCanvas canvas;
    private final Rectangle rectangle = new Rectangle();
    private Point2D anchor;
    private Set<String> before = Set.of();
    private boolean adding;
    private boolean dragging;

    public MarqueeSelectOnDragGesture(GraphCanvas canvas) {
        this.canvas = canvas;
        rectangle.getStyleClass().add(STYLE_CLASS);
        rectangle.setMouseTransparent(true);
    }

    @Override
    public boolean accepts(MouseEvent press) {
        return press.getButton() == MouseButton.PRIMARY && GestureArbiter.nodeUnder(press).isEmpty();
    }

    @Override
    public void pressed(MouseEvent event) {
        anchor = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        adding = event.isShiftDown() || event.isShortcutDown();
        before = adding ? canvas.selection().items() : Set.of();
        dragging = false;
    }

    @Override
    public void dragged(MouseEvent event) {
        Point2D at = canvas.sceneToCanvas(event.getSceneX(), event.getSceneY());
        Bounds box = new BoundingBox(Math.min(anchor.getX(), at.getX()), Math.min(anchor.getY(), at.getY()),
                Math.abs(at.getX() - anchor.getX()), Math.abs(at.getY() - anchor.getY()));
        if (!dragging) {
            if (Math.max(box.getWidth(), box.getHeight()) * canvas.getZoom() < 3) {
                return;
            }
            dragging = true;
            canvas.overlay().getChildren().add(rectangle);
        }
        rectangle.setX(box.getMinX());
        rectangle.setY(box.getMinY());
        rectangle.setWidth(box.getWidth());
        rectangle.setHeight(box.getHeight());
        select(box);
    }

    /** Selects what the box touches (plus what was selected before, when adding): one selection change. */
    public void select(Bounds box) {
        Set<String> inside = new LinkedHashSet<>(before);
        for (StateNode node : canvas.nodes()) {
            // A container counts by its header: a box drawn inside it selects the states there, not the container.
            Bounds bounds = new BoundingBox(node.getLayoutX(), node.getLayoutY(), node.boxWidth(), StateNode.HEIGHT);
            if (box.intersects(bounds)) {
                inside.add(node.key());
            }
        }
        if (!inside.equals(canvas.selection().items())) {
            canvas.selection().selectAll(inside);
        }
    }

    @Override
    public void released(MouseEvent event) {
        if (!dragging && !adding) {
            canvas.selection().clear();
        }
        finish();
    }

    @Override
    public void cancel() {
        if (dragging) {
            canvas.selection().selectAll(before);
        }
        finish();
    }

    private void finish() {
        canvas.overlay().getChildren().remove(rectangle);
        dragging = false;
        anchor = null;
    }
}
