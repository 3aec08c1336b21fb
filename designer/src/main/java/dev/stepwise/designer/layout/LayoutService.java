package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.GraphModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.geometry.Point2D;

/**
 * Runs the engine's {@link GraphLayout} (ELK layered, top to bottom) off the JavaFX thread. The result is a top-left
 * corner per state name (and {@link #START_KEY} for the start marker) and the route of every transition.
 */
public final class LayoutService {

    /** The key of the start marker in a computed layout. */
    public static final String START_KEY = GraphLayout.START_KEY;
    public static final double START_SIZE = GraphLayout.START_SIZE;

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
    public CompletableFuture<AutoLayout> layout(GraphModel graph, double nodeWidth, double nodeHeight) {
        return CompletableFuture.supplyAsync(() -> compute(graph, nodeWidth, nodeHeight), executor);
    }

    static AutoLayout compute(GraphModel graph, double nodeWidth, double nodeHeight) {
        GraphLayout.Result result = GraphLayout.compute(graph, nodeWidth, nodeHeight);
        Map<String, Layout.Point> positions = new HashMap<>();
        result.positions().forEach((name, point) -> positions.put(name, new Layout.Point(point.x(), point.y())));
        List<List<Point2D>> routes = new ArrayList<>();
        for (GraphLayout.Route route : result.routes()) {
            // The start marker's edge is ELK's alone: the canvas draws its own start marker above the start state.
            if (route.edge().from().equals(START_KEY) && !graph.hasNode(START_KEY)) {
                continue;
            }
            routes.add(route.points().stream().map(point -> new Point2D(point.x(), point.y())).toList());
        }
        return new AutoLayout(positions, routes);
    }
}
