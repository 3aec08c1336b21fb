package dev.stepwise.engine.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Where edge labels go in a drawing: on their edge, clear of states and of the labels placed before them. Edges that
 * leave one state for places far apart (a Task's Catch edges) often cross the same layer gap at the same height, so
 * the first choice, the middle of the middle segment, is tried first and then points further along the edge. Used by
 * {@link GraphDrawing} and by the designer's canvas, so that both put labels in the same places.
 */
public final class LabelPlacement {

    /** Fractions of an edge's length tried after its middle segment's midpoint, nearest the middle first. */
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85};

    private final List<Rect> taken = new ArrayList<>();

    /** An axis-aligned rectangle. */
    public record Rect(double x, double y, double width, double height) {
        boolean overlaps(Rect other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }
    }

    /** Marks an area, such as a state's box, that labels must not cover. */
    public void block(Rect area) {
        taken.add(area);
    }

    /**
     * The centre for a label of the given size on the polyline, and marks its box as taken. When no point along the
     * edge is clear, the label goes to the middle of the middle segment anyway.
     */
    public GraphLayout.Point place(List<GraphLayout.Point> points, double width, double height) {
        GraphLayout.Point preferred = middleOfMiddleSegment(points);
        List<GraphLayout.Point> candidates = new ArrayList<>();
        candidates.add(preferred);
        for (double fraction : ALONG) {
            candidates.add(along(points, fraction));
        }
        for (GraphLayout.Point candidate : candidates) {
            Rect box = around(candidate, width, height);
            if (taken.stream().noneMatch(box::overlaps)) {
                taken.add(box);
                return candidate;
            }
        }
        taken.add(around(preferred, width, height));
        return preferred;
    }

    private static Rect around(GraphLayout.Point centre, double width, double height) {
        return new Rect(centre.x() - width / 2, centre.y() - height / 2, width, height);
    }

    static GraphLayout.Point middleOfMiddleSegment(List<GraphLayout.Point> points) {
        int i = (points.size() - 1) / 2;
        GraphLayout.Point a = points.get(i);
        GraphLayout.Point b = points.get(i + 1);
        return new GraphLayout.Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    /** The point at {@code fraction} of the polyline's length from its start. */
    static GraphLayout.Point along(List<GraphLayout.Point> points, double fraction) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += distance(points.get(i - 1), points.get(i));
        }
        double remaining = total * fraction;
        for (int i = 1; i < points.size(); i++) {
            GraphLayout.Point a = points.get(i - 1);
            GraphLayout.Point b = points.get(i);
            double length = distance(a, b);
            if (remaining <= length && length > 0) {
                double t = remaining / length;
                return new GraphLayout.Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            remaining -= length;
        }
        return points.get(points.size() - 1);
    }

    private static double distance(GraphLayout.Point a, GraphLayout.Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
