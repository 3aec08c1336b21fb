package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import java.util.List;
import java.util.Map;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * What the automatic layout gave a graph: a top-left corner per state (and {@link LayoutService#START_KEY} for the
 * start marker) and ELK's route for every transition whose ends both exist, in the order of {@link LayoutShape}'s
 * links (the canvas's edges). A route runs from the source's border through its bend points to the target's border;
 * an empty route means there is none (the transition is newer than the layout).
 */
public record AutoLayout(Map<String, Layout.Point> positions, List<List<Point2D>> routes,
                         Map<String, Dimension2D> sizes, List<Frame> frames) {

    /**
     * A branch's frame inside its container, by the index of its scope in {@link NestedGraph#scopes()}.
     */
    public record Frame(int scope, double x, double y, double width, double height) {
    }

    public static final AutoLayout EMPTY = new AutoLayout(Map.of(), List.of());

    /**
     * @param sizes  the size of every container drawn with its branches, by key (other states have the usual size)
     * @param frames the frames of the branches shown, a frame before the frames inside it
     */
    public AutoLayout {
        positions = Map.copyOf(positions);
        routes = routes.stream().map(List::copyOf).toList();
        sizes = Map.copyOf(sizes);
        frames = List.copyOf(frames);
    }

    /** The layout of a graph without containers shown. */
    public AutoLayout(Map<String, Layout.Point> positions, List<List<Point2D>> routes) {
        this(positions, routes, Map.of(), List.of());
    }

    /** The same layout with positions and sizes under other keys: a renamed state keeps its place. */
    public AutoLayout rekeyed(Map<String, Layout.Point> newPositions, Map<String, Dimension2D> newSizes) {
        return new AutoLayout(newPositions, routes, newSizes, frames);
    }

    /** The route of the link at {@code index}; empty when there is none. */
    public List<Point2D> route(int index) {
        return index < routes.size() ? routes.get(index) : List.of();
    }
}
