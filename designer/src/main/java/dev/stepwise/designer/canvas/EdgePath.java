package dev.stepwise.designer.canvas;

import java.util.List;
import javafx.geometry.Point2D;

/**
 * The polyline a transition is drawn along, in canvas units: at least two points, the first on the source's border,
 * the last (the arrow's tip) on the target's border.
 */
public record EdgePath(List<Point2D> points) {

    public EdgePath {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a path needs two points, got " + points.size());
        }
        points = List.copyOf(points);
    }

    public static EdgePath straight(Point2D from, Point2D to) {
        return new EdgePath(List.of(from, to));
    }

    public Point2D start() {
        return points.get(0);
    }

    public Point2D end() {
        return points.get(points.size() - 1);
    }

    /** The distance from a point to the nearest segment. */
    public double distanceTo(Point2D point) {
        double nearest = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            nearest = Math.min(nearest, segmentDistance(point, points.get(i - 1), points.get(i)));
        }
        return nearest;
    }

    /** The middle of the middle segment: where a label goes when nothing better is known (as in the export). */
    public Point2D middleOfMiddleSegment() {
        int i = (points.size() - 1) / 2;
        return points.get(i).midpoint(points.get(i + 1));
    }

    /** The point at {@code fraction} of the path's length from its start. */
    public Point2D along(double fraction) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += points.get(i - 1).distance(points.get(i));
        }
        double remaining = total * fraction;
        for (int i = 1; i < points.size(); i++) {
            Point2D a = points.get(i - 1);
            Point2D b = points.get(i);
            double length = a.distance(b);
            if (remaining <= length && length > 0) {
                return a.add(b.subtract(a).multiply(remaining / length));
            }
            remaining -= length;
        }
        return end();
    }

    /** The unit direction the path arrives at its end in, or null when every segment has no length. */
    public Point2D arrivalDirection() {
        Point2D tip = end();
        for (int i = points.size() - 2; i >= 0; i--) {
            Point2D direction = tip.subtract(points.get(i));
            double length = direction.magnitude();
            if (length >= 1e-6) {
                return direction.multiply(1 / length);
            }
        }
        return null;
    }

    private static double segmentDistance(Point2D point, Point2D a, Point2D b) {
        Point2D segment = b.subtract(a);
        double lengthSquared = segment.dotProduct(segment);
        if (lengthSquared < 1e-9) {
            return point.distance(a);
        }
        double t = Math.max(0, Math.min(1, point.subtract(a).dotProduct(segment) / lengthSquared));
        return point.distance(a.add(segment.multiply(t)));
    }
}
