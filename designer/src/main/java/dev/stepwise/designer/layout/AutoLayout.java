package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;

/**
 * What the automatic layout gave a graph: a top-left corner per state (and {@link LayoutService#START_KEY} for the
 * start marker) and ELK's route for every transition whose ends both exist, in the order of {@link LayoutShape}'s
 * links (the canvas's edges). A route runs from the source's border through its bend points to the target's border;
 * an empty route means there is none (the transition is newer than the layout).
 */
public record AutoLayout(Map<String, Layout.Point> positions, List<List<Point2D>> routes) {

    public static final AutoLayout EMPTY = new AutoLayout(Map.of(), List.of());

    public AutoLayout {
        positions = Map.copyOf(positions);
        routes = routes.stream().map(List::copyOf).toList();
    }

    /** The route of the link at {@code index}; empty when there is none. */
    public List<Point2D> route(int index) {
        return index < routes.size() ? routes.get(index) : List.of();
    }
}
