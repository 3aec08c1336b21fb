package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.graph.GraphLayout;
import dev.stepwise.engine.graph.GraphModel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Runs the engine's {@link GraphLayout} (ELK layered, top to bottom) off the JavaFX thread. The result is a top-left
 * corner per state name (and {@link #START_KEY} for the start marker).
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
    public CompletableFuture<Map<String, Layout.Point>> layout(GraphModel graph, double nodeWidth, double nodeHeight) {
        return CompletableFuture.supplyAsync(() -> compute(graph, nodeWidth, nodeHeight), executor);
    }

    static Map<String, Layout.Point> compute(GraphModel graph, double nodeWidth, double nodeHeight) {
        Map<String, Layout.Point> positions = new HashMap<>();
        GraphLayout.compute(graph, nodeWidth, nodeHeight).positions()
                .forEach((name, point) -> positions.put(name, new Layout.Point(point.x(), point.y())));
        return positions;
    }
}
