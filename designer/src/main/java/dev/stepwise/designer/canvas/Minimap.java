package dev.stepwise.designer.canvas;

import dev.stepwise.engine.asl.model.StateType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * A scaled overview of the whole graph with the part the canvas shows as a rectangle. Clicking or dragging in it
 * centres the canvas there. Style classes: {@code minimap}, {@code minimap-node} (+ the state type's class),
 * {@code minimap-viewport}.
 *
 * <p>The boxes are painted on one {@link Canvas}: a shape per state would be hundreds more nodes for CSS to style and
 * the scene to sync whenever a graph opens. Their colours still come from the theme: one hidden swatch per state type
 * carries the {@code minimap-node} classes, and the boxes are painted again when a theme changes a swatch's fill.
 */
public final class Minimap extends Region {

    public static final String STYLE_CLASS = "minimap";
    public static final double WIDTH = 150;
    public static final double HEIGHT = 100;
    private static final double PADDING = 6;

    /** A state's box as painted, in minimap units, with its fill. */
    public record Box(Bounds bounds, Paint fill) {
    }

    private final GraphCanvas canvas;
    private final Canvas boxes = new Canvas(WIDTH, HEIGHT);
    private final Map<StateType, Rectangle> swatches = new EnumMap<>(StateType.class);
    private final Rectangle viewport = new Rectangle();
    private List<Box> painted = List.of();
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
        boxes.setMouseTransparent(true);
        getChildren().addAll(boxes, viewport);
        for (StateType type : StateType.values()) {
            Rectangle swatch = new Rectangle();
            swatch.getStyleClass().addAll("minimap-node", StateNode.typeStyleClass(type));
            swatch.setVisible(false);
            swatch.setManaged(false);
            swatch.fillProperty().addListener((obs, old, now) -> paintBoxes());
            swatches.put(type, swatch);
            getChildren().add(swatch);
        }
        setClip(new Rectangle(WIDTH, HEIGHT));
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

    /** The states' boxes as last painted, in the canvas's order of states (for tests). */
    public List<Box> boxes() {
        return painted;
    }

    private void panTo(MouseEvent event) {
        canvas.centerOnPoint(toCanvas(event.getX(), event.getY()));
        event.consume();
    }

    /** Draws the states and the viewport again. */
    public void redraw() {
        Bounds graph = canvas.graphBounds();
        if (graph != null) {
            scale = Math.min((WIDTH - 2 * PADDING) / graph.getWidth(), (HEIGHT - 2 * PADDING) / graph.getHeight());
            originX = graph.getMinX() - ((WIDTH - 2 * PADDING) / scale - graph.getWidth()) / 2;
            originY = graph.getMinY() - ((HEIGHT - 2 * PADDING) / scale - graph.getHeight()) / 2;
        }
        paintBoxes();
        moveViewport();
    }

    private void paintBoxes() {
        GraphicsContext g = boxes.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        List<Box> next = new ArrayList<>();
        for (StateNode node : canvas.nodes()) {
            Rectangle swatch = swatches.get(node.model().type());
            Box box = new Box(new BoundingBox(x(node.getLayoutX()), y(node.getLayoutY()),
                    Math.max(2, node.boxWidth() * scale), Math.max(2, node.boxHeight() * scale)), swatch.getFill());
            g.setFill(box.fill());
            g.fillRoundRect(box.bounds().getMinX(), box.bounds().getMinY(), box.bounds().getWidth(),
                    box.bounds().getHeight(), swatch.getArcWidth(), swatch.getArcHeight());
            next.add(box);
        }
        painted = List.copyOf(next);
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
