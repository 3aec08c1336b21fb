package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.NestedLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * Runs the engine's {@link NestedLayout} (ELK layered, top to bottom, each branch inside its container) off the JavaFX
 * thread. The result is a top-left corner per canvas key (and {@link #START_KEY} for the start marker), the size of
 * every container, the frames of the branches and the route of every transition.
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

    /** Computes the layout of a graph with containers: each expanded Parallel and Map with its branches inside. */
    public CompletableFuture<AutoLayout> layout(NestedGraph graph, NestedLayout.Metrics metrics) {
        return CompletableFuture.supplyAsync(() -> compute(graph, metrics), executor);
    }

    static AutoLayout compute(NestedGraph graph, NestedLayout.Metrics metrics) {
        NestedLayout.Result result = NestedLayout.compute(graph.scopes(), metrics);
        Map<String, Layout.Point> positions = new HashMap<>();
        Map<String, Dimension2D> sizes = new HashMap<>();
        for (NestedGraph.Entry entry : graph.entries()) {
            String pointer = graph.scopes().get(entry.scope()).statePointer(entry.node().name());
            GraphLayout.Point at = result.positions().get(pointer);
            if (at != null) {
                positions.put(entry.key(), new Layout.Point(at.x(), at.y()));
            }
            GraphLayout.Size size = result.sizes().get(pointer);
            if (size != null && !size.equals(metrics.node())) {
                sizes.put(entry.key(), new Dimension2D(size.width(), size.height()));
            }
        }
        GraphLayout.Point start = graph.scopes().isEmpty() ? null : result.starts().get(graph.scopes().get(0).pointer());
        if (start != null) {
            positions.put(START_KEY, new Layout.Point(start.x(), start.y()));
        }
        List<List<Point2D>> routes = new ArrayList<>();
        List<AutoLayout.Frame> frames = new ArrayList<>();
        for (int i = 0; i < graph.scopes().size(); i++) {
            String scope = graph.scopes().get(i).pointer();
            for (NestedLayout.Route route : result.routes().getOrDefault(scope, List.of())) {
                if (!route.edge().from().equals(START_KEY)) {
                    routes.add(route.points().stream().map(point -> new Point2D(point.x(), point.y())).toList());
                }
            }
            int index = i;
            result.frames().stream().filter(frame -> frame.scope().equals(scope)).findFirst().ifPresent(frame ->
                    frames.add(new AutoLayout.Frame(index, frame.x(), frame.y(), frame.width(), frame.height())));
        }
        return new AutoLayout(positions, routes, sizes, frames);
    }
}
