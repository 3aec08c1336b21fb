package dev.stepwise.designer.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * How a transition is drawn when it has no route of the automatic layout to follow (one of its states was moved, or
 * the layout is on its way): straight between the two boxes, parallel ones side by side, a loop beside its box.
 */
final class StraightEdges {

    /** How far apart parallel transitions between the same two states run. */
    private static final double SPACING = 14;

    private StraightEdges() {
    }

    /** Draws {@code edge}, the {@code index}-th of the transitions from {@code from} to {@code to}. */
    static void draw(TransitionEdge edge, StateNode from, StateNode to, int index) {
        Bounds a = from.box();
        Bounds b = to.box();
        Point2D ca = new Point2D(a.getCenterX(), a.getCenterY());
        Point2D cb = new Point2D(b.getCenterX(), b.getCenterY());
        if (from == to) {
            Point2D start = new Point2D(a.getMaxX(), a.getCenterY() - 10);
            edge.setEnds(start.add(24, -6), new Point2D(a.getMaxX(), a.getCenterY() + 6));
            return;
        }
        Point2D direction = cb.subtract(ca).normalize();
        Point2D normal = new Point2D(-direction.getY(), direction.getX());
        double offset = index == 0 ? 0 : (index % 2 == 1 ? 1 : -1) * SPACING * ((index + 1) / 2);
        Point2D shift = normal.multiply(offset);
        edge.setEnds(clip(a, ca.add(shift), cb.add(shift)), clip(b, cb.add(shift), ca.add(shift)));
    }

    /** Where the segment from {@code inside} towards {@code outside} leaves the box. */
    static Point2D clip(Bounds box, Point2D inside, Point2D outside) {
        double dx = outside.getX() - inside.getX();
        double dy = outside.getY() - inside.getY();
        double tx = dx == 0 ? Double.POSITIVE_INFINITY
                : (dx > 0 ? box.getMaxX() - inside.getX() : box.getMinX() - inside.getX()) / dx;
        double ty = dy == 0 ? Double.POSITIVE_INFINITY
                : (dy > 0 ? box.getMaxY() - inside.getY() : box.getMinY() - inside.getY()) / dy;
        double t = Math.max(0, Math.min(1, Math.min(tx, ty)));
        return new Point2D(inside.getX() + dx * t, inside.getY() + dy * t);
    }
}
