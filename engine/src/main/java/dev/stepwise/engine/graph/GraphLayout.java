package dev.stepwise.engine.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the states of a {@link GraphModel} with ELK's layered algorithm, top to bottom, synchronously. The result
 * has a top-left corner per state name (and {@link #START_KEY} for the start marker) and the route of every edge.
 * Used by the designer's canvas (off the JavaFX thread) and by the command line's SVG and PNG export.
 */
public final class GraphLayout {

    /** The key of the start marker in a computed layout. */
    public static final String START_KEY = "(start)";
    public static final double START_SIZE = 18;

    private static final Object REGISTRATION = new Object();
    private static boolean registered;

    /** A point in layout coordinates (origin top left, y down). */
    public record Point(double x, double y) {
    }

    /** The size of a state's box. */
    public record Size(double width, double height) {
    }

    /**
     * The route of one edge, from the border of its source to the border of its target. The edge from the start
     * marker has {@link #START_KEY} as its source.
     */
    public record Route(GraphModel.Edge edge, List<Point> points) {
        public Route {
            points = List.copyOf(points);
        }
    }

    /** A laid-out graph: node corners, edge routes, and the size of the whole drawing (padding included). */
    public record Result(GraphModel graph, Map<String, Point> positions, List<Route> routes, double width,
                         double height, double nodeWidth, double nodeHeight) {
        public Result {
            positions = Map.copyOf(positions);
            routes = List.copyOf(routes);
        }
    }

    private GraphLayout() {
    }

    /** Lays out a graph whose nodes all have the given size. */
    public static Result compute(GraphModel graph, double nodeWidth, double nodeHeight) {
        Size size = new Size(nodeWidth, nodeHeight);
        return compute(graph, name -> size, nodeWidth, nodeHeight);
    }

    /**
     * Lays out a graph whose nodes have sizes of their own (a Parallel or Map drawn with its branches inside);
     * {@code nodeWidth} and {@code nodeHeight} are the usual size, as the result reports it.
     */
    public static Result compute(GraphModel graph, java.util.function.Function<String, Size> sizes, double nodeWidth,
                                 double nodeHeight) {
        Objects.requireNonNull(graph, "graph");
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 48.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 64.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 24.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (GraphModel.Node node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.name());
            Size size = sizes.apply(node.name());
            elk.setDimensions(size.width(), size.height());
            nodes.put(node.name(), elk);
        }
        Map<ElkEdge, GraphModel.Edge> edges = new LinkedHashMap<>();
        if (graph.startAt() != null && nodes.containsKey(graph.startAt())) {
            ElkNode start = ElkGraphUtil.createNode(root);
            start.setIdentifier(START_KEY);
            start.setDimensions(START_SIZE, START_SIZE);
            edges.put(ElkGraphUtil.createSimpleEdge(start, nodes.get(graph.startAt())),
                    new GraphModel.Edge(START_KEY, graph.startAt(), GraphModel.EdgeKind.NEXT, ""));
            nodes.put(START_KEY, start);
        }
        for (GraphModel.Edge edge : graph.edges()) {
            ElkNode from = nodes.get(edge.from());
            ElkNode to = nodes.get(edge.to());
            if (from != null && to != null) {
                edges.put(ElkGraphUtil.createSimpleEdge(from, to), edge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Point> positions = new LinkedHashMap<>();
        nodes.forEach((name, elk) -> positions.put(name, new Point(elk.getX(), elk.getY())));
        List<Route> routes = new ArrayList<>();
        edges.forEach((elk, edge) -> routes.add(new Route(edge, route(elk))));
        return new Result(graph, positions, routes, root.getWidth(), root.getHeight(), nodeWidth, nodeHeight);
    }

    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        return points;
    }

    private static void register() {
        synchronized (REGISTRATION) {
            if (!registered) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                registered = true;
            }
        }
    }
}
