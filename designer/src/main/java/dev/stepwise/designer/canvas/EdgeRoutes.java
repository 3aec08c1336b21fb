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

    static final EdgeRoutes NONE = new EdgeRoutes(List.of(), Map.of());

    /** How far (canvas units) a box may be from its automatic position and still count as there. */
    private static final double SAME_PLACE = 0.5;

    private final List<List<Point2D>> routes;
    private final Map<String, Layout.Point> positions;
    private Point2D[] labelCentres;

    EdgeRoutes(List<List<Point2D>> routes, Map<String, Layout.Point> positions) {
        this.routes = List.copyOf(routes);
        this.positions = Map.copyOf(positions);
    }

    /**
     * Draws the edge at {@code index} along its route when it has one, joins two states and both their boxes are at
     * their automatic positions; returns false (drawing nothing) otherwise.
     */
    boolean draw(List<TransitionEdge> edges, int index, StateNode from, StateNode to) {
        List<Point2D> route = index < routes.size() ? routes.get(index) : List.of();
        // ELK hugs a state's side with its loop, too small to see behind the arrow: the canvas draws its own.
        if (route.size() < 2 || from == to || !atItsPlace(from) || !atItsPlace(to)) {
            return false;
        }
        edges.get(index).setRoute(route, labelCentre(edges, index));
        return true;
    }

    private boolean atItsPlace(StateNode node) {
        Layout.Point at = positions.get(node.name());
        return at != null && Math.abs(node.getLayoutX() - at.x()) <= SAME_PLACE
                && Math.abs(node.getLayoutY() - at.y()) <= SAME_PLACE;
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
        positions.forEach((name, at) -> {
            if (!name.equals(LayoutService.START_KEY)) {
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
