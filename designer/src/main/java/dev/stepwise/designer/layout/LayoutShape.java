package dev.stepwise.designer.layout;

import dev.stepwise.designer.document.Layout;
import dev.stepwise.engine.graph.GraphModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * What the automatic layout of a graph depends on: how many states, which one is the start, and the transitions
 * between them by position in the definition. Names, types, captions and labels do not count: ELK sees boxes of one
 * size. Two graphs of the same shape are laid out alike, so a rename or a changed field can keep the positions it had
 * instead of waiting for ELK.
 *
 * @param nodes how many states
 * @param start the index of the start state, or -1 when it is not one of them
 * @param links every transition whose ends both exist, as indices, in the order they are laid out
 */
public record LayoutShape(int nodes, int start, List<Link> links) {

    /** A transition between the states at two indices. */
    public record Link(int from, int to) {
    }

    public LayoutShape {
        links = List.copyOf(links);
    }

    public static LayoutShape of(GraphModel graph) {
        Map<String, Integer> index = indices(graph);
        List<Link> links = new ArrayList<>();
        for (GraphModel.Edge edge : graph.edges()) {
            Integer from = index.get(edge.from());
            Integer to = index.get(edge.to());
            if (from != null && to != null) {
                links.add(new Link(from, to));
            }
        }
        Integer start = graph.startAt() == null ? null : index.get(graph.startAt());
        return new LayoutShape(graph.nodes().size(), start == null ? -1 : start, links);
    }

    /**
     * The layout of {@code previous} (positions and routes), given to the states of {@code next} at the same index,
     * when both graphs have the same shape and every state of {@code previous} has a position; otherwise empty. The
     * routes carry over as they are: the same shape has the same links in the same order.
     */
    public static Optional<AutoLayout> carryOver(GraphModel previous, GraphModel next, AutoLayout laidOut) {
        if (previous.nodes().isEmpty() || !distinctNames(previous) || !distinctNames(next)
                || !of(previous).equals(of(next))) {
            return Optional.empty();
        }
        Map<String, Layout.Point> positions = laidOut.positions();
        Map<String, Layout.Point> carried = new HashMap<>();
        Map<String, Dimension2D> sizes = new HashMap<>();
        for (int i = 0; i < next.nodes().size(); i++) {
            String before = previous.nodes().get(i).name();
            String after = next.nodes().get(i).name();
            Layout.Point point = positions.get(before);
            if (point == null) {
                return Optional.empty();
            }
            carried.put(after, point);
            Dimension2D size = laidOut.sizes().get(before);
            if (size != null) {
                sizes.put(after, size);
            }
        }
        Layout.Point start = positions.get(LayoutService.START_KEY);
        if (start != null) {
            carried.put(LayoutService.START_KEY, start);
        }
        return Optional.of(laidOut.rekeyed(carried, sizes));
    }

    /**
     * {@link #carryOver(GraphModel, GraphModel, AutoLayout)} for graphs with containers: only when the states also
     * sit in the same scopes, by position, and every scope in the same container's branch.
     */
    public static Optional<AutoLayout> carryOver(NestedGraph previous, NestedGraph next, AutoLayout laidOut) {
        if (!nesting(previous).equals(nesting(next))) {
            return Optional.empty();
        }
        return carryOver(previous.flat(), next.flat(), laidOut);
    }

    /** Each state's scope index, then each scope's container (its index among the states) and branch. */
    private static List<Integer> nesting(NestedGraph graph) {
        List<Integer> nesting = new ArrayList<>();
        Map<String, Integer> index = indices(graph.flat());
        for (NestedGraph.Entry entry : graph.entries()) {
            nesting.add(entry.scope());
        }
        for (int i = 0; i < graph.scopes().size(); i++) {
            nesting.add(graph.scopes().get(i).branch());
            String container = graph.containerOf(i);
            nesting.add(container == null ? -1 : index.getOrDefault(container, -1));
        }
        return nesting;
    }

    /**
     * The routes for the links of {@code next} while it waits for its own layout: those of the transitions that
     * {@code previous} (laid out as {@code laidOut}) had too, with the same ends, kind and label; none for new ones.
     * The states keep their places until the new layout arrives, so those routes still join them.
     */
    public static List<List<Point2D>> routesKept(GraphModel previous, GraphModel next, AutoLayout laidOut) {
        Map<GraphModel.Edge, List<Integer>> oldIndices = new HashMap<>();
        List<GraphModel.Edge> oldLinks = linkedEdges(previous);
        for (int i = 0; i < oldLinks.size(); i++) {
            oldIndices.computeIfAbsent(oldLinks.get(i), edge -> new ArrayList<>()).add(i);
        }
        Map<GraphModel.Edge, Integer> seen = new HashMap<>();
        List<List<Point2D>> routes = new ArrayList<>();
        for (GraphModel.Edge edge : linkedEdges(next)) {
            int occurrence = seen.merge(edge, 1, Integer::sum) - 1;
            List<Integer> candidates = oldIndices.getOrDefault(edge, List.of());
            routes.add(occurrence < candidates.size() ? laidOut.route(candidates.get(occurrence)) : List.of());
        }
        return routes;
    }

    /**
     * {@code laidOut} with places for the states of {@code next} that replace one of {@code previous} (a state renamed
     * in the text: another name at the same index, the old name gone), so that while the new layout is made the state
     * stays where it was instead of waiting at the origin.
     */
    public static AutoLayout withRenamedKept(GraphModel previous, GraphModel next, AutoLayout laidOut) {
        Map<String, Integer> before = indices(previous);
        Map<String, Integer> after = indices(next);
        Map<String, Layout.Point> positions = new HashMap<>(laidOut.positions());
        Map<String, Dimension2D> sizes = new HashMap<>(laidOut.sizes());
        boolean added = false;
        for (int i = 0; i < next.nodes().size() && i < previous.nodes().size(); i++) {
            String now = next.nodes().get(i).name();
            String was = previous.nodes().get(i).name();
            if (!before.containsKey(now) && !after.containsKey(was) && laidOut.positions().containsKey(was)) {
                positions.put(now, laidOut.positions().get(was));
                if (laidOut.sizes().containsKey(was)) {
                    sizes.put(now, laidOut.sizes().get(was));
                }
                added = true;
            }
        }
        return added ? laidOut.rekeyed(positions, sizes) : laidOut;
    }

    /** The transitions whose ends both exist, in the order they are laid out and drawn. */
    private static List<GraphModel.Edge> linkedEdges(GraphModel graph) {
        Map<String, Integer> index = indices(graph);
        return graph.edges().stream()
                .filter(edge -> index.containsKey(edge.from()) && index.containsKey(edge.to()))
                .toList();
    }

    private static boolean distinctNames(GraphModel graph) {
        return indices(graph).size() == graph.nodes().size();
    }

    private static Map<String, Integer> indices(GraphModel graph) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            index.putIfAbsent(graph.nodes().get(i).name(), i);
        }
        return index;
    }
}
