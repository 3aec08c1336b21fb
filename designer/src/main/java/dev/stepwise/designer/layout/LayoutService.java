package dev.stepwise.designer.layout;

import dev.stepwise.designer.canvas.GraphModel;
import dev.stepwise.designer.document.Layout;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the states of a graph with ELK's layered algorithm, top to bottom, off the JavaFX thread. The result is a
 * top-left corner per state name (and {@link #START_KEY} for the start marker).
 */
public final class LayoutService {

    /** The key of the start marker in a computed layout. */
    public static final String START_KEY = "(start)";
    public static final double START_SIZE = 18;

    private static final Object REGISTRATION = new Object();
    private static boolean registered;

    private final Executor executor;

    /** A layout service on one background daemon thread. */
    public LayoutService() {
        this(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stepwise-layout");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** A layout service on the given executor; tests pass {@code Runnable::run}. */
    public LayoutService(Executor executor) {
        this.executor = executor;
    }

    /** Computes the layout of a graph whose nodes all have the given size. */
    public CompletableFuture<Map<String, Layout.Point>> layout(GraphModel graph, double nodeWidth, double nodeHeight) {
        return CompletableFuture.supplyAsync(() -> compute(graph, nodeWidth, nodeHeight), executor);
    }

    static Map<String, Layout.Point> compute(GraphModel graph, double nodeWidth, double nodeHeight) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 48.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 64.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 24.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(24));

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (GraphModel.Node node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.name());
            elk.setDimensions(nodeWidth, nodeHeight);
            nodes.put(node.name(), elk);
        }
        if (graph.startAt() != null && nodes.containsKey(graph.startAt())) {
            ElkNode start = ElkGraphUtil.createNode(root);
            start.setIdentifier(START_KEY);
            start.setDimensions(START_SIZE, START_SIZE);
            ElkGraphUtil.createSimpleEdge(start, nodes.get(graph.startAt()));
            nodes.put(START_KEY, start);
        }
        for (GraphModel.Edge edge : graph.edges()) {
            ElkNode from = nodes.get(edge.from());
            ElkNode to = nodes.get(edge.to());
            if (from != null && to != null) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Layout.Point> positions = new HashMap<>();
        nodes.forEach((name, elk) -> positions.put(name, new Layout.Point(elk.getX(), elk.getY())));
        return positions;
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
