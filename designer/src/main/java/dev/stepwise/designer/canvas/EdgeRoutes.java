package dev.stepwise.designer.canvas;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.designer.layout.LayoutService;
import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.LabelPlacement;
import java.util.List;
import java.util.Map;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * The automatic layout's routes for the canvas's edges (by index in {@link GraphCanvas#edges()}) and the positions
 * they were routed around. An edge follows its route only while both its boxes are at those positions: a route to
 * where a moved box used to be would point at nothing. Labels go where the export puts them ({@link LabelPlacement}),
 * worked out once per set of routes, not on every redraw.
 */
final class EdgeRoutes {

    static final EdgeRoutes NONE = new EdgeRoutes(List.of(), Map.of(), Map.of());

    /** How far (canvas units) a box may be from its automatic position and still count as there. */
    private static final double SAME_PLACE = 0.5;

    private final List<List<Point2D>> routes;
    private final Map<String, Layout.Point> positions;
    private final Map<String, Dimension2D> sizes;
    private Point2D[] labelCentres;

    /** @param sizes the containers' sizes by canvas key; other states have the usual size */
    EdgeRoutes(List<List<Point2D>> routes, Map<String, Layout.Point> positions, Map<String, Dimension2D> sizes) {
        this.routes = List.copyOf(routes);
        this.positions = Map.copyOf(positions);
        this.sizes = Map.copyOf(sizes);
    }

    /**
     * Draws the edge at {@code index} along its route when it has one, joins two states and both their boxes are at
     * their automatic positions, or both moved as far the same way (a container moved with what is inside it);
     * returns false (drawing nothing) otherwise.
     */
    boolean draw(List<TransitionEdge> edges, int index, StateNode from, StateNode to) {
        List<Point2D> route = index < routes.size() ? routes.get(index) : List.of();
        // ELK hugs a state's side with its loop, too small to see behind the arrow: the canvas draws its own.
        if (route.size() < 2 || from == to) {
            return false;
        }
        Point2D shift = shiftOf(from);
        Point2D otherShift = shiftOf(to);
        if (shift == null || otherShift == null || shift.distance(otherShift) > SAME_PLACE) {
            return false;
        }
        Point2D label = labelCentre(edges, index);
        if (shift.magnitude() <= SAME_PLACE) {
            edges.get(index).setRoute(route, label);
        } else {
            edges.get(index).setRoute(route.stream().map(point -> point.add(shift)).toList(),
                    label == null ? null : label.add(shift));
        }
        return true;
    }

    /** How far a box is from its automatic position; null when it has none. */
    private Point2D shiftOf(StateNode node) {
        Layout.Point at = positions.get(node.key());
        return at == null ? null : new Point2D(node.getLayoutX() - at.x(), node.getLayoutY() - at.y());
    }

    private Point2D labelCentre(List<TransitionEdge> edges, int index) {
        if (labelCentres == null || labelCentres.length != edges.size()) {
            labelCentres = placeLabels(edges);
        }
        return labelCentres[index];
    }

    /** Every routed label, in edge order, clear of the boxes and of the labels before it (as in the export). */
    private Point2D[] placeLabels(List<TransitionEdge> edges) {
        LabelPlacement placement = new LabelPlacement();
        // Containers are not in the way: the labels of the transitions inside them belong there.
        positions.forEach((key, at) -> {
            if (!key.equals(LayoutService.START_KEY) && !sizes.containsKey(key)) {
                placement.block(new LabelPlacement.Rect(at.x(), at.y(), StateNode.WIDTH, StateNode.HEIGHT));
            }
        });
        Point2D[] centres = new Point2D[edges.size()];
        for (int i = 0; i < edges.size() && i < routes.size(); i++) {
            TransitionEdge edge = edges.get(i);
            if (edge.label().isPresent() && routes.get(i).size() >= 2) {
                Dimension2D size = edge.labelSize();
                List<GraphLayout.Point> route = routes.get(i).stream()
                        .map(point -> new GraphLayout.Point(point.getX(), point.getY())).toList();
                GraphLayout.Point centre = placement.place(route, size.getWidth(), size.getHeight());
                centres[i] = new Point2D(centre.x(), centre.y());
            }
        }
        return centres;
    }
}
