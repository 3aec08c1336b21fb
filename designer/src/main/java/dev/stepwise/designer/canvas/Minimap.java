package dev.stepwise.designer.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
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
        canvas.viewRevisionProperty().addListener((obs, old, now) -> redraw());
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
        content.getChildren().clear();
        Bounds graph = canvas.graphBounds();
        if (graph == null) {
            return;
        }
        scale = Math.min((WIDTH - 2 * PADDING) / graph.getWidth(), (HEIGHT - 2 * PADDING) / graph.getHeight());
        originX = graph.getMinX() - ((WIDTH - 2 * PADDING) / scale - graph.getWidth()) / 2;
        originY = graph.getMinY() - ((HEIGHT - 2 * PADDING) / scale - graph.getHeight()) / 2;
        for (StateNode node : canvas.nodes()) {
            Rectangle box = new Rectangle(x(node.getLayoutX()), y(node.getLayoutY()),
                    Math.max(2, StateNode.WIDTH * scale), Math.max(2, StateNode.HEIGHT * scale));
            box.getStyleClass().addAll("minimap-node", StateNode.typeStyleClass(node.model().type()));
            content.getChildren().add(box);
        }
        Bounds view = canvas.viewport();
        viewport.setX(x(view.getMinX()));
        viewport.setY(y(view.getMinY()));
        viewport.setWidth(view.getWidth() * scale);
        viewport.setHeight(view.getHeight() * scale);
        content.getChildren().add(viewport);
    }

    private double x(double canvasX) {
        return PADDING + (canvasX - originX) * scale;
    }

    private double y(double canvasY) {
        return PADDING + (canvasY - originY) * scale;
    }
}
