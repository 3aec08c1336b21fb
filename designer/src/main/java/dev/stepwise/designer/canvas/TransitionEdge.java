package dev.stepwise.designer.canvas;

import dev.stepwise.engine.graph.GraphModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;

/**
 * One transition: a polyline with an arrowhead from one box to another and, for Choice rules, Default and Catch, a
 * label. It follows the automatic layout's route while both boxes are where that layout put them, else it is a
 * straight line between the boxes (see {@link GraphCanvas}). Style classes: {@code transition-edge} plus the kind
 * ({@code next}, {@code choice}, {@code default}, {@code catch}); children {@code edge-line} (a Line when straight,
 * a Polyline when bent), {@code edge-arrow}, {@code edge-label}.
 */
public final class TransitionEdge extends Group {

    public static final String DEFAULT_STYLE_CLASS = "transition-edge";
    public static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");
    public static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private final GraphModel.Edge model;
    /** Straight edges stay Lines: the GPU pipelines draw a Line directly, a Polyline through a rasterised mask. */
    private final Line straight = new Line();
    /** Made for the first bend. */
    private Polyline bent;
    private final Polygon arrow = new Polygon();
    /** Only for edges with a label: a Label per edge would double the nodes that CSS styles. */
    private final Label label;
    private EdgePath path = EdgePath.straight(Point2D.ZERO, Point2D.ZERO);
    private boolean routed;
    private Point2D labelCentre = Point2D.ZERO;

    public TransitionEdge(GraphModel.Edge model) {
        this.model = model;
        getStyleClass().addAll(DEFAULT_STYLE_CLASS, model.kind().name().toLowerCase(Locale.ROOT));
        straight.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        setManaged(false);
        getChildren().addAll(straight, arrow);
        if (model.label().isEmpty()) {
            label = null;
        } else {
            label = new Label(model.label());
            label.getStyleClass().add("edge-label");
            // Managed, so that its size changes (CSS applied after it was placed, a theme's font) lay this group out.
            getChildren().add(label);
        }
    }

    public GraphModel.Edge model() {
        return model;
    }

    /** Shows or hides the label (hidden when the canvas is zoomed far out). */
    public void setShowsDetail(boolean value) {
        if (label != null) {
            label.setVisible(value);
        }
    }

    /** The label of a Choice rule, Default or Catch edge; empty for a plain Next. */
    public Optional<Label> label() {
        return Optional.ofNullable(label);
    }

    /** The arrow head: dragging it reconnects the edge's end. */
    public Polygon arrow() {
        return arrow;
    }

    /** The polyline the edge is drawn along. */
    public EdgePath path() {
        return path;
    }

    /** Whether the edge follows the automatic layout's route (else it is a straight line between the boxes). */
    public boolean isRouted() {
        return routed;
    }

    public Point2D start() {
        return path.start();
    }

    public Point2D end() {
        return path.end();
    }

    /** Where the label's centre is, in canvas units (the path's middle when the edge has no label). */
    public Point2D labelCentre() {
        return labelCentre;
    }

    /** The label's size for placing it; an estimate until CSS has sized it. */
    public Dimension2D labelSize() {
        if (label == null) {
            return new Dimension2D(0, 0);
        }
        if (label.getWidth() > 0) {
            return new Dimension2D(label.getWidth(), label.getHeight());
        }
        return new Dimension2D(model.label().length() * 6.2 + 10, 17);
    }

    /** Marks the edge as the place a dragged state would be inserted. */
    public void setDropTarget(boolean value) {
        pseudoClassStateChanged(DROP_TARGET, value);
    }

    /** The distance from a canvas point to the drawn polyline. */
    public double distanceTo(Point2D point) {
        return path.distanceTo(point);
    }

    /** Draws the edge straight between two points, the arrow pointing at {@code to}, the label in the middle. */
    public void setEnds(Point2D from, Point2D to) {
        draw(EdgePath.straight(from, to), null, false);
    }

    /**
     * Draws the edge along a route of the automatic layout, the arrow on its last segment and the label centred on
     * {@code labelAt} (null: the middle of the middle segment).
     */
    public void setRoute(List<Point2D> points, Point2D labelAt) {
        draw(new EdgePath(points), labelAt, true);
    }

    private void draw(EdgePath next, Point2D labelAt, boolean isRouted) {
        Point2D centre = labelAt != null ? labelAt : next.middleOfMiddleSegment();
        // A drag redraws every edge on every mouse move, and most of them stay where they are.
        if (next.equals(path) && centre.equals(labelCentre) && isRouted == routed) {
            return;
        }
        path = next;
        routed = isRouted;
        labelCentre = centre;
        drawLine();
        drawArrow();
        centreLabel();
    }

    /** The shape that draws the line: the Line or the Polyline, whichever is in the group. */
    public Shape line() {
        return (Shape) getChildren().get(0);
    }

    private void drawLine() {
        List<Point2D> points = path.points();
        if (points.size() == 2) {
            straight.setStartX(points.get(0).getX());
            straight.setStartY(points.get(0).getY());
            straight.setEndX(points.get(1).getX());
            straight.setEndY(points.get(1).getY());
            show(straight);
            return;
        }
        if (bent == null) {
            bent = new Polyline();
            bent.getStyleClass().add("edge-line");
        }
        List<Double> coordinates = new ArrayList<>(points.size() * 2);
        for (Point2D point : points) {
            coordinates.add(point.getX());
            coordinates.add(point.getY());
        }
        bent.getPoints().setAll(coordinates);
        show(bent);
    }

    private void show(Shape shape) {
        if (getChildren().get(0) != shape) {
            getChildren().set(0, shape);
        }
    }

    private void drawArrow() {
        Point2D unit = path.arrivalDirection();
        if (unit == null) {
            arrow.getPoints().clear();
            return;
        }
        Point2D to = path.end();
        Point2D normal = new Point2D(-unit.getY(), unit.getX());
        Point2D base = to.subtract(unit.multiply(9));
        arrow.getPoints().setAll(to.getX(), to.getY(),
                base.getX() + normal.getX() * 4.5, base.getY() + normal.getY() * 4.5,
                base.getX() - normal.getX() * 4.5, base.getY() - normal.getY() * 4.5);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        centreLabel();
    }

    private void centreLabel() {
        if (label != null) {
            label.autosize();
            label.relocate(labelCentre.getX() - label.getWidth() / 2, labelCentre.getY() - label.getHeight() / 2);
        }
    }
}
