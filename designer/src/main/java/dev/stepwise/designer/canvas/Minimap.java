package dev.stepwise.designer.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A scaled overview of the whole graph with the part the canvas shows as a rectangle. Clicking or dragging in it
 * centres the canvas there. Style classes: {@code minimap}, {@code minimap-node} (+ the state type's class),
 * {@code minimap-viewport}.
 */
public final class Minimap extends Region {

    public static final String STYLE_CLASS = "minimap";
    public static final double WIDTH = 150;
    public static final double HEIGHT = 100;
    private static final double PADDING = 6;

    private final GraphCanvas canvas;
    private final Pane content = new Pane();
    private final Rectangle viewport = new Rectangle();
    private double scale = 1;
    private double originX;
    private double originY;

    public Minimap(GraphCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add(STYLE_CLASS);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        viewport.getStyleClass().add("minimap-viewport");
        viewport.setMouseTransparent(true);
        content.setMouseTransparent(true);
        getChildren().add(content);
        Rectangle clip = new Rectangle(WIDTH, HEIGHT);
        setClip(clip);
        // Panning and zooming only move the viewport; the boxes are drawn again when the states are placed anew.
        canvas.placementRevisionProperty().addListener((obs, old, now) -> redraw());
        canvas.viewRevisionProperty().addListener((obs, old, now) -> moveViewport());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::panTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::panTo);
        // Only where there is room for it: on a small canvas it would cover the graph.
        visibleProperty().bind(canvas.widthProperty().greaterThan(WIDTH * 3.2)
                .and(canvas.heightProperty().greaterThan(HEIGHT * 3.6)));
        redraw();
    }

    /** The canvas point a point of the minimap stands for. */
    public Point2D toCanvas(double x, double y) {
        return new Point2D(originX + (x - PADDING) / scale, originY + (y - PADDING) / scale);
    }

    /** The viewport rectangle as drawn, in minimap units (for tests). */
    public Rectangle viewportRectangle() {
        return viewport;
    }

    private void panTo(MouseEvent event) {
        canvas.centerOnPoint(toCanvas(event.getX(), event.getY()));
        event.consume();
    }

    /** Draws the states and the viewport again. */
    public void redraw() {
        Bounds graph = canvas.graphBounds();
        if (graph == null) {
            content.getChildren().clear();
            return;
        }
        scale = Math.min((WIDTH - 2 * PADDING) / graph.getWidth(), (HEIGHT - 2 * PADDING) / graph.getHeight());
        originX = graph.getMinX() - ((WIDTH - 2 * PADDING) / scale - graph.getWidth()) / 2;
        originY = graph.getMinY() - ((HEIGHT - 2 * PADDING) / scale - graph.getHeight()) / 2;
        List<Node> boxes = new ArrayList<>();
        List<Node> old = content.getChildren();
        for (StateNode node : canvas.nodes()) {
            String type = StateNode.typeStyleClass(node.model().type());
            // Moving a box that has the right colour already is much cheaper than styling a new one.
            Rectangle box = boxes.size() < old.size() - 1 && old.get(boxes.size()) instanceof Rectangle reused
                    && reused.getStyleClass().get(1).equals(type) ? reused : newBox(type);
            box.setX(x(node.getLayoutX()));
            box.setY(y(node.getLayoutY()));
            box.setWidth(Math.max(2, node.boxWidth() * scale));
            box.setHeight(Math.max(2, node.boxHeight() * scale));
            boxes.add(box);
        }
        boxes.add(viewport);
        if (!boxes.equals(old)) {
            content.getChildren().setAll(boxes);
        }
        moveViewport();
    }

    private static Rectangle newBox(String typeStyleClass) {
        Rectangle box = new Rectangle();
        box.getStyleClass().addAll("minimap-node", typeStyleClass);
        return box;
    }

    /** Moves the viewport rectangle to the part of the graph the canvas shows. */
    private void moveViewport() {
        Bounds view = canvas.viewport();
        viewport.setX(x(view.getMinX()));
        viewport.setY(y(view.getMinY()));
        viewport.setWidth(view.getWidth() * scale);
        viewport.setHeight(view.getHeight() * scale);
    }

    private double x(double canvasX) {
        return PADDING + (canvasX - originX) * scale;
    }

    private double y(double canvasY) {
        return PADDING + (canvasY - originY) * scale;
    }
}
