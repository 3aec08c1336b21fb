package dev.stepwise.designer.canvas;

import dev.stepwise.engine.graph.GraphModel;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * One transition: a line with an arrowhead from one box to another and, for Choice rules, Default and Catch, a label.
 * Style classes: {@code transition-edge} plus the kind ({@code next}, {@code choice}, {@code default}, {@code catch});
 * children {@code edge-line}, {@code edge-arrow}, {@code edge-label}.
 */
public final class TransitionEdge extends Group {

    public static final String DEFAULT_STYLE_CLASS = "transition-edge";
    public static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    private final GraphModel.Edge model;
    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    /** Only for edges with a label: a Label per edge would double the nodes that CSS styles. */
    private final Label label;
    private Point2D start = Point2D.ZERO;
    private Point2D end = Point2D.ZERO;

    public TransitionEdge(GraphModel.Edge model) {
        this.model = model;
        getStyleClass().addAll(DEFAULT_STYLE_CLASS, model.kind().name().toLowerCase(Locale.ROOT));
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        setManaged(false);
        getChildren().addAll(line, arrow);
        if (model.label().isEmpty()) {
            label = null;
        } else {
            label = new Label(model.label());
            label.getStyleClass().add("edge-label");
            label.setManaged(false);
            getChildren().add(label);
        }
    }

    public GraphModel.Edge model() {
        return model;
    }

    /** The label of a Choice rule, Default or Catch edge; empty for a plain Next. */
    public Optional<Label> label() {
        return Optional.ofNullable(label);
    }

    /** The arrow head: dragging it reconnects the edge's end. */
    public Polygon arrow() {
        return arrow;
    }

    public Point2D start() {
        return start;
    }

    public Point2D end() {
        return end;
    }

    /** Marks the edge as the place a dragged state would be inserted. */
    public void setDropTarget(boolean value) {
        pseudoClassStateChanged(DROP_TARGET, value);
    }

    /** The distance from a canvas point to the edge's line. */
    public double distanceTo(Point2D point) {
        Point2D segment = end.subtract(start);
        double lengthSquared = segment.dotProduct(segment);
        if (lengthSquared < 1e-9) {
            return point.distance(start);
        }
        double t = Math.max(0, Math.min(1, point.subtract(start).dotProduct(segment) / lengthSquared));
        return point.distance(start.add(segment.multiply(t)));
    }

    /** Draws the edge between two points, the arrow pointing at {@code to}. */
    public void setEnds(Point2D from, Point2D to) {
        start = from;
        end = to;
        line.setStartX(from.getX());
        line.setStartY(from.getY());
        line.setEndX(to.getX());
        line.setEndY(to.getY());
        Point2D direction = to.subtract(from);
        double length = direction.magnitude();
        if (length < 1e-6) {
            arrow.getPoints().clear();
            return;
        }
        Point2D unit = direction.multiply(1 / length);
        Point2D normal = new Point2D(-unit.getY(), unit.getX());
        Point2D base = to.subtract(unit.multiply(9));
        arrow.getPoints().setAll(to.getX(), to.getY(),
                base.getX() + normal.getX() * 4.5, base.getY() + normal.getY() * 4.5,
                base.getX() - normal.getX() * 4.5, base.getY() - normal.getY() * 4.5);
        if (label != null) {
            label.autosize();
            Point2D middle = from.add(to).multiply(0.5);
            label.relocate(middle.getX() - label.getWidth() / 2, middle.getY() - label.getHeight() / 2);
        }
    }
}
